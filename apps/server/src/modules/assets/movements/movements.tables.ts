import type { Generated } from 'kysely';

/**
 * 调拨 / 借用 / 退库 tables, created by migration 2026-11-21-0240-asset-movements
 * (kept beside the module, like the stocktake and disposal tables).
 * Same conventions as schema.ts: ISO-8601 UTC text times, YYYY-MM-DD dates, 0/1 booleans.
 */
interface Versioned {
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** One document: 调拨单 (transfer), 借用单 (loan) or 退库单 (store_return). */
export interface AssetMovementTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  /** DB2026-0001 / JY2026-0001 / TK2026-0001, unique per school */
  code: string;
  /** 'transfer' | 'loan' | 'store_return' */
  kind: string;
  /** draft | submitted | approved | lent | done | returned | rejected | cancelled */
  status: string;
  requester_id: number;
  /** 接收人 (transfer) or 借用人 (loan) */
  to_custodian_id: number | null;
  to_department_id: number | null;
  /** 接收地点 (transfer) or 使用地点 (loan) */
  to_room_id: number | null;
  reason: string;
  expected_date: string | null;
  /** 归还期限 of a loan */
  due_date: string | null;
  needs_approval: number;
  /** Every card is a 低值耐用品 (decides whether approval may be skipped) */
  low_value_only: number;
  submitted_at: string | null;
  closed_at: string | null;
  /** Local date of the last overdue reminder, so each overdue loan is reminded once a day */
  last_reminded_on: string | null;
}

/** One card of a document and where it was before the move. */
export interface AssetMovementLineTable {
  id: Generated<number>;
  school_id: number;
  movement_id: number;
  asset_id: number;
  /** asset_id while the document is open, null once closed (unique per school) */
  open_asset_id: number | null;
  from_custodian_id: number | null;
  from_department_id: number | null;
  from_room_id: number | null;
  from_status: string;
  /** "张老师 / 教务处 / 教学楼 2层 201" as it was, for the printed form */
  from_text: string;
  /** 'good' | 'damaged' on return of a loan */
  return_condition: string | null;
  return_note: string | null;
}

/** Append-only step log: submitted, approved, received … with who and when. */
export interface AssetMovementStepTable {
  id: Generated<number>;
  school_id: number;
  movement_id: number;
  action: string;
  actor_id: number | null;
  actor_name: string;
  note: string | null;
  at: string;
}

export interface AssetMovementSettingsTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  /** 1: a transfer or loan of low-value cards only still needs approval */
  low_value_needs_approval: number;
  /** 库房: where a card returned to store is kept */
  store_room_id: number | null;
}

/** 续借: one extension of a loan's due date (migration 2026-11-21-0300), append-only. */
export interface AssetLoanExtensionTable {
  id: Generated<number>;
  school_id: number;
  movement_id: number;
  from_date: string;
  to_date: string;
  reason: string;
  actor_id: number | null;
  actor_name: string;
  at: string;
}

/**
 * 申请续借: the borrower's request for a later due date (migration 2026-11-22-0310), decided by the
 * storekeeper. `open_movement_id` is the loan's id while the request waits (unique per school), null once decided.
 */
export interface AssetLoanExtensionRequestTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  movement_id: number;
  open_movement_id: number | null;
  requester_id: number;
  requester_name: string;
  /** The loan's due date when asked */
  from_date: string;
  /** The proposed new due date */
  to_date: string;
  reason: string;
  /** pending | granted | declined | lapsed (the loan was returned or extended before a decision) */
  status: string;
  decided_by_id: number | null;
  decided_by_name: string | null;
  decided_at: string | null;
  /** Why it was declined, or the storekeeper's note */
  decision_note: string | null;
}

export interface AssetMovementTables {
  asset_movements: AssetMovementTable;
  asset_movement_lines: AssetMovementLineTable;
  asset_movement_steps: AssetMovementStepTable;
  asset_movement_settings: AssetMovementSettingsTable;
  asset_loan_extensions: AssetLoanExtensionTable;
  asset_loan_extension_requests: AssetLoanExtensionRequestTable;
}
