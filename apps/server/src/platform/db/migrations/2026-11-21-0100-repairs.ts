import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../database.js';
import { withId, withVersioning } from '../dialect-helpers.js';

// A migration is history: the defaults backfilled for existing schools are written out here
// rather than imported, so later changes to the module's defaults cannot rewrite this step.
const CATEGORIES = ['水', '电', '木工', '门窗', '桌椅', '多媒体', '网络', '空调', '其他'];
const SLA_POLICY = JSON.stringify({
  urgent: { respond: { value: 30, unit: 'minutes' }, resolve: { value: 240, unit: 'minutes' } },
  normal: { respond: { value: 240, unit: 'minutes' }, resolve: { value: 2, unit: 'days' } },
  scheduled: { respond: { value: 240, unit: 'minutes' } },
});

/** Repairs (报修 / 维修): categories, settings, teams, routing rules, requests, work orders, timeline. */
export function repairsMigration(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await withVersioning(
        withId(s.createTable('repair_categories'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
          .addUniqueConstraint('repair_categories_school_name', ['school_id', 'name']),
      ).execute();

      await withVersioning(
        withId(s.createTable('repair_settings'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().unique().references('schools.id'))
          .addColumn('sla_policy', 'text', (c) => c.notNull())
          .addColumn('photo_rule', 'text', (c) => c.notNull())
          .addColumn('completion_photo_required', 'integer', (c) => c.notNull())
          .addColumn('auto_confirm_days', 'integer', (c) => c.notNull())
          .addColumn('auto_convert', 'integer', (c) => c.notNull())
          .addColumn('repeat_window_days', 'integer', (c) => c.notNull()),
      ).execute();

      await withVersioning(
        withId(s.createTable('repair_teams'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
          .addUniqueConstraint('repair_teams_school_name', ['school_id', 'name']),
      ).execute();

      await s.createTable('repair_team_members')
        .addColumn('team_id', 'integer', (c) => c.notNull().references('repair_teams.id').onDelete('cascade'))
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addPrimaryKeyConstraint('repair_team_members_pk', ['team_id', 'user_id'])
        .execute();
      await s.createIndex('repair_team_members_user').on('repair_team_members').columns(['user_id', 'team_id']).execute();

      await withVersioning(
        withId(s.createTable('repair_routing_rules'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('category_id', 'integer', (c) => c.references('repair_categories.id'))
          .addColumn('campus_id', 'integer', (c) => c.references('campuses.id'))
          .addColumn('building_id', 'integer', (c) => c.references('buildings.id'))
          .addColumn('team_id', 'integer', (c) => c.references('repair_teams.id'))
          .addColumn('assignee_id', 'integer', (c) => c.references('users.id'))
          .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('note', 'text'),
      ).execute();
      await s.createIndex('repair_routing_rules_school').on('repair_routing_rules').columns(['school_id', 'active']).execute();

      await withVersioning(
        withId(s.createTable('repair_requests'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('requester_id', 'integer', (c) => c.notNull().references('users.id'))
          .addColumn('requester_department_id', 'integer')
          .addColumn('room_id', 'integer', (c) => c.references('rooms.id'))
          .addColumn('location_text', 'text')
          .addColumn('campus_id', 'integer')
          .addColumn('building_id', 'integer')
          .addColumn('asset_id', 'integer')
          .addColumn('category_id', 'integer', (c) => c.notNull().references('repair_categories.id'))
          .addColumn('description', 'text', (c) => c.notNull())
          .addColumn('urgency', 'text', (c) => c.notNull())
          .addColumn('preferred_at', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('merged_into_id', 'integer')
          .addColumn('decline_reason', 'text')
          .addColumn('cancel_reason', 'text')
          .addColumn('repeat_of_id', 'integer')
          .addColumn('reported_at', 'text', (c) => c.notNull())
          .addColumn('closed_at', 'text')
          .addColumn('confirmed_at', 'text'),
      ).execute();
      // "my requests", the triage list, the 跟进 (duplicate) check and the repeat-fault check.
      await s.createIndex('repair_requests_requester').on('repair_requests').columns(['school_id', 'requester_id', 'id']).execute();
      await s.createIndex('repair_requests_status').on('repair_requests').columns(['school_id', 'status', 'id']).execute();
      await s.createIndex('repair_requests_room_category').on('repair_requests').columns(['school_id', 'room_id', 'category_id', 'closed_at']).execute();
      await s.createIndex('repair_requests_room_confirmed').on('repair_requests').columns(['school_id', 'room_id', 'category_id', 'confirmed_at']).execute();
      await s.createIndex('repair_requests_merged_into').on('repair_requests').columns(['school_id', 'merged_into_id']).execute();

      await s.createTable('repair_request_followers')
        .addColumn('request_id', 'integer', (c) => c.notNull().references('repair_requests.id'))
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('repair_request_followers_pk', ['request_id', 'user_id'])
        .execute();
      await s.createIndex('repair_request_followers_user').on('repair_request_followers').columns(['user_id', 'request_id']).execute();

      await withVersioning(
        withId(s.createTable('work_orders'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('request_id', 'integer', (c) => c.notNull().unique().references('repair_requests.id'))
          .addColumn('category_id', 'integer', (c) => c.notNull().references('repair_categories.id'))
          .addColumn('room_id', 'integer')
          .addColumn('campus_id', 'integer')
          .addColumn('building_id', 'integer')
          .addColumn('urgency', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('assignee_id', 'integer', (c) => c.references('users.id'))
          .addColumn('team_id', 'integer', (c) => c.references('repair_teams.id'))
          .addColumn('assigned_at', 'text')
          .addColumn('accepted_at', 'text')
          .addColumn('started_at', 'text')
          .addColumn('paused_at', 'text')
          .addColumn('pause_reason', 'text')
          .addColumn('paused_minutes', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('completed_at', 'text')
          .addColumn('confirmed_at', 'text')
          .addColumn('auto_confirmed', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('auto_confirm_at', 'text')
          .addColumn('cancelled_at', 'text')
          .addColumn('cancel_reason', 'text')
          .addColumn('respond_due_at', 'text', (c) => c.notNull())
          .addColumn('resolve_due_at', 'text', (c) => c.notNull())
          .addColumn('respond_escalated_at', 'text')
          .addColumn('resolve_escalated_at', 'text')
          .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('labor_minutes', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('cost_fen', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('completion_note', 'text')
          .addColumn('rating', 'integer')
          .addColumn('rating_comment', 'text'),
      ).execute();
      // Dispatch board and technician queue, both ordered by the resolution deadline.
      await s.createIndex('work_orders_board').on('work_orders').columns(['school_id', 'status', 'resolve_due_at']).execute();
      await s.createIndex('work_orders_queue').on('work_orders').columns(['assignee_id', 'status', 'resolve_due_at']).execute();
      await s.createIndex('work_orders_team_queue').on('work_orders').columns(['team_id', 'status', 'resolve_due_at']).execute();
      // The sweeps look across schools: open work past its deadline, completed work past its auto-confirm time.
      await s.createIndex('work_orders_sweep_due').on('work_orders').columns(['status', 'resolve_due_at']).execute();
      await s.createIndex('work_orders_sweep_respond').on('work_orders').columns(['status', 'respond_due_at']).execute();
      await s.createIndex('work_orders_sweep_confirm').on('work_orders').columns(['status', 'auto_confirm_at']).execute();

      await withId(s.createTable('work_order_assignments'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('work_order_id', 'integer', (c) => c.notNull().references('work_orders.id'))
        .addColumn('assignee_id', 'integer', (c) => c.references('users.id'))
        .addColumn('team_id', 'integer', (c) => c.references('repair_teams.id'))
        .addColumn('assigned_by', 'integer')
        .addColumn('reason', 'text')
        .addColumn('assigned_at', 'text', (c) => c.notNull())
        .addColumn('ended_at', 'text')
        .execute();
      await s.createIndex('work_order_assignments_order').on('work_order_assignments').columns(['school_id', 'work_order_id', 'id']).execute();
      await s.createIndex('work_order_assignments_assignee').on('work_order_assignments').columns(['assignee_id', 'work_order_id']).execute();

      await withId(s.createTable('work_order_parts'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('work_order_id', 'integer', (c) => c.notNull().references('work_orders.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('quantity', 'double precision', (c) => c.notNull())
        .addColumn('unit', 'text')
        .addColumn('unit_cost_fen', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await s.createIndex('work_order_parts_order').on('work_order_parts').columns(['school_id', 'work_order_id']).execute();

      await withId(s.createTable('repair_events'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('request_id', 'integer', (c) => c.notNull().references('repair_requests.id'))
        .addColumn('work_order_id', 'integer')
        .addColumn('actor_id', 'integer')
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text')
        .addColumn('note', 'text')
        .addColumn('data', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await s.createIndex('repair_events_request').on('repair_events').columns(['school_id', 'request_id', 'id']).execute();

      await backfillSchoolDefaults(db);
    },
  };
}

/** Schools created before this migration get the same repair defaults a new school gets. */
async function backfillSchoolDefaults(db: Kysely<unknown>): Promise<void> {
  const now = new Date().toISOString();
  const schools = await sql<{ id: number }>`select id from schools order by id`.execute(db);
  for (const { id } of schools.rows) {
    for (const [i, name] of CATEGORIES.entries()) {
      await sql`insert into repair_categories (school_id, name, sort, active, created_at, updated_at, version)
        values (${id}, ${name}, ${i}, 1, ${now}, ${now}, 1)`.execute(db);
    }
    await sql`insert into repair_settings
        (school_id, sla_policy, photo_rule, completion_photo_required, auto_confirm_days, auto_convert, repeat_window_days, created_at, updated_at, version)
      values (${id}, ${SLA_POLICY}, 'except_urgent', 1, 7, 1, 30, ${now}, ${now}, 1)`.execute(db);
  }
}
