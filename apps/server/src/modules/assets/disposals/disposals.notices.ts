import type { Tx } from '../../../platform/db/audited-writes.js';
import { notifyUsers } from '../../../platform/notify/notify-users.js';
import { DISPOSAL_STEP_LABELS, type DisposalStep } from './disposals.labels.js';

/** Roles that hold each step by default; the bureau step goes to the district's inspectors. */
const STEP_ROLES: Partial<Record<DisposalStep, string[]>> = {
  asset_review: ['logistics_head', 'storekeeper'], collective: ['logistics_head'], principal: ['principal'],
  finance_bureau: ['logistics_head'],
};

export const disposalLink = (id: number) => `/assets/disposals?id=${id}`;

async function holdersOf(tx: Tx, schoolId: number, step: DisposalStep): Promise<number[]> {
  if (step === 'bureau') {
    const rows = await tx.selectFrom('users as u').innerJoin('user_roles as ur', 'ur.user_id', 'u.id')
      .innerJoin('schools as s', 's.district_id', 'u.district_id')
      .select('u.id').where('s.id', '=', schoolId).where('u.school_id', 'is', null).where('ur.role_key', '=', 'inspector').where('u.active', '=', 1)
      .execute();
    return rows.map((r) => r.id);
  }
  const roles = STEP_ROLES[step] ?? [];
  if (roles.length === 0) return [];
  const rows = await tx.selectFrom('users as u').innerJoin('user_roles as ur', 'ur.user_id', 'u.id')
    .select('u.id').where('u.school_id', '=', schoolId).where('ur.role_key', 'in', roles).where('u.active', '=', 1).execute();
  return rows.map((r) => r.id);
}

/** Tells whoever holds the next step that a request waits for them (in the caller's transaction). */
export async function noticeStepWaiting(tx: Tx, schoolId: number, disposalId: number, step: DisposalStep, summary: string, exceptUserId: number): Promise<void> {
  const to = (await holdersOf(tx, schoolId, step)).filter((id) => id !== exceptUserId);
  if (to.length === 0) return;
  await notifyUsers(tx, {
    schoolId, userIds: to, kind: 'asset_disposal.waiting', title: `报废申请待${DISPOSAL_STEP_LABELS[step]}`, body: summary, link: disposalLink(disposalId),
  });
}

/** Tells the requester the outcome (approved for disposal, or rejected with the reason). */
export async function noticeRequester(tx: Tx, schoolId: number, disposalId: number, userId: number | null, title: string, body: string): Promise<void> {
  if (userId === null) return;
  await notifyUsers(tx, { schoolId, userIds: [userId], kind: 'asset_disposal.outcome', title, body, link: disposalLink(disposalId) });
}
