import type { Kysely } from 'kysely';
import type { AuditContext } from '../../platform/audit/audit.js';
import { type Actor, writableSchoolId } from '../../platform/authz/actor.js';
import { auditContextOf } from '../../platform/authz/load-actor.js';
import type { WorkingCalendar } from '../../platform/calendar/working-calendar.js';
import { type Tx, runInTransaction } from '../../platform/db/audited-writes.js';
import type { Database } from '../../platform/db/schema.js';
import { Outbox, sharedNotifier } from '../../platform/notify/notifier.js';
import { loadSchoolCalendars } from '../calendar/load-school-calendar.js';
import type { PresentContext } from './repairs.presenter.js';
import type { RepairActor } from './repairs.policy.js';
import { type RepairScope, repairScopeOf } from './repairs.repository.js';
import { contractorIdOfUser } from './contractors/contractors.repository.js';
import { teamIdsOf } from './settings.repository.js';

type Conn = Kysely<Database> | Tx;

export async function repairActorOf(db: Conn, actor: Actor): Promise<RepairActor> {
  return { actor, teamIds: await teamIdsOf(db, actor.schoolId, actor.userId), contractorId: await contractorIdOfUser(db, actor) };
}

export async function readScopeOf(db: Conn, actor: Actor): Promise<{ ra: RepairActor; scope: RepairScope }> {
  const ra = await repairActorOf(db, actor);
  return { ra, scope: repairScopeOf(actor, [...ra.teamIds], ra.contractorId ?? null) };
}

export async function presentContextOf(db: Conn, ra: RepairActor, schoolIds: Iterable<number>, now = new Date()): Promise<PresentContext> {
  return { ...ra, calendars: await loadSchoolCalendars(db, schoolIds), now };
}

/** Everything a write needs: the transaction, who acts, in which school, the audit context, the clock and the outbox. */
export interface WriteContext {
  tx: Tx;
  ra: RepairActor;
  scope: RepairScope;
  schoolId: number;
  audit: AuditContext;
  now: Date;
  at: string;
  outbox: Outbox;
}

/**
 * Runs a repair write in one transaction: the change, its audit events, its timeline entries and
 * its inbox notices commit together; outside channels (group robots) hear of it only after commit.
 */
export async function runRepairWrite<T>(db: Kysely<Database>, actor: Actor, fn: (c: WriteContext) => Promise<T>, options: { teams?: boolean } = {}): Promise<T> {
  const schoolId = writableSchoolId(actor);
  const outbox = new Outbox();
  const now = new Date();
  const result = await runInTransaction(db, async (tx) => {
    // A new report needs neither teams nor scope; skipping the lookup keeps submitting cheap.
    const ra: RepairActor = options.teams === false ? { actor, teamIds: [] } : await repairActorOf(tx, actor);
    return fn({ tx, ra, scope: repairScopeOf(actor, [...ra.teamIds], ra.contractorId ?? null), schoolId, audit: auditContextOf(actor), now, at: now.toISOString(), outbox });
  });
  void outbox.flushTo(sharedNotifier());
  return result;
}

/**
 * A write context on a transaction another module opened (a checklist raising a repair). Inbox
 * notices commit with it; outside channels are not told, since only that module knows when it commits.
 */
export function writeContextOn(tx: Tx, actor: Actor, schoolId: number): WriteContext {
  const now = new Date();
  const ra = { actor, teamIds: [] };
  return { tx, ra, scope: repairScopeOf(actor, []), schoolId, audit: auditContextOf(actor), now, at: now.toISOString(), outbox: new Outbox() };
}
