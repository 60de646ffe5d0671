import type { Generated } from 'kysely';

/**
 * 资产盘点 tables, created by migration 2026-11-21-0230-asset-stocktakes. Same conventions as
 * platform/db/schema.ts: ISO-8601 UTC text times, 0/1 booleans, JSON as text, money in fen.
 */
interface Versioned {
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** One stocktake (盘点) of a scope: the whole school, buildings, rooms, departments or categories. */
export interface AssetStocktakeTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  name: string;
  /** 'school' | 'building' | 'room' | 'department' | 'category' */
  scope_kind: string;
  /** JSON number[] of the chosen buildings/rooms/departments/categories; null for the whole school */
  scope_ids: string | null;
  /** 'counting' 盘点中 → 'reconciling' 核对中 → 'closed' 已结束 */
  status: string;
  /** Cards in the snapshot taken when it opened, and their original value */
  expected_count: number;
  expected_value_fen: number;
  note: string | null;
  created_by: number | null;
  finished_at: string | null;
  /** Set when reconciliation has proposed its adjustments */
  reconciled_at: string | null;
  closed_at: string | null;
}

/** The people assigned to count (a teacher may scan only in a stocktake that lists them). */
export interface AssetStocktakeCounterTable {
  id: Generated<number>;
  school_id: number;
  stocktake_id: number;
  user_id: number;
}

/** The snapshot: each card on the books in scope when the stocktake opened, where and with whom it should be. */
export interface AssetStocktakeItemTable {
  id: Generated<number>;
  school_id: number;
  stocktake_id: number;
  asset_id: number;
  category_id: number;
  expected_room_id: number | null;
  expected_custodian_id: number | null;
  expected_status: string;
  value_fen: number;
}

/** A card seen during the count; unique per stocktake and card, so two counters count it once. */
export interface AssetStocktakeScanTable {
  id: Generated<number>;
  school_id: number;
  stocktake_id: number;
  asset_id: number;
  /** 0 when the card is this school's but was not in the snapshot (盘盈 of a card on the books elsewhere) */
  in_scope: number;
  /** Where the counter stood */
  room_id: number | null;
  /** Who the counter found holding it, when they said so */
  custodian_id: number | null;
  /** 'good' 完好 | 'damaged' 损坏 | 'needs_repair' 待修 */
  condition: string;
  note: string | null;
  /** 'camera' | 'manual' */
  method: string;
  scanned_by: number;
  scanned_at: string;
}

/** Something found that has no card (盘盈 without a label): described in words, photos in `files` (asset_stocktake_extra). */
export interface AssetStocktakeExtraTable {
  id: Generated<number>;
  school_id: number;
  stocktake_id: number;
  name: string;
  /** How many of them (3 把旧椅子 is one extra); 1–9999, migration 2026-11-21-0290 */
  quantity: Generated<number>;
  room_id: number | null;
  note: string | null;
  created_by: number;
  created_at: string;
}

/** A change reconciliation proposes; approving applies it to the card. */
export interface AssetStocktakeAdjustmentTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  stocktake_id: number;
  /** 'missing' 盘亏 | 'wrong_room' 位置不符 | 'wrong_custodian' 使用人不符 | 'unexpected' 范围外资产 | 'damaged' 状况异常 | 'surplus' 盘盈（无卡） */
  kind: string;
  asset_id: number | null;
  extra_id: number | null;
  from_room_id: number | null;
  to_room_id: number | null;
  from_custodian_id: number | null;
  to_custodian_id: number | null;
  condition: string | null;
  value_fen: number;
  /** 'pending' | 'approved' | 'rejected' */
  status: string;
  decided_by: number | null;
  decided_at: string | null;
  decision_note: string | null;
}

export interface AssetStocktakeTables {
  asset_stocktakes: AssetStocktakeTable;
  asset_stocktake_counters: AssetStocktakeCounterTable;
  asset_stocktake_items: AssetStocktakeItemTable;
  asset_stocktake_scans: AssetStocktakeScanTable;
  asset_stocktake_extras: AssetStocktakeExtraTable;
  asset_stocktake_adjustments: AssetStocktakeAdjustmentTable;
}
