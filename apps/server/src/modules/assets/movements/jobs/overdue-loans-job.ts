import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { localDate } from '../../../../platform/calendar/time-zone.js';
import type { Database } from '../../../../platform/db/schema.js';
import { claimJobLease, releaseJobLease } from '../../../../platform/jobs/job-lease.js';
import { Outbox, sharedNotifier } from '../../../../platform/notify/notifier.js';
import { usersWithPermission } from '../movement-people.js';
import { movementNotices } from '../movements.notices.js';
import { lineSummaries } from '../movements.repository.js';

export const OVERDUE_LOANS_JOB = 'assets.overdue-loans';
const LEASE_MS = 10 * 60_000;

export interface OverdueJobResult { claimed: boolean; reminded: number }

/**
 * 逾期提醒: once a day per overdue loan (due date passed in the school's time zone, not returned),
 * the borrower and the storekeepers get a notice. Across processes only the lease holder works, and
 * each loan's `last_reminded_on` is stamped by a conditional update before its notice is written, in
 * one transaction — a second run on the same day, or a second process, sends nothing.
 */
export async function runOverdueLoansJob(db: Kysely<Database>, now = new Date()): Promise<OverdueJobResult> {
  const holder = `${process.pid}-${crypto.randomUUID()}`;
  if (!(await claimJobLease(db, OVERDUE_LOANS_JOB, holder, now, LEASE_MS))) return { claimed: false, reminded: 0 };
  const outbox = new Outbox();
  try {
    let reminded = 0;
    const schools = await db.selectFrom('schools').select(['id', 'timezone']).orderBy('id').execute();
    for (const school of schools) {
      const today = localDate(now, school.timezone);
      const due = await db.selectFrom('asset_movements as m').innerJoin('users as u', 'u.id', 'm.to_custodian_id')
        .select(['m.id', 'm.code', 'm.reason', 'm.due_date', 'm.to_custodian_id', 'u.name as borrower'])
        .where('m.school_id', '=', school.id).where('m.kind', '=', 'loan').where('m.status', '=', 'lent').where('m.due_date', '<', today)
        .where((eb) => eb.or([eb('m.last_reminded_on', 'is', null), eb('m.last_reminded_on', '<', today)]))
        .orderBy('m.id').limit(1000).execute();
      if (due.length === 0) continue;
      const managers = await usersWithPermission(db, school.id, 'asset_movement', 'update', true);
      const summaries = await lineSummaries(db, [school.id], due.map((d) => d.id));
      for (const loan of due) {
        const sent = await db.transaction().execute(async (tx) => {
          // Not a user edit: no version bump (it must not make an open form stale) and no audit; the notice is the record.
          const stamped = await tx.updateTable('asset_movements').set({ last_reminded_on: today })
            .where('id', '=', loan.id).where('school_id', '=', school.id).where('status', '=', 'lent')
            .where((eb) => eb.or([eb('last_reminded_on', 'is', null), eb('last_reminded_on', '<', today)]))
            .executeTakeFirst();
          if (Number(stamped.numUpdatedRows) === 0) return false;
          const subject = { id: loan.id, code: loan.code, kind: 'loan' as const, summary: summaries.get(loan.id)?.summary ?? '', reason: loan.reason };
          await movementNotices(tx, school.id, outbox).overdue([loan.to_custodian_id ?? 0, ...managers].filter((id) => id > 0), subject, loan.borrower, loan.due_date ?? '');
          await tx.insertInto('asset_movement_steps').values({
            school_id: school.id, movement_id: loan.id, action: 'remind', actor_id: null, actor_name: '系统', note: `应于 ${loan.due_date ?? ''} 归还，已提醒借用人和保管员`, at: now.toISOString(),
          }).execute();
          return true;
        });
        if (sent) reminded += 1;
      }
    }
    return { claimed: true, reminded };
  } finally {
    await releaseJobLease(db, OVERDUE_LOANS_JOB, holder);
    void outbox.flushTo(sharedNotifier());
  }
}
