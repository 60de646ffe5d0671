import { Type, type Static } from 'typebox';
import { PageQuery, pageOf } from '../../platform/http/pagination.js';

export const NotificationQuery = Type.Object(
  {
    ...PageQuery,
    unread: Type.Optional(Type.Boolean({ title: '只看未读' })),
  },
  { additionalProperties: false },
);
export type NotificationQuery = Static<typeof NotificationQuery>;

export const NotificationParams = Type.Object(
  { id: Type.Integer({ minimum: 1, maximum: 2147483647, title: '消息编号' }) },
  { additionalProperties: false },
);

export const NotificationItem = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  title: Type.String(),
  body: Type.String(),
  link: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  readAt: Type.Union([Type.String(), Type.Null()]),
});
export type NotificationItem = Static<typeof NotificationItem>;

export const NotificationPage = pageOf(NotificationItem);
export const UnreadCount = Type.Object({ count: Type.Integer() });
export const ReadAllResult = Type.Object({ count: Type.Integer({ description: '本次标为已读的条数' }) });
