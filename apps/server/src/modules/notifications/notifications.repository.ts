import { type Kysely, sql } from 'kysely';
import { nowIso } from '../../platform/db/dialect-helpers.js';
import type { Database } from '../../platform/db/schema.js';
import { type Paging, paginate } from '../../platform/http/pagination.js';
import type { NotificationRow } from './notifications.presenter.js';

// Every query takes the inbox owner first: a notice is only ever visible to the user it was sent to.
const COLUMNS = ['id', 'kind', 'title', 'body', 'link', 'created_at', 'read_at'] as const;

export async function listInbox(db: Kysely<Database>, userId: number, filter: { unread: boolean }, paging: Paging) {
  let base = db.selectFrom('notifications').where('user_id', '=', userId);
  if (filter.unread) base = base.where('read_at', 'is', null);
  return paginate(base, paging, (q) => q.select([...COLUMNS]).orderBy('id', 'desc'));
}

export async function countUnread(db: Kysely<Database>, userId: number): Promise<number> {
  const row = await db.selectFrom('notifications').select(sql<number>`count(*)`.as('n'))
    .where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Marks one notice read (idempotent); undefined when it is not the user's. */
export async function markRead(db: Kysely<Database>, userId: number, id: number): Promise<NotificationRow | undefined> {
  // scope: a notice belongs to one user, and the user_id filter is that owner.
  await db.updateTable('notifications').set({ read_at: nowIso() })
    .where('id', '=', id).where('user_id', '=', userId).where('read_at', 'is', null).execute();
  // scope: owner-filtered as above.
  return db.selectFrom('notifications').select([...COLUMNS]).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
}

export async function markAllRead(db: Kysely<Database>, userId: number): Promise<number> {
  const result = await db.updateTable('notifications').set({ read_at: nowIso() })
    .where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}
