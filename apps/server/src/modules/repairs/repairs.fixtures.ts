import sharp from 'sharp';
import type { ApiClient } from '../../../test/api-client.js';
import type { Db } from '../../platform/db/database.js';

/** Test-only helpers for the repairs module. */

export const pngPhoto = () => sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 80, b: 40 } } }).png().toBuffer();

/** Uploads a photo as the client's draft (ownerType repair_draft, ownerId = their user id) and returns its file id. */
export async function uploadDraftPhoto(client: ApiClient, userId: number, data?: Buffer, name = '故障.png', type = 'image/png') {
  const fd = new FormData();
  fd.append('ownerType', 'repair_draft');
  fd.append('ownerId', String(userId));
  fd.append('file', new Blob([data ?? await pngPhoto()], { type }), name);
  return client.post<{ id: number; message?: string; code?: string }>('/api/v1/files', fd);
}

export async function userIdOf(db: Db, staffNo: string, schoolId: number): Promise<number> {
  const u = await db.kysely.selectFrom('users').select('id').where('staff_no', '=', staffNo).where('school_id', '=', schoolId).executeTakeFirstOrThrow();
  return u.id;
}

export async function categoryIdOf(db: Db, schoolId: number, name: string): Promise<number> {
  const c = await db.kysely.selectFrom('repair_categories').select('id').where('school_id', '=', schoolId).where('name', '=', name).executeTakeFirstOrThrow();
  return c.id;
}

export async function inbox(db: Db, userId: number, kind?: string) {
  let q = db.kysely.selectFrom('notifications').select(['kind', 'title', 'body', 'link']).where('user_id', '=', userId);
  if (kind) q = q.where('kind', '=', kind);
  return q.orderBy('id').execute();
}
