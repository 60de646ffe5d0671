import type { Kysely } from 'kysely';
import type { Tx } from '../db/audited-writes.js';
import { nowIso } from '../db/dialect-helpers.js';
import { insertRows } from '../db/query-template.js';
import type { Database } from '../db/schema.js';
import type { Outbox } from './notifier.js';

export interface NewNotification {
  schoolId: number | null;
  userIds: readonly number[];
  /** Stable machine key, e.g. "repair.dispatched". */
  kind: string;
  title: string;
  body: string;
  link?: string | null;
}

// Seven columns per row keeps one insert well under PostgreSQL's 65,535 parameter limit.
const CHUNK = 500;

/**
 * Puts a notice in each user's inbox. Pass the caller's transaction so the notice commits or
 * rolls back with the change it announces; pass an outbox to also post it to the outside
 * channels once the caller has committed. Returns the number of inbox rows written.
 */
export async function notifyUsers(db: Kysely<Database> | Tx, input: NewNotification, outbox?: Outbox): Promise<number> {
  const userIds = [...new Set(input.userIds)];
  const createdAt = nowIso();
  for (let i = 0; i < userIds.length; i += CHUNK) {
    await insertRows(db, 'notifications', userIds.slice(i, i + CHUNK).map((userId) => ({
      school_id: input.schoolId, user_id: userId, kind: input.kind, title: input.title, body: input.body,
      link: input.link ?? null, created_at: createdAt, read_at: null,
    })));
  }
  outbox?.add({ schoolId: input.schoolId, kind: input.kind, title: input.title, body: input.body, link: input.link ?? null });
  return userIds.length;
}
