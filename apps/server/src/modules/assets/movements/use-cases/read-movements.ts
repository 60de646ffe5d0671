import type { Kysely } from 'kysely';
import { type Actor, hasPermission } from '../../../../platform/authz/actor.js';
import type { DialectName } from '../../../../platform/db/database.js';
import type { Database } from '../../../../platform/db/schema.js';
import { notFound } from '../../../../platform/http/errors.js';
import { pagingOf } from '../../../../platform/http/pagination.js';
import { roomIdsAnsweredBy } from '../movement-context.js';
import { schoolToday } from '../../../calendar/school-today.js';
import { localDate } from '../../../../platform/calendar/time-zone.js';
import { movementScopeOf } from '../movements.policy.js';
import { type PresentContext, presentExtension, presentExtensionRequest, presentLine, presentMovement, presentStep } from '../movements.presenter.js';
import {
  type FilterContext, type MovementFilters, type MovementScope, type MovementRow, allMovementRows, extensionRequestsOf, extensionsOf, findMovementRow, lineSummaries, linesOf, listMovementRows, stepsOf,
} from '../movements.repository.js';
import type { MovementDetail, MovementDto, MovementListQuery } from '../movements.schemas.js';

async function contexts(db: Kysely<Database>, dialect: DialectName, actor: Actor): Promise<{ filter: FilterContext; present: PresentContext; scope: MovementScope }> {
  // Due dates are school-local dates; a district reader (no school of its own) counts them by its first school's date.
  const schoolId = actor.schoolId ?? actor.readableSchoolIds[0];
  const today = schoolId === undefined ? localDate(new Date(), 'Asia/Shanghai') : await schoolToday(db, schoolId);
  const myRoomIds = await roomIdsAnsweredBy(db, actor.schoolId, actor.userId);
  return {
    filter: { dialect, me: { userId: actor.userId, roomIds: [...myRoomIds] }, today, mayApprove: hasPermission(actor, 'asset_movement', 'approve') },
    present: { today, myRoomIds },
    scope: movementScopeOf(actor, myRoomIds),
  };
}

async function presentRows(db: Kysely<Database>, actor: Actor, rows: MovementRow[], ctx: PresentContext): Promise<MovementDto[]> {
  const summaries = await lineSummaries(db, actor.readableSchoolIds, rows.map((r) => r.id));
  return rows.map((r) => presentMovement(actor, r, summaries.get(r.id), ctx));
}

function filtersOf(q: MovementListQuery): MovementFilters {
  return { kind: q.kind, status: q.status, assetId: q.assetId, mine: q.mine, overdue: q.overdue, todo: q.todo, q: q.q };
}

export async function listMovements(db: Kysely<Database>, dialect: DialectName, actor: Actor, q: MovementListQuery) {
  const ctx = await contexts(db, dialect, actor);
  const page = await listMovementRows(db, ctx.scope, filtersOf(q), ctx.filter, q.sort, pagingOf(q));
  return { ...page, items: await presentRows(db, actor, page.items, ctx.present) };
}

/** Every matching document (same filters as the list), newest first, for the workbook. */
export async function exportMovements(db: Kysely<Database>, dialect: DialectName, actor: Actor, q: MovementListQuery): Promise<MovementDto[]> {
  const ctx = await contexts(db, dialect, actor);
  return presentRows(db, actor, await allMovementRows(db, ctx.scope, filtersOf(q), ctx.filter), ctx.present);
}

/** A document with its cards and step log; hidden or another school's → 404. */
export async function showMovement(db: Kysely<Database>, dialect: DialectName, actor: Actor, id: number, hint: string | null = null): Promise<MovementDetail> {
  const ctx = await contexts(db, dialect, actor);
  const row = await findMovementRow(db, ctx.scope, id);
  if (!row) throw notFound('单据');
  const [movement] = await presentRows(db, actor, [row], ctx.present);
  if (!movement) throw notFound('单据');
  const loan = row.kind === 'loan';
  const [lines, steps, extensions, requests] = await Promise.all([
    linesOf(db, row.school_id, row.id), stepsOf(db, row.school_id, row.id),
    loan ? extensionsOf(db, row.school_id, row.id) : Promise.resolve([]),
    loan ? extensionRequestsOf(db, row.school_id, row.id) : Promise.resolve([]),
  ]);
  return {
    movement, lines: lines.map(presentLine), steps: steps.map(presentStep),
    extensions: extensions.map(presentExtension), extensionRequests: requests.map(presentExtensionRequest), hint,
  };
}
