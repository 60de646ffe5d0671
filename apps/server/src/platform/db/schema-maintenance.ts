import type { Generated } from 'kysely';

/**
 * Tables of preventive maintenance (保养计划), created by migration 2026-11-21-0120-maintenance.
 * Same conventions as schema.ts: ISO-8601 UTC text times, YYYY-MM-DD dates, 0/1 booleans, JSON as text.
 */
export interface MaintenancePlanTable {
  id: Generated<number>;
  school_id: number;
  name: string;
  description: string | null;
  /** 'school' (全校) | 'rooms' (chosen rooms) | 'room_type' (every active room of a type) */
  target_type: string;
  room_type: string | null;
  /** 'each': one work order per room; 'together': one work order for all of them */
  grouping: string;
  checklist_template_id: number | null;
  category_id: number | null;
  /** JSON: Schedule (recurrence.ts), validated on the way in */
  schedule: string;
  /** 'skip' | 'previous' | 'next' | 'ignore': what a due date on a day off does */
  holiday_policy: string;
  lead_days: number;
  assignee_id: number | null;
  team_id: number | null;
  /** Who the generated requests are filed by (the plan's creator). */
  owner_id: number;
  start_date: string;
  end_date: string | null;
  active: number;
  /** Key of the built-in template it was made from, if any. */
  template_key: string | null;
  /** First due date the generator may produce (reset when the schedule changes). */
  generate_from: string;
  /** Last date the generator has covered; not a user edit, so it never bumps `version`. */
  generated_through: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface MaintenancePlanTargetTable { plan_id: number; school_id: number; room_id: number }

/** One due job of a plan for one target (room id, or 0 for the whole school / all rooms together). */
export interface MaintenanceOccurrenceTable {
  id: Generated<number>;
  school_id: number;
  plan_id: number;
  target_key: number;
  room_id: number | null;
  /** The date the rule gives, before the holiday policy moved it. */
  nominal_date: string;
  due_date: string;
  visible_from: string;
  /** 「10月5日 国庆节 → 顺延至10月9日」 */
  adjustment_note: string | null;
  request_id: number | null;
  work_order_id: number | null;
  checklist_result_id: number | null;
  /** 'open' | 'completed' | 'cancelled' */
  status: string;
  completed_at: string | null;
  generated_at: string;
}

export interface MaintenanceTables {
  maintenance_plans: MaintenancePlanTable;
  maintenance_plan_targets: MaintenancePlanTargetTable;
  maintenance_occurrences: MaintenanceOccurrenceTable;
}
