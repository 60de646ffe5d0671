import type { Kysely } from 'kysely';
import type { AuditContext } from '../../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { type Tx, runInTransaction } from '../../../platform/db/audited-writes.js';
import type { Database } from '../../../platform/db/schema.js';
import { Outbox, sharedNotifier } from '../../../platform/notify/notifier.js';
import { schoolToday } from '../../calendar/school-today.js';

type Conn = Kysely<Database> | Tx;

/** Rooms the person keeps or whose class they lead: they receive what is sent to those rooms. */
export async function roomIdsAnsweredBy(db: Conn, schoolId: number | null, userId: number): Promise<Set<number>> {
  if (schoolId === null) return new Set();
  const kept = await db.selectFrom('rooms').select('id').where('school_id', '=', schoolId).where('keeper_user_id', '=', userId).execute();
  const classes = await db.selectFrom('classes').select('room_id').where('school_id', '=', schoolId).where('head_teacher_id', '=', userId).execute();
  return new Set([...kept.map((r) => r.id), ...classes.flatMap((c) => (c.room_id === null ? [] : [c.room_id]))]);
}

export interface MovementWrite { tx: Tx; actor: Actor; schoolId: number; audit: AuditContext; at: string; today: string; outbox: Outbox }

/** One write: its transaction, the actor's school, audit context and an outbox sent only after commit. */
export async function runMovementWrite<T>(db: Kysely<Database>, actor: Actor, fn: (w: MovementWrite) => Promise<T>): Promise<T> {
  const schoolId = writableSchoolId(actor);
  const outbox = new Outbox();
  const result = await runInTransaction(db, async (tx) => fn({
    tx, actor, schoolId, audit: auditContextOf(actor), at: new Date().toISOString(), today: await schoolToday(tx, schoolId), outbox,
  }));
  void outbox.flushTo(sharedNotifier());
  return result;
}
