import type { Selectable } from 'kysely';
import type { NotificationTable } from '../../platform/db/schema.js';
import type { NotificationItem } from './notifications.schemas.js';

export type NotificationRow = Pick<Selectable<NotificationTable>, 'id' | 'kind' | 'title' | 'body' | 'link' | 'created_at' | 'read_at'>;

export function presentNotification(row: NotificationRow): NotificationItem {
  return { id: row.id, kind: row.kind, title: row.title, body: row.body, link: row.link, createdAt: row.created_at, readAt: row.read_at };
}
