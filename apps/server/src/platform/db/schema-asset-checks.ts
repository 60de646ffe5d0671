import type { Generated } from 'kysely';

/**
 * 期初清点 (term-start room check) tables, created by migration 2026-11-21-0220-asset-room-checks.
 * Same conventions as schema.ts: ISO-8601 UTC text times, YYYY-MM-DD dates, 0/1 booleans, JSON as text.
 */
interface Versioned {
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** A check round the storekeeper opens, e.g. "2026 秋季学期期初清点". */
export interface AssetCheckRoundTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  name: string;
  term_id: number | null;
  due_date: string;
  /** JSON number[] of the buildings chosen, or null for every room with cards */
  building_ids: string | null;
  /** 'open' | 'closed' */
  status: string;
  created_by: number | null;
}

/** One room of a round: what was expected when the round opened and the latest submitted result. */
export interface AssetCheckRoomTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  round_id: number;
  room_id: number;
  expected_count: number;
  /** 'pending' | 'submitted' */
  status: string;
  present_count: number;
  missing_count: number;
  damaged_count: number;
  extra_count: number;
  last_submission_id: number | null;
  submitted_at: string | null;
  submitted_by: number | null;
}

/** Every submission is kept: a correction is a new submission, never an edit. */
export interface AssetCheckSubmissionTable {
  id: Generated<number>;
  school_id: number;
  check_id: number;
  submitted_by: number;
  submitted_by_name: string;
  submitted_at: string;
  signature_file_id: number;
  note: string | null;
  /** JSON {name, note}[]: items found in the room that are not on its list */
  extras: string;
  present_count: number;
  missing_count: number;
  damaged_count: number;
}

/** One card's answer in a submission. */
export interface AssetCheckLineTable {
  id: Generated<number>;
  school_id: number;
  submission_id: number;
  asset_id: number;
  present: number;
  /** 'good' 完好 | 'damaged' 损坏 | 'needs_repair' 待修 | 'missing' (not present) */
  condition: string;
  note: string | null;
  photo_file_id: number | null;
}

export interface AssetCheckTables {
  asset_check_rounds: AssetCheckRoundTable;
  asset_check_rooms: AssetCheckRoomTable;
  asset_check_submissions: AssetCheckSubmissionTable;
  asset_check_lines: AssetCheckLineTable;
}
