import type { Actor } from '../authz/actor.js';
import { platformError } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
}

export function actorOrThrow(actor: Actor | null): Actor {
  if (!actor) throw platformError('UNAUTHENTICATED', '请先登录');
  return actor;
}
