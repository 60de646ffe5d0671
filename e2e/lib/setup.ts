import { ApiClient } from '../../apps/server/test/api-client.js';
import type { E2eServer } from './server.js';

/** The first administrator of a fresh installation set up by `setUpSchool`. */
export const E2E_ADMIN = { staffNo: 'admin', name: '王建国', password: 'Houqin-e2e-2026' } as const;
export const E2E_SCHOOL = { name: '示范小学', code: 'SFXX', timezone: 'Asia/Shanghai' } as const;

/**
 * Completes first-run setup through the API (for journeys that are not about the setup page)
 * and returns an API client logged in as the administrator, for arranging data quickly.
 */
export async function setUpSchool(server: E2eServer): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  const res = await client.post('/api/v1/setup', { school: E2E_SCHOOL, admin: E2E_ADMIN });
  if (res.status !== 200) throw new Error(`setup failed: ${res.status} ${JSON.stringify(res.body)}`);
  client.csrfToken = String(res.body.csrfToken);
  return client;
}
