import type { Generated } from 'kysely';

/**
 * Tables of the checklist engine (检查表); created by migration 2026-11-21-0110-checklists.
 * Item definitions and answers are JSON text, as everywhere else, so both databases read them alike.
 */
export interface ChecklistTemplateTable {
  id: Generated<number>;
  school_id: number;
  name: string;
  /** ChecklistKind: maintenance | patrol | safety | canteen | dorm | general */
  kind: string;
  description: string | null;
  /** JSON: ChecklistItem[], the working copy; publishing snapshots it into a version. */
  draft_items: string;
  /** 1 while the working copy differs from the latest published version (or none is published). */
  has_draft_changes: number;
  /** 0 until the first publication. */
  latest_version_no: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** An immutable published version; results point at one. */
export interface ChecklistTemplateVersionTable {
  id: Generated<number>;
  school_id: number;
  template_id: number;
  version_no: number;
  name: string;
  kind: string;
  description: string | null;
  /** JSON: ChecklistItem[] */
  items: string;
  item_count: number;
  published_by: number | null;
  published_at: string;
  created_at: string;
  updated_at: string;
}

/** One filling-in of a checklist version for a subject (work order, room, patrol point …). */
export interface ChecklistResultTable {
  id: Generated<number>;
  school_id: number;
  template_id: number;
  template_version_id: number;
  version_no: number;
  template_name: string;
  owner_type: string;
  owner_id: number;
  /** The room the subject is in, when it has one: the default place of a raised repair. */
  room_id: number | null;
  /** 'draft' while being filled in, 'submitted' once it is evidence. */
  status: string;
  /** 'pass' | 'fail' once submitted. */
  outcome: string | null;
  item_count: number;
  failed_count: number;
  /** JSON: answers saved while still a draft; null once submitted (the items table holds them). */
  draft_answers: string | null;
  note: string | null;
  /** A correction points at the result it replaces; the original is never edited. */
  corrects_result_id: number | null;
  correction_reason: string | null;
  started_by: number;
  started_at: string;
  submitted_by: number | null;
  submitted_at: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** A submitted answer with its computed outcome; written once, except for the repair it raised. */
export interface ChecklistResultItemTable {
  id: Generated<number>;
  school_id: number;
  result_id: number;
  position: number;
  item_key: string;
  label: string;
  item_type: string;
  /** JSON of the answer value; null when left blank. */
  answer: string | null;
  remark: string | null;
  /** 'pass' | 'fail' | 'out_of_limit' | 'na' */
  outcome: string;
  repair_request_id: number | null;
  repair_raised_by: number | null;
  repair_raised_at: string | null;
  created_at: string;
}

export interface ChecklistTables {
  checklist_templates: ChecklistTemplateTable;
  checklist_template_versions: ChecklistTemplateVersionTable;
  checklist_results: ChecklistResultTable;
  checklist_result_items: ChecklistResultItemTable;
}
