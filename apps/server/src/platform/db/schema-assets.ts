import type { Generated } from 'kysely';

/**
 * Tables of the school-property module (校产 / 固定资产), created by migration 2026-11-21-0200-assets.
 * Same conventions as schema.ts: ISO-8601 UTC text times, YYYY-MM-DD dates, YYYY-MM months,
 * 0/1 booleans, JSON as text, money in fen (integer).
 */
interface Versioned {
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/**
 * 资产分类: each school's copy of the national classification (GB/T 14885), seeded from
 * modules/assets/classification/gbt14885.ts and editable (life, depreciable, name, extra rows).
 */
export interface AssetCategoryTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  /** GB/T 14885-2010 7-digit code, or a school-local code for rows the standard does not have */
  code: string;
  /** GB/T 14885-2022 门类 this row maps to (the 2022 codes themselves are not verified yet) */
  gb2022_class: string | null;
  name: string;
  parent_id: number | null;
  level: number;
  /** 0 for 土地, 文物和陈列品, 图书档案, 动植物: never depreciated */
  depreciable: number;
  /** Default life for new cards of this category; null inherits the parent's */
  life_months: number | null;
  /** 1 when the row's code and name were read in a reprint of the standard; 0 for unverified or local rows */
  verified: number;
  sort: number;
  active: number;
}

/** One row per school: numbering, depreciation start rule and capitalisation thresholds. */
export interface AssetSettingsTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  /** e.g. "ZC{YYYY}{CAT:3}{SEQ:4}"; see modules/assets/rules/numbering.ts */
  numbering_pattern: string;
  /** 'same_month' (government rule: 当月增加当月计提) | 'next_month' */
  depreciation_start: string;
  /** JSON: ThresholdRule[] ({categoryCode|null, effectiveFrom, amountFen}) */
  thresholds: string;
}

/** Sequence counters behind asset numbers: one row per school and rendered prefix, bumped atomically. */
export interface AssetNumberCounterTable {
  school_id: number;
  scope_key: string;
  last_value: number;
}

/** 资产卡片 (一物一卡): one physical item (or one batch-booked lot such as books) per row. */
export interface AssetTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  /** 资产编号, unique per school */
  code: string;
  name: string;
  category_id: number;
  spec_model: string | null;
  brand: string | null;
  manufacturer: string | null;
  serial_no: string | null;
  unit: string | null;
  quantity: number;
  area_m2: number | null;
  /** 'original' 原值 | 'appraised' 评估价值 | 'replacement' 重置价值 | 'nominal' 名义金额 */
  value_type: string;
  original_value_fen: number;
  /** 'purchase' | 'transfer_in' | 'donation' | 'self_built' | 'exchange' | 'surplus' | 'other' */
  acquisition_method: string;
  acquired_on: string;
  accounted_on: string | null;
  voucher_no: string | null;
  funding_source: string | null;
  procurement_form: string | null;
  supplier: string | null;
  warranty_until: string | null;
  /** 使用部门 */
  department_id: number | null;
  /** 使用人 / 保管人 */
  custodian_id: number | null;
  /** 管理部门 */
  manager_department_id: number | null;
  /** 存放地点 */
  room_id: number | null;
  location_text: string | null;
  /** in_use | idle | loaned | under_repair | pending_disposal | disposed */
  status: string;
  /** 使用方向 */
  usage: string | null;
  /** 'fixed' 固定资产 | 'low_value' 低值耐用品 (below the threshold, not depreciated) */
  accounting_class: string;
  /** 'straight_line' | 'none' */
  depreciation_method: string;
  life_months: number;
  /** First month of the depreciation plan, YYYY-MM */
  dep_start_month: string | null;
  /** Months of the plan already depreciated before this system booked any (imported ledgers) */
  opening_dep_months: number;
  opening_accumulated_fen: number;
  title_cert_no: string | null;
  note: string | null;
  /** Cards made in one batch share it (fifty identical desks) */
  batch_no: string | null;
  /** Lower-cased code, name, brand, model, serial number (and pinyin initials once available) for search */
  search_text: string;
  disposed_on: string | null;
  created_by: number | null;
}

/** The card's timeline (履历): creation, edits, custody changes; movements, repairs, checks and disposal add to it later. */
export interface AssetEventTable {
  id: Generated<number>;
  school_id: number;
  asset_id: number;
  kind: string;
  actor_id: number | null;
  actor_name: string;
  note: string | null;
  /** JSON with the event's details (changed fields, from/to custodian …) */
  data: string | null;
  at: string;
}

/** One month of one asset's depreciation; unique per asset and month so a run is idempotent. */
export interface AssetDepreciationTable {
  id: Generated<number>;
  school_id: number;
  asset_id: number;
  /** YYYY-MM */
  month: string;
  amount_fen: number;
  /** Accumulated depreciation after this month */
  accumulated_fen: number;
  /** The asset's category when booked, for the report by category */
  category_id: number;
  created_at: string;
}

/**
 * The two numbers the monthly depreciation run moves, one row per card (written with the card), kept
 * apart from the wide `assets` row so the run updates narrow rows (migration 0280 says why).
 */
export interface AssetDepreciationStateTable {
  asset_id: number;
  school_id: number;
  /** Months booked by this system (rows in asset_depreciation) */
  booked_dep_months: number;
  /** opening_accumulated_fen + every booked amount */
  accumulated_depreciation_fen: number;
}

export interface AssetTables {
  asset_categories: AssetCategoryTable;
  asset_settings: AssetSettingsTable;
  asset_number_counters: AssetNumberCounterTable;
  assets: AssetTable;
  asset_events: AssetEventTable;
  asset_depreciation: AssetDepreciationTable;
  asset_depreciation_state: AssetDepreciationStateTable;
}
