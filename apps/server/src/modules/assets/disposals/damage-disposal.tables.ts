import type { Generated } from 'kysely';

/**
 * Tables of 损坏赔偿 and 报废/报损 (migration 2026-11-21-0250-asset-damage-disposal). Same conventions
 * as platform/db/schema.ts: ISO-8601 UTC text times, YYYY-MM-DD dates, JSON as text, money in fen.
 */
interface Versioned {
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** One row per school, seeded on first use with the example of domain-rules.md §2.7. */
export interface AssetDisposalSettingsTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  /** JSON: ApprovalTier[] ({minFen, approvals}) by the request's total original value */
  tiers: string;
  /** 1: a request holding a 房屋/土地 card (门类 1) takes the highest tier whatever its value */
  land_building_top_tier: number;
  /** JSON: legal conditions (第二十一条) whose requests need a technical appraisal */
  appraisal_conditions: string;
  /** JSON: CompensationRule (ratio by cause, minimum, rounding) */
  compensation: string;
}

/** 损坏赔偿: who damaged which card, when and how, and the amount proposed, decided and paid. */
export interface AssetDamageTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  asset_id: number;
  occurred_on: string;
  /** human 人为 | accident 意外 | wear 自然损耗 | unknown 不明 */
  cause: string;
  description: string;
  /** user (a staff member) | student | outsider | unknown */
  party_type: string;
  party_user_id: number | null;
  party_name: string | null;
  party_class: string | null;
  work_order_id: number | null;
  /** The repair request raised from this record (migration 0300); its work order, once converted, is the repair. */
  repair_request_id: Generated<number | null>;
  /** recorded | proposed | approved | waived | paid | cancelled */
  status: string;
  /** net_value | repair_cost: what the proposal was computed from */
  basis_kind: string | null;
  basis_fen: number | null;
  ratio_pct: number | null;
  proposed_fen: number | null;
  /** The computation in words, e.g. "净值 ¥1,200.00 × 人为 100%" */
  proposed_basis: string | null;
  approved_fen: number | null;
  decision_reason: string | null;
  decided_by: number | null;
  decided_at: string | null;
  paid_fen: number | null;
  paid_on: string | null;
  receipt_no: string | null;
  collected_by: string | null;
  cancel_reason: string | null;
  created_by: number | null;
}

/** 报废 / 报损 request over one or more cards, walking the approval chain in `steps`. */
export interface AssetDisposalTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  /** scrap 报废 | loss 报损 */
  kind: string;
  /** one of the four conditions of 条例 第二十一条 */
  legal_condition: string;
  reason: string;
  appraisal: string | null;
  proposed_method: string;
  total_original_fen: number;
  total_net_fen: number;
  card_count: number;
  /** JSON: the step keys this request must pass, fixed when submitted */
  steps: string;
  current_step: string | null;
  /** in_approval | approved (待处置) | completed | rejected | withdrawn */
  status: string;
  method: string | null;
  disposed_on: string | null;
  proceeds_fen: number | null;
  proceeds_note: string | null;
  recipient: string | null;
  created_by: number | null;
}

/** A card in a disposal request, with its values when submitted and the status it returns to on rejection. */
export interface AssetDisposalItemTable {
  id: Generated<number>;
  school_id: number;
  disposal_id: number;
  asset_id: number;
  original_value_fen: number;
  net_value_fen: number;
  previous_status: string;
}

/** Append-only log of each step taken on a damage record or disposal request. */
export interface AssetWorkflowStepTable {
  id: Generated<number>;
  school_id: number;
  parent_id: number;
  step: string;
  action: string;
  actor_id: number | null;
  actor_name: string;
  at: string;
  note: string | null;
  /** JSON with the step's details (meeting date, document number, amounts …) */
  data: string | null;
}

export interface AssetDamageDisposalTables {
  asset_disposal_settings: AssetDisposalSettingsTable;
  asset_damages: AssetDamageTable;
  asset_disposals: AssetDisposalTable;
  asset_disposal_items: AssetDisposalItemTable;
  asset_damage_steps: AssetWorkflowStepTable;
  asset_disposal_steps: AssetWorkflowStepTable;
}
