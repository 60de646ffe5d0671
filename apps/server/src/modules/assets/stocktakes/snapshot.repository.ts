import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/audited-writes.js';
import { type Conn, intParam, none } from './stocktakes.repository.js';
import type { ScopeKind } from './stocktakes.labels.js';

/** The cards a scope covers: on the books (not disposed), of the school, filtered by the scope. */
function scopedCards(db: Conn, schoolId: number, kind: ScopeKind, ids: number[]) {
  let q = db.selectFrom('assets as a').where('a.school_id', '=', schoolId).where('a.status', '!=', 'disposed');
  if (kind === 'building') {
    q = q.where('a.room_id', 'in', db.selectFrom('rooms').select('id').where('school_id', '=', schoolId).where('building_id', 'in', none(ids)));
  } else if (kind === 'room') {
    q = q.where('a.room_id', 'in', none(ids));
  } else if (kind === 'department') {
    q = q.where('a.department_id', 'in', none(ids));
  } else if (kind === 'category') {
    // A category covers its sub-categories (the tree is at most three levels below a chosen row).
    const sub = db.selectFrom('asset_categories').select('id').where('school_id', '=', schoolId);
    q = q.where((eb) => eb.or([
      eb('a.category_id', 'in', none(ids)),
      eb('a.category_id', 'in', sub.where('parent_id', 'in', none(ids))),
      eb('a.category_id', 'in', sub.where('parent_id', 'in', sub.where('parent_id', 'in', none(ids)))),
    ]));
  }
  return q;
}

/**
 * Takes the snapshot of what the stocktake expects, in one INSERT … SELECT: each card's room,
 * custodian, status and value at this moment. Returns the count and value.
 */
export async function takeSnapshot(tx: Tx, schoolId: number, stocktakeId: number, kind: ScopeKind, ids: number[]): Promise<{ count: number; valueFen: number }> {
  await tx.insertInto('asset_stocktake_items')
    .columns(['school_id', 'stocktake_id', 'asset_id', 'category_id', 'expected_room_id', 'expected_custodian_id', 'expected_status', 'value_fen'])
    .expression(scopedCards(tx, schoolId, kind, ids).select([
      intParam(schoolId).as('school_id'), intParam(stocktakeId).as('stocktake_id'), 'a.id', 'a.category_id', 'a.room_id', 'a.custodian_id', 'a.status',
      'a.original_value_fen',
    ]))
    .execute();
  const total = await tx.selectFrom('asset_stocktake_items')
    .select((eb) => [eb.fn.countAll<number>().as('n'), sql<number>`coalesce(sum(value_fen), 0)`.as('v')])
    .where('school_id', '=', schoolId).where('stocktake_id', '=', stocktakeId).executeTakeFirst();
  return { count: Number(total?.n ?? 0), valueFen: Number(total?.v ?? 0) };
}
