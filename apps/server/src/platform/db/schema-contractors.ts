import type { Generated } from 'kysely';

/**
 * Tables of 委外维修 (outsourced repairs), created by migration 2026-11-21-0130-contractors.
 * Same conventions as schema.ts: ISO-8601 UTC text times, 0/1 booleans.
 */

/** 外包单位 / 维修商: a company the school outsources repairs to. */
export interface ContractorTable {
  id: Generated<number>;
  school_id: number;
  name: string;
  contact_name: string | null;
  phone: string | null;
  /** 合同 / 资质说明: contract number, licence, term — free text */
  licence_note: string | null;
  active: number;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** The 报修分类 a contractor handles (水, 电 …). */
export interface ContractorCategoryTable {
  contractor_id: number;
  category_id: number;
  school_id: number;
}

/** A school user who works for a contractor: they see only work outsourced to that company. */
export interface ContractorAccountTable {
  user_id: number;
  contractor_id: number;
  school_id: number;
  created_at: string;
}

export interface ContractorTables {
  contractors: ContractorTable;
  contractor_categories: ContractorCategoryTable;
  contractor_accounts: ContractorAccountTable;
}
