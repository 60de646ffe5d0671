import type { Kysely } from 'kysely';
import type { Actor } from '../../../../platform/authz/actor.js';
import type { Database } from '../../../../platform/db/schema.js';
import { pagingOf } from '../../../../platform/http/pagination.js';
import { type ResultRow, reportByCategory, reportByRoom, resultCounts, resultPage } from '../results.repository.js';
import { RESULT_KIND_LABELS, SCAN_CONDITION_LABELS } from '../stocktakes.labels.js';
import { roomLocation } from '../stocktakes.presenter.js';
import { schoolName } from '../stocktakes.repository.js';
import { SCAN_PHOTO } from '../photos.repository.js';
import { mayScan } from '../stocktakes.policy.js';
import type { PhotoDto, ReportRow, ResultItemDto, ResultQuery, StocktakeReport } from '../stocktakes.schemas.js';
import { photosOf } from './photos.js';
import { presentedStocktakeOrThrow, readableStocktakeOrThrow } from './read-stocktakes.js';

function presentResult(r: ResultRow, photos: PhotoDto[]): ResultItemDto {
  return {
    assetId: r.id, code: r.code, name: r.name, categoryName: r.category_name, valueFen: Number(r.value_fen),
    expectedLocation: roomLocation({ room_name: r.e_room, room_floor: r.e_floor, building_name: r.e_building }),
    foundLocation: roomLocation({ room_name: r.f_room, room_floor: r.f_floor, building_name: r.f_building }),
    expectedCustodianName: r.e_custodian, foundCustodianName: r.f_custodian,
    condition: r.condition, conditionLabel: r.condition ? SCAN_CONDITION_LABELS[r.condition] ?? r.condition : null,
    scannedByName: r.scanned_by_name, scannedAt: r.scanned_at, scanId: r.scan_id ?? null, photos,
  };
}

/** One result list (while counting, 盘亏 means "not seen yet"), with the counts of every kind for the tabs. */
export async function stocktakeResults(db: Kysely<Database>, actor: Actor, id: number, q: ResultQuery) {
  const { row, counter } = await readableStocktakeOrThrow(db, actor, id);
  const found = await resultCounts(db, row.school_id, row.id);
  const counts = { ...found, missing: row.expected_count - found.found };
  const page = await resultPage(db, row.school_id, row.id, q.kind, q.roomId, pagingOf(q));
  const scanIds = page.items.flatMap((r) => (r.scan_id ? [r.scan_id] : []));
  const photos = await photosOf(db, actor, row, mayScan(actor, row, counter), SCAN_PHOTO, scanIds);
  return { kind: q.kind, kindLabel: RESULT_KIND_LABELS[q.kind], counts, ...page, items: page.items.map((r) => presentResult(r, (r.scan_id && photos.get(r.scan_id)) || [])) };
}

const rate = (matched: number, expected: number) => (expected === 0 ? 1 : Math.round((matched / expected) * 10000) / 10000);

function reportRow(id: number | null, name: string, r: { expected: number; found: number; matched: number; expected_value: number; missing_value: number }): ReportRow {
  const expected = Number(r.expected);
  const matched = Number(r.matched ?? 0);
  return {
    id, name, expected, found: Number(r.found), matched, missing: expected - Number(r.found),
    expectedValueFen: Number(r.expected_value), missingValueFen: Number(r.missing_value), matchRate: rate(matched, expected),
  };
}

/**
 * 盘点报告: 帐实相符率 = cards found in the right place with the right custodian ÷ cards expected,
 * overall, per category and per room, with the value of what is missing.
 */
export async function stocktakeReport(db: Kysely<Database>, actor: Actor, id: number): Promise<StocktakeReport> {
  const { row, stocktake } = await presentedStocktakeOrThrow(db, actor, id);
  const counts = await resultCounts(db, row.school_id, row.id);
  const byCategory = (await reportByCategory(db, row.school_id, row.id)).map((r) => reportRow(r.id, r.name, r));
  const byRoom = (await reportByRoom(db, row.school_id, row.id)).map((r) => reportRow(r.id, roomLocation(r) ?? '未登记存放地点', r));
  const sum = (f: (r: ReportRow) => number) => byCategory.reduce((s, r) => s + f(r), 0);
  const matched = sum((r) => r.matched);
  return {
    stocktake, schoolName: await schoolName(db, row.school_id),
    expectedCount: row.expected_count, expectedValueFen: Number(row.expected_value_fen), foundCount: counts.found, matchedCount: matched,
    matchRate: rate(matched, row.expected_count), missingCount: row.expected_count - counts.found, missingValueFen: sum((r) => r.missingValueFen),
    unexpectedCount: counts.unexpected, extraCount: counts.extras, wrongRoomCount: counts.wrongRoom, wrongCustodianCount: counts.wrongCustodian,
    damagedCount: counts.damaged, byCategory, byRoom,
  };
}
