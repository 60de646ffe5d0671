import type { Generated } from 'kysely';

/**
 * Tables of the repairs module (报修 / 维修), created by migration 2026-11-21-0100-repairs.
 * Same conventions as schema.ts: ISO-8601 UTC text times, 0/1 booleans, JSON as text, money in fen.
 */
interface Versioned {
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** 报修分类 (水, 电, 木工 …), editable per school. */
export interface RepairCategoryTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  name: string;
  sort: number;
  active: number;
}

/** One row per school: SLA policy and the switches of the repair workflow. */
export interface RepairSettingsTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  /** JSON: SlaPolicy (per urgency: respond / resolve targets in working minutes or working days) */
  sla_policy: string;
  /** 'always' | 'except_urgent' | 'never': when a report must carry a photo */
  photo_rule: string;
  completion_photo_required: number;
  auto_confirm_days: number;
  /** 1: a submitted request becomes a work order at once; 0: it waits for triage (待受理) */
  auto_convert: number;
  repeat_window_days: number;
  /** 1: recent repairs on the public board (报修公示), names masked; migration 2026-11-21-0140 */ public_board: Generated<number>;
}

/** 维修班组 (水电组, 木工组 …): routing can target a team whose members claim the job. */
export interface RepairTeamTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  name: string;
  active: number;
}

export interface RepairTeamMemberTable {
  team_id: number;
  user_id: number;
  school_id: number;
}

/** 派单规则: category × campus/building → team or technician. Nulls match anything. */
export interface RepairRoutingRuleTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  category_id: number | null;
  campus_id: number | null;
  building_id: number | null;
  team_id: number | null;
  assignee_id: number | null;
  sort: number;
  active: number;
  note: string | null;
}

/** 报修单: what the requester reported. Its work is tracked by at most one work order. */
export interface RepairRequestTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  requester_id: number;
  requester_department_id: number | null;
  room_id: number | null;
  /** Free-text place when there is no room (操场东侧围墙) */
  location_text: string | null;
  campus_id: number | null;
  building_id: number | null;
  /** Assets arrive with the assets module; kept so repeat faults can key on them. */
  asset_id: number | null;
  category_id: number;
  description: string;
  urgency: string;
  preferred_at: string | null;
  status: string;
  merged_into_id: number | null;
  decline_reason: string | null;
  cancel_reason: string | null;
  /** The earlier confirmed request of the same room and category within the repeat window */
  repeat_of_id: number | null;
  reported_at: string;
  /** Null while the fault is still being handled (duplicate check); set when it ends in any way */
  closed_at: string | null;
  /** When its repair was confirmed (repeat-fault check) */
  confirmed_at: string | null;
  /** 'report' (someone reported it) | 'maintenance' (a 保养计划 generated it); migration 0120 */
  source: Generated<string>;
  maintenance_occurrence_id: Generated<number | null>;
}

/** Everyone who follows a request: its requester, people who 跟进, requesters of merged requests. */
export interface RepairRequestFollowerTable {
  request_id: number;
  user_id: number;
  school_id: number;
  created_at: string;
}

/** 工单: the work on one request, dispatched, done and accepted. */
export interface WorkOrderTable extends Versioned {
  id: Generated<number>;
  school_id: number;
  request_id: number;
  category_id: number;
  room_id: number | null;
  campus_id: number | null;
  building_id: number | null;
  urgency: string;
  status: string;
  assignee_id: number | null;
  team_id: number | null;
  assigned_at: string | null;
  accepted_at: string | null;
  started_at: string | null;
  paused_at: string | null;
  pause_reason: string | null;
  /** Working minutes the resolution clock stood still (paused, or completed until a reopen); already added to resolve_due_at */
  paused_minutes: number;
  completed_at: string | null;
  confirmed_at: string | null;
  auto_confirmed: number;
  auto_confirm_at: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  respond_due_at: string;
  resolve_due_at: string;
  respond_escalated_at: string | null;
  resolve_escalated_at: string | null;
  reopen_count: number;
  labor_minutes: number;
  cost_fen: number;
  completion_note: string | null;
  rating: number | null;
  rating_comment: string | null;
  /** 委外: the contractor it was outsourced to, and its quote in fen; migration 2026-11-21-0130 */ contractor_id: number | null; quote_fen: number | null;
}

/** The chain of 派单 / 转单: one row per assignment, ended when the job moves on. */
export interface WorkOrderAssignmentTable {
  id: Generated<number>;
  school_id: number;
  work_order_id: number;
  assignee_id: number | null;
  team_id: number | null;
  assigned_by: number | null;
  /** 委外 hop: the contractor the job went to; migration 2026-11-21-0130 */ contractor_id: number | null;
  reason: string | null;
  assigned_at: string;
  ended_at: string | null;
}

/** Parts used, appended at each completion (a 返修 adds its own). */
export interface WorkOrderPartTable {
  id: Generated<number>;
  school_id: number;
  work_order_id: number;
  name: string;
  quantity: number;
  unit: string | null;
  unit_cost_fen: number;
  created_at: string;
}

/** The timeline of a request and its work order; append-only. */
export interface RepairEventTable {
  id: Generated<number>;
  school_id: number;
  request_id: number;
  work_order_id: number | null;
  actor_id: number | null;
  actor_name: string;
  kind: string;
  from_status: string | null;
  to_status: string | null;
  note: string | null;
  /** JSON with the event's details (assignee, rating, photo ids …) */
  data: string | null;
  at: string;
}

export interface RepairTables {
  repair_categories: RepairCategoryTable;
  repair_settings: RepairSettingsTable;
  repair_teams: RepairTeamTable;
  repair_team_members: RepairTeamMemberTable;
  repair_routing_rules: RepairRoutingRuleTable;
  repair_requests: RepairRequestTable;
  repair_request_followers: RepairRequestFollowerTable;
  work_orders: WorkOrderTable;
  work_order_assignments: WorkOrderAssignmentTable;
  work_order_parts: WorkOrderPartTable;
  repair_events: RepairEventTable;
}
