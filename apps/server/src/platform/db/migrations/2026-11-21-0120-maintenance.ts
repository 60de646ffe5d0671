import type { Kysely } from 'kysely';
import type { DialectName } from '../database.js';
import { withId, withVersioning } from '../dialect-helpers.js';

/**
 * Preventive maintenance (保养计划): plans, their chosen rooms, and one occurrence per plan ×
 * target × due date. The unique key on occurrences is what makes generation exactly-once, whatever
 * the job lease does. Repair requests learn where they came from (报修 or 计划保养).
 */
export function maintenanceMigration(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await withVersioning(
        withId(s.createTable('maintenance_plans'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('target_type', 'text', (c) => c.notNull())
          .addColumn('room_type', 'text')
          .addColumn('grouping', 'text', (c) => c.notNull().defaultTo('each'))
          .addColumn('checklist_template_id', 'integer', (c) => c.references('checklist_templates.id'))
          .addColumn('category_id', 'integer', (c) => c.references('repair_categories.id'))
          .addColumn('schedule', 'text', (c) => c.notNull())
          .addColumn('holiday_policy', 'text', (c) => c.notNull())
          .addColumn('lead_days', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('assignee_id', 'integer', (c) => c.references('users.id'))
          .addColumn('team_id', 'integer', (c) => c.references('repair_teams.id'))
          .addColumn('owner_id', 'integer', (c) => c.notNull().references('users.id'))
          .addColumn('start_date', 'text', (c) => c.notNull())
          .addColumn('end_date', 'text')
          .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('template_key', 'text')
          .addColumn('generate_from', 'text', (c) => c.notNull())
          .addColumn('generated_through', 'text')
          .addUniqueConstraint('maintenance_plans_school_name', ['school_id', 'name']),
      ).execute();
      await s.createIndex('maintenance_plans_active').on('maintenance_plans').columns(['active', 'school_id', 'id']).execute();

      await s.createTable('maintenance_plan_targets')
        .addColumn('plan_id', 'integer', (c) => c.notNull().references('maintenance_plans.id'))
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('room_id', 'integer', (c) => c.notNull().references('rooms.id'))
        .addPrimaryKeyConstraint('maintenance_plan_targets_pk', ['plan_id', 'room_id'])
        .execute();

      await withId(s.createTable('maintenance_occurrences'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('plan_id', 'integer', (c) => c.notNull().references('maintenance_plans.id'))
        .addColumn('target_key', 'integer', (c) => c.notNull())
        .addColumn('room_id', 'integer', (c) => c.references('rooms.id'))
        .addColumn('nominal_date', 'text', (c) => c.notNull())
        .addColumn('due_date', 'text', (c) => c.notNull())
        .addColumn('visible_from', 'text', (c) => c.notNull())
        .addColumn('adjustment_note', 'text')
        .addColumn('request_id', 'integer', (c) => c.references('repair_requests.id'))
        .addColumn('work_order_id', 'integer', (c) => c.references('work_orders.id'))
        .addColumn('checklist_result_id', 'integer', (c) => c.references('checklist_results.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('completed_at', 'text')
        .addColumn('generated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('maintenance_occurrences_once', ['plan_id', 'target_key', 'due_date'])
        .execute();
      await s.createIndex('maintenance_occurrences_school_due').on('maintenance_occurrences').columns(['school_id', 'due_date']).execute();
      await s.createIndex('maintenance_occurrences_open').on('maintenance_occurrences').columns(['status', 'school_id']).execute();
      await s.createIndex('maintenance_occurrences_work_order').on('maintenance_occurrences').column('work_order_id').execute();

      await s.alterTable('repair_requests').addColumn('source', 'text', (c) => c.notNull().defaultTo('report')).execute();
      await s.alterTable('repair_requests').addColumn('maintenance_occurrence_id', 'integer').execute();
    },
  };
}
