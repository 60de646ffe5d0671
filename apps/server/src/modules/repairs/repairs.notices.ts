import type { Tx } from '../../platform/db/audited-writes.js';
import type { Outbox } from '../../platform/notify/notifier.js';
import { notifyUsers } from '../../platform/notify/notify-users.js';
import { requestCode, workOrderCode } from './repairs.labels.js';

/** Where a notice leads: the phone pages for people in the field, the admin pages for dispatchers. */
export const links = {
  request: (id: number) => `/m/repairs/${id}`,
  job: (workOrderId: number) => `/m/work-orders/${workOrderId}`,
  board: (workOrderId: number) => `/repairs/work-orders/${workOrderId}`,
  triage: (id: number) => `/repairs/requests/${id}`,
};

export interface NoticeSubject { requestId: number; workOrderId: number | null; category: string; location: string; description: string }

const brief = (s: NoticeSubject) => `${s.location ? `${s.location}：` : ''}${s.description.length > 60 ? `${s.description.slice(0, 60)}…` : s.description}`;
const codeOf = (s: NoticeSubject) => (s.workOrderId !== null ? workOrderCode(s.workOrderId) : requestCode(s.requestId));

/** The repair notices, one function per occasion, so the wording lives in one place. */
export function repairNotices(tx: Tx, schoolId: number, outbox: Outbox) {
  const send = (userIds: number[], kind: string, title: string, body: string, link: string) =>
    userIds.length ? notifyUsers(tx, { schoolId, userIds, kind, title, body, link }, outbox) : Promise.resolve(0);
  return {
    assigned: (to: number[], s: NoticeSubject, urgencyLabel: string, respondBy: string) =>
      send(to, 'repair.assigned', `新维修工单 ${codeOf(s)}：${s.category}（${urgencyLabel}）`, `${brief(s)}。请在 ${respondBy} 前接单。`, links.job(s.workOrderId ?? 0)),
    reassignedAway: (to: number[], s: NoticeSubject, reason: string) =>
      send(to, 'repair.reassigned', `工单 ${codeOf(s)} 已转给他人`, `${brief(s)}。转单原因：${reason}`, links.job(s.workOrderId ?? 0)),
    needsDispatch: (to: number[], s: NoticeSubject, requester: string) =>
      send(to, 'repair.dispatch', `新报修待派单：${s.category}`, `${brief(s)}（报修人：${requester}）`, links.board(s.workOrderId ?? 0)),
    needsTriage: (to: number[], s: NoticeSubject, requester: string) =>
      send(to, 'repair.triage', `新报修待受理：${s.category}`, `${brief(s)}（报修人：${requester}）`, links.triage(s.requestId)),
    completed: (to: number[], s: NoticeSubject, days: number) =>
      send(to, 'repair.completed', `报修 ${requestCode(s.requestId)} 已完工，请验收`, `${brief(s)}。如无问题请确认验收并评分；${days} 天内未处理将自动验收。`, links.request(s.requestId)),
    declined: (to: number[], s: NoticeSubject, reason: string) =>
      send(to, 'repair.declined', `报修 ${requestCode(s.requestId)} 未受理`, `${brief(s)}。原因：${reason}`, links.request(s.requestId)),
    merged: (to: number[], s: NoticeSubject, targetId: number) =>
      send(to, 'repair.merged', `报修 ${requestCode(s.requestId)} 已合并`, `${brief(s)}。同一故障已有报修 ${requestCode(targetId)}，将一并处理，进度可在该报修中查看。`, links.request(targetId)),
    cancelled: (to: number[], s: NoticeSubject, reason: string) =>
      send(to, 'repair.cancelled', `工单 ${codeOf(s)} 已取消`, `${brief(s)}。原因：${reason}`, links.request(s.requestId)),
    confirmed: (to: number[], s: NoticeSubject, rating: number | null) =>
      send(to, 'repair.confirmed', `工单 ${codeOf(s)} 已验收`, rating ? `${brief(s)}。评分：${rating} 星` : `${brief(s)}。报修人超期未验收，系统已自动验收。`, links.job(s.workOrderId ?? 0)),
    reopened: (to: number[], s: NoticeSubject, reason: string) =>
      send(to, 'repair.reopened', `工单 ${codeOf(s)} 被退回返修`, `${brief(s)}。退回原因：${reason}`, links.job(s.workOrderId ?? 0)),
    followedUp: (to: number[], s: NoticeSubject, who: string, comment: string) =>
      send(to, 'repair.follow_up', `报修 ${requestCode(s.requestId)} 有新的跟进`, `${who}：${comment}`, links.request(s.requestId)),
    overdue: (to: number[], s: NoticeSubject, what: string) =>
      send(to, 'repair.overdue', `工单 ${codeOf(s)} ${what}`, `${brief(s)}。请督促处理或改派。`, links.board(s.workOrderId ?? 0)),
  };
}
