import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { type AuditContext, recordAudit } from '../../../platform/audit/audit.js';
import { runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import type { FileStorage } from '../../../platform/files/file-storage.js';
import { Outbox, sharedNotifier } from '../../../platform/notify/notifier.js';
import { repairNotices } from '../repairs.notices.js';
import { placeOf } from '../repairs.presenter.js';
import { logisticsHeadIds } from '../settings.repository.js';
import { CLOCK_RUNNING_STATUSES } from '../work-order.state.js';
import { addEvents } from '../writes.repository.js';
import { claimJobLease, releaseJobLease } from '../../../platform/jobs/job-lease.js';
import { purgeDraftPhotos } from './purge-draft-photos.js';

export const REPAIRS_SWEEP_JOB = 'repairs.sweep';
const LEASE_MS = 5 * 60_000;
/** Per run and kind, so one run stays short; the next run picks up the rest. */
const BATCH = 500;

export interface SweepResult { claimed: boolean; escalated: number; respondEscalated: number; autoConfirmed: number; draftPhotosRemoved: number }

const SYSTEM: Omit<AuditContext, 'schoolId'> = { actorId: null, actorName: '系统', ip: null };

type Db = Kysely<Database>;

function candidates(db: Db) {
  return db.selectFrom('work_orders as wo')
    .innerJoin('repair_requests as rr', 'rr.id', 'wo.request_id')
    .innerJoin('repair_categories as c', 'c.id', 'wo.category_id')
    .leftJoin('rooms as rm', 'rm.id', 'rr.room_id')
    .leftJoin('buildings as b', 'b.id', 'rr.building_id')
    .select([
      'wo.id', 'wo.school_id', 'wo.request_id', 'wo.assignee_id', 'wo.status', 'wo.version', 'rr.requester_id', 'rr.description',
      'c.name as category_name', 'rr.room_id', 'rm.name as room_name', 'rm.floor as room_floor', 'rr.building_id', 'b.name as building_name', 'rr.location_text',
    ]);
}
type Candidate = Awaited<ReturnType<ReturnType<typeof candidates>['execute']>>[number];

const subjectOf = (w: Candidate) => ({
  requestId: w.request_id, workOrderId: w.id, category: w.category_name, description: w.description, location: placeOf(w).location,
});

/**
 * Overdue resolution (open work past its deadline, or paused after it): each work order is
 * escalated once to the school's heads of logistics through the inbox and on its timeline. The
 * flag is set by a conditional UPDATE, so a work order is never escalated twice even without the lease.
 */
async function escalateOverdue(db: Db, now: string): Promise<number> {
  const rows = await candidates(db)
    .where((eb) => eb.or([
      eb.and([eb('wo.status', 'in', [...CLOCK_RUNNING_STATUSES]), eb('wo.resolve_due_at', '<', now)]),
      eb.and([eb('wo.status', '=', 'paused'), eb('wo.resolve_due_at', '<', now), eb('wo.paused_at', '>', eb.ref('wo.resolve_due_at'))]),
    ]))
    .where('wo.resolve_escalated_at', 'is', null)
    .orderBy('wo.resolve_due_at').limit(BATCH).execute();
  return flagEach(db, rows, 'resolve_escalated_at', now, 'escalated', '已超过完成时限');
}

/** Nobody accepted the job in time (still on the board, or not yet accepted). */
async function escalateUnanswered(db: Db, now: string): Promise<number> {
  const rows = await candidates(db)
    .where('wo.status', 'in', ['pending_dispatch', 'assigned'])
    .where('wo.respond_due_at', '<', now)
    .where('wo.accepted_at', 'is', null)
    .where('wo.respond_escalated_at', 'is', null)
    .orderBy('wo.respond_due_at').limit(BATCH).execute();
  return flagEach(db, rows, 'respond_escalated_at', now, 'respond_escalated', '已超过响应时限，尚无人接单');
}

async function flagEach(db: Db, rows: Candidate[], column: 'resolve_escalated_at' | 'respond_escalated_at', now: string, kind: string, what: string): Promise<number> {
  let done = 0;
  const outbox = new Outbox();
  for (const w of rows) {
    const flagged = await runInTransaction(db, async (tx) => {
      // Not a user's edit: the version stays, so nobody's open form turns stale because of it.
      const hit = await tx.updateTable('work_orders').set({ [column]: now })
        .where('id', '=', w.id).where('school_id', '=', w.school_id).where(column, 'is', null).executeTakeFirst();
      if (Number(hit.numUpdatedRows) === 0) return false;
      const ctx = { ...SYSTEM, schoolId: w.school_id };
      await recordAudit(tx, ctx, { entity: 'work_order', entityId: w.id, action: kind, after: { [column]: now } });
      await addEvents(tx, w.school_id, ctx, now, [{ requestId: w.request_id, workOrderId: w.id, kind, note: what }]);
      await repairNotices(tx, w.school_id, outbox).overdue(await logisticsHeadIds(tx, w.school_id), subjectOf(w), what);
      return true;
    });
    if (flagged) done++;
  }
  void outbox.flushTo(sharedNotifier());
  return done;
}

/** Completed work the requester left unconfirmed past the auto-confirm time is confirmed and marked so. */
async function autoConfirm(db: Db, now: string): Promise<number> {
  const rows = await candidates(db).where('wo.status', '=', 'completed').where('wo.auto_confirm_at', '<=', now)
    .orderBy('wo.auto_confirm_at').limit(BATCH).execute();
  let done = 0;
  const outbox = new Outbox();
  for (const w of rows) {
    const confirmed = await runInTransaction(db, async (tx) => {
      const before = { status: w.status, confirmed_at: null, auto_confirmed: 0 };
      const hit = await tx.updateTable('work_orders')
        .set({ status: 'confirmed', confirmed_at: now, auto_confirmed: 1, updated_at: now, version: w.version + 1 })
        .where('id', '=', w.id).where('school_id', '=', w.school_id).where('status', '=', 'completed').where('version', '=', w.version)
        .executeTakeFirst();
      if (Number(hit.numUpdatedRows) === 0) return false;
      await tx.updateTable('repair_requests').set((eb) => ({ closed_at: now, confirmed_at: now, updated_at: now, version: eb('version', '+', 1) }))
        .where('id', '=', w.request_id).where('school_id', '=', w.school_id).execute();
      const ctx = { ...SYSTEM, schoolId: w.school_id };
      await recordAudit(tx, ctx, { entity: 'work_order', entityId: w.id, action: 'auto_confirm', before, after: { status: 'confirmed', confirmed_at: now, auto_confirmed: 1 } });
      await addEvents(tx, w.school_id, ctx, now, [{ requestId: w.request_id, workOrderId: w.id, kind: 'auto_confirmed', fromStatus: 'completed', toStatus: 'confirmed' }]);
      const to = [w.requester_id, ...(w.assignee_id !== null ? [w.assignee_id] : [])];
      await repairNotices(tx, w.school_id, outbox).confirmed(to, subjectOf(w), null);
      return true;
    });
    if (confirmed) done++;
  }
  void outbox.flushTo(sharedNotifier());
  return done;
}

/**
 * The repairs module's periodic work: escalate overdue jobs to the heads of logistics and
 * auto-confirm completed jobs nobody confirmed; given the file storage, also remove photos taken
 * for reports never sent. Call it from a scheduler (every minute is fine) or from a test with a
 * chosen `now`. Across processes only one run at a time does the work;
 * the others return `claimed: false` at once.
 */
export async function sweepRepairs(db: Db, options: { now?: Date; storage?: FileStorage } = {}): Promise<SweepResult> {
  const now = options.now ?? new Date();
  const holder = `${process.pid}-${crypto.randomUUID()}`;
  if (!(await claimJobLease(db, REPAIRS_SWEEP_JOB, holder, now, LEASE_MS))) {
    return { claimed: false, escalated: 0, respondEscalated: 0, autoConfirmed: 0, draftPhotosRemoved: 0 };
  }
  try {
    const at = now.toISOString();
    const respondEscalated = await escalateUnanswered(db, at);
    const escalated = await escalateOverdue(db, at);
    const autoConfirmed = await autoConfirm(db, at);
    const draftPhotosRemoved = options.storage ? await purgeDraftPhotos(db, options.storage, now) : 0;
    return { claimed: true, escalated, respondEscalated, autoConfirmed, draftPhotosRemoved };
  } finally {
    await releaseJobLease(db, REPAIRS_SWEEP_JOB, holder);
  }
}
