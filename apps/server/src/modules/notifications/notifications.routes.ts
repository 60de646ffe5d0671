import { requirePermission } from '../../platform/authz/actor.js';
import { notFound } from '../../platform/http/errors.js';
import { pagingOf } from '../../platform/http/pagination.js';
import type { ModuleRoutes } from '../../platform/http/typed-app.js';
import { presentNotification } from './notifications.presenter.js';
import { countUnread, listInbox, markAllRead, markRead } from './notifications.repository.js';
import { NotificationItem, NotificationPage, NotificationParams, NotificationQuery, ReadAllResult, UnreadCount } from './notifications.schemas.js';

const TAGS = ['消息'];

/**
 * The user's own inbox. Marking notices read is personal state, not a change to school
 * records, so it is deliberately not written to the audit trail.
 */
export const notificationsRoutes: ModuleRoutes = (app, { db }) => {
  app.get('/notifications', {
    schema: { tags: TAGS, summary: '我的消息', querystring: NotificationQuery, response: { 200: NotificationPage } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'notification', 'read');
    const page = await listInbox(db.kysely, actor.userId, { unread: req.query.unread === true }, pagingOf(req.query));
    return { ...page, items: page.items.map(presentNotification) };
  });

  app.get('/notifications/unread-count', {
    schema: { tags: TAGS, summary: '未读消息数', response: { 200: UnreadCount } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'notification', 'read');
    return { count: await countUnread(db.kysely, actor.userId) };
  });

  app.post('/notifications/:id/read', {
    schema: { tags: TAGS, summary: '标为已读', params: NotificationParams, response: { 200: NotificationItem } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'notification', 'read');
    const row = await markRead(db.kysely, actor.userId, req.params.id);
    if (!row) throw notFound('消息');
    return presentNotification(row);
  });

  app.post('/notifications/read-all', {
    schema: { tags: TAGS, summary: '全部标为已读', response: { 200: ReadAllResult } },
  }, async (req) => {
    const actor = requirePermission(req.actor, 'notification', 'read');
    return { count: await markAllRead(db.kysely, actor.userId) };
  });
};
