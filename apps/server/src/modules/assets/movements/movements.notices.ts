import type { Tx } from '../../../platform/db/audited-writes.js';
import type { Outbox } from '../../../platform/notify/notifier.js';
import { notifyUsers } from '../../../platform/notify/notify-users.js';
import { MOVEMENT_FORM, type MovementKind } from './movements.labels.js';

/** Where a notice leads: receivers confirm on the phone, everyone else opens the desktop list. */
export const movementLinks = {
  desk: (id: number) => `/assets/movements?open=${id}`,
  phone: (id: number) => `/m/movements/${id}`,
};

export interface NoticeSubject { id: number; code: string; kind: MovementKind; summary: string; reason: string }

const form = (s: NoticeSubject) => `${MOVEMENT_FORM[s.kind].title.replace('资产', '')} ${s.code}`;

/** The movement notices, one function per occasion, so the wording lives in one place. */
export function movementNotices(tx: Tx, schoolId: number, outbox: Outbox) {
  const send = (userIds: number[], kind: string, title: string, body: string, link: string) =>
    userIds.length ? notifyUsers(tx, { schoolId, userIds, kind, title, body, link }, outbox) : Promise.resolve(0);
  return {
    toApprove: (to: number[], s: NoticeSubject, requester: string) =>
      send(to, 'asset_movement.submitted', `${form(s)} 待审批`, `${requester}：${s.summary}。事由：${s.reason}`, movementLinks.desk(s.id)),
    toConfirmStore: (to: number[], s: NoticeSubject, requester: string) =>
      send(to, 'asset_movement.store_return', `${form(s)} 待确认退库`, `${requester} 交回：${s.summary}。事由：${s.reason}`, movementLinks.desk(s.id)),
    toReceive: (to: number[], s: NoticeSubject) =>
      send(to, 'asset_movement.to_receive', `${form(s)} 待您确认接收`, `${s.summary} 将调拨给您，收到实物后请在手机上确认接收。`, movementLinks.phone(s.id)),
    toLend: (to: number[], s: NoticeSubject, borrower: string) =>
      send(to, 'asset_movement.to_lend', `${form(s)} 已批准，待借出`, `借用人 ${borrower}：${s.summary}`, movementLinks.desk(s.id)),
    approved: (to: number[], s: NoticeSubject) =>
      send(to, 'asset_movement.approved', `${form(s)} 已批准`, `${s.summary}。`, movementLinks.desk(s.id)),
    rejected: (to: number[], s: NoticeSubject, who: string, reason: string) =>
      send(to, 'asset_movement.rejected', `${form(s)} 被驳回`, `${who}：${reason}`, movementLinks.desk(s.id)),
    extended: (to: number[], s: NoticeSubject, who: string, dueDate: string, reason: string) =>
      send(to, 'asset_movement.extended', `${form(s)} 已续借至 ${dueDate}`, `${who} 为您办理了续借：${s.summary}，请于 ${dueDate} 前归还。理由：${reason}`, movementLinks.phone(s.id)),
    extensionRequested: (to: number[], s: NoticeSubject, borrower: string, from: string, dueDate: string, reason: string) =>
      send(to, 'asset_movement.extension_requested', `${form(s)} 申请续借至 ${dueDate}`, `借用人 ${borrower}：${s.summary}，原定 ${from} 归还。理由：${reason}`, movementLinks.desk(s.id)),
    extensionDeclined: (to: number[], s: NoticeSubject, who: string, dueDate: string, reason: string) =>
      send(to, 'asset_movement.extension_declined', `${form(s)} 续借申请未获同意`, `${who}：${reason}。请于 ${dueDate} 前归还：${s.summary}。`, movementLinks.phone(s.id)),
    overdue: (to: number[], s: NoticeSubject, borrower: string, dueDate: string) =>
      send(to, 'asset_movement.overdue', `${form(s)} 已逾期未还`, `借用人 ${borrower}：${s.summary}，应于 ${dueDate} 归还。请尽快归还或办理续借。`, movementLinks.desk(s.id)),
  };
}
