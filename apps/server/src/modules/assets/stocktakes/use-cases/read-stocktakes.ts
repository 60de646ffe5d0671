import type { Kysely } from 'kysely';
import { type Actor, hasPermission } from '../../../../platform/authz/actor.js';
import type { Database } from '../../../../platform/db/schema.js';
import { forbidden, notFound } from '../../../../platform/http/errors.js';
import { pagingOf } from '../../../../platform/http/pagination.js';
import { presentStocktake, roomLocation, scopeIdsOf } from '../stocktakes.presenter.js';
import { seesAllStocktakes } from '../stocktakes.policy.js';
import {
  type Conn, type StocktakeRow, countersOf, findStocktakeRow, isCounter, listStocktakeRows, myCountingRows, progressByCounter, progressByRoom,
  scopeNames, stocktakeTallies,
} from '../stocktakes.repository.js';
import type { StocktakeDetail, StocktakeDto, StocktakeListQuery } from '../stocktakes.schemas.js';

/**
 * The stocktake if the actor may read it: every one of their schools for managers and readers
 * with a school or district scope, otherwise only one that lists them as a counter. 404 otherwise.
 */
export async function readableStocktakeOrThrow(db: Conn, actor: Actor, id: number): Promise<{ row: StocktakeRow; counter: boolean }> {
  if (!hasPermission(actor, 'asset_stocktake', 'read')) throw forbidden();
  const row = await findStocktakeRow(db, actor.readableSchoolIds, id);
  if (!row) throw notFound('盘点');
  const counter = actor.schoolId === row.school_id && await isCounter(db, row.school_id, row.id, actor.userId);
  if (!counter && !seesAllStocktakes(actor)) throw notFound('盘点');
  return { row, counter };
}

export async function presentStocktakes(db: Conn, actor: Actor, rows: StocktakeRow[]): Promise<StocktakeDto[]> {
  const tallies = await stocktakeTallies(db, actor.readableSchoolIds, rows.map((r) => r.id));
  const counters = await countersOf(db, actor.readableSchoolIds, rows.map((r) => r.id));
  const out: StocktakeDto[] = [];
  for (const r of rows) {
    const names = await scopeNames(db, r.school_id, r.scope_kind, scopeIdsOf(r));
    out.push(presentStocktake(actor, r, {
      tallies: tallies.get(r.id), scopeNames: names,
      counters: counters.filter((c) => c.stocktake_id === r.id).map((c) => ({ userId: c.user_id, name: c.name })),
    }));
  }
  return out;
}

export async function listStocktakes(db: Kysely<Database>, actor: Actor, q: StocktakeListQuery) {
  if (!hasPermission(actor, 'asset_stocktake', 'read')) throw forbidden();
  const counterUserId = seesAllStocktakes(actor) ? undefined : actor.userId;
  const page = await listStocktakeRows(db, actor.readableSchoolIds, { status: q.status, counterUserId }, pagingOf(q));
  return { ...page, items: await presentStocktakes(db, actor, page.items) };
}

/** 我的盘点: counting stocktakes that list the user (or that they opened). */
export async function myStocktakes(db: Kysely<Database>, actor: Actor) {
  if (actor.schoolId === null) return { items: [] };
  return { items: await presentStocktakes(db, actor, await myCountingRows(db, actor.schoolId, actor.userId)) };
}

/** A readable stocktake as the list shows it, with its row for the figures a page adds. */
export async function presentedStocktakeOrThrow(db: Conn, actor: Actor, id: number): Promise<{ row: StocktakeRow; stocktake: StocktakeDto }> {
  const { row } = await readableStocktakeOrThrow(db, actor, id);
  const [stocktake] = await presentStocktakes(db, actor, [row]);
  if (!stocktake) throw notFound('盘点');
  return { row, stocktake };
}

/** The stocktake with live progress by room (where cards should be) and by counter. */
export async function showStocktake(db: Kysely<Database>, actor: Actor, id: number): Promise<StocktakeDetail> {
  const { row, stocktake } = await presentedStocktakeOrThrow(db, actor, id);
  const rooms = await progressByRoom(db, row.school_id, row.id);
  const scanned = new Map((await progressByCounter(db, row.school_id, row.id)).map((c) => [c.scanned_by, { name: c.name, n: Number(c.n) }]));
  const counters = stocktake.counters.map((c) => ({ userId: c.userId, name: c.name, scanned: scanned.get(c.userId)?.n ?? 0 }));
  // Someone who is not a listed counter (the storekeeper) may have scanned too.
  for (const [userId, s] of scanned) if (!counters.some((c) => c.userId === userId)) counters.push({ userId, name: s.name, scanned: s.n });
  return {
    stocktake,
    rooms: rooms.map((r) => ({ id: r.room_id, name: roomLocation(r) ?? '未登记存放地点', expected: Number(r.expected), scanned: Number(r.scanned) })),
    counters,
  };
}
