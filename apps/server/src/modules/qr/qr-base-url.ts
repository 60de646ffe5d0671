import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/config.js';

/**
 * The address printed into labels: the configured public URL, or where this request came from
 * (right for a single-school box reached by its LAN address; set HOUQIN_PUBLIC_URL behind a proxy).
 */
export function publicBaseUrl(config: AppConfig, req: FastifyRequest): string {
  return (config.publicUrl ?? `${req.protocol}://${req.host}`).replace(/\/+$/, '');
}
