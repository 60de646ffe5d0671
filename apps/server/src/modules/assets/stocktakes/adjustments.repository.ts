import { type Paging, paginate } from '../../../platform/http/pagination.js';
import { type Conn, none } from './stocktakes.repository.js';

function adjustmentBase(db: Conn, schoolIds: number[], stocktakeId: number) {
  return db.selectFrom('asset_stocktake_adjustments as ad').where('ad.school_id', 'in', none(schoolIds)).where('ad.stocktake_id', '=', stocktakeId);
}

function withDetail(q: ReturnType<typeof adjustmentBase>) {
  return q
    .leftJoin('assets as a', 'a.id', 'ad.asset_id')
    .leftJoin('asset_stocktake_extras as e', 'e.id', 'ad.extra_id')
    // The scan behind a proposal about a card seen during the count, for its evidence photos.
    .leftJoin('asset_stocktake_scans as s', (j) => j.onRef('s.stocktake_id', '=', 'ad.stocktake_id').onRef('s.asset_id', '=', 'ad.asset_id'))
    .leftJoin('rooms as fr', 'fr.id', 'ad.from_room_id').leftJoin('buildings as fb', 'fb.id', 'fr.building_id')
    .leftJoin('rooms as tr', 'tr.id', 'ad.to_room_id').leftJoin('buildings as tb', 'tb.id', 'tr.building_id')
    .leftJoin('users as fc', 'fc.id', 'ad.from_custodian_id')
    .leftJoin('users as tc', 'tc.id', 'ad.to_custodian_id')
    .leftJoin('users as du', 'du.id', 'ad.decided_by')
    .selectAll('ad')
    .select([
      'a.code as asset_code', 'a.name as asset_name', 'e.name as extra_name', 'e.note as extra_note', 'e.quantity as extra_quantity', 's.id as scan_id',
      'fr.name as from_room', 'fr.floor as from_floor', 'fb.name as from_building', 'tr.name as to_room', 'tr.floor as to_floor', 'tb.name as to_building',
      'fc.name as from_custodian', 'tc.name as to_custodian', 'du.name as decided_by_name',
    ]);
}

export async function listAdjustmentRows(db: Conn, schoolIds: number[], stocktakeId: number, status: string | undefined, paging: Paging) {
  let base = adjustmentBase(db, schoolIds, stocktakeId);
  if (status) base = base.where('ad.status', '=', status);
  return paginate(base, paging, (q) => withDetail(q).orderBy('ad.kind').orderBy('a.code').orderBy('ad.id'));
}
export type AdjustmentRow = Awaited<ReturnType<typeof listAdjustmentRows>>['items'][number];

export async function findAdjustmentRow(db: Conn, schoolId: number, stocktakeId: number, id: number): Promise<AdjustmentRow | undefined> {
  return withDetail(adjustmentBase(db, [schoolId], stocktakeId).where('ad.id', '=', id)).executeTakeFirst();
}

export async function pendingCount(db: Conn, schoolId: number, stocktakeId: number): Promise<number> {
  const row = await db.selectFrom('asset_stocktake_adjustments').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('school_id', '=', schoolId).where('stocktake_id', '=', stocktakeId).where('status', '=', 'pending').executeTakeFirst();
  return Number(row?.n ?? 0);
}
