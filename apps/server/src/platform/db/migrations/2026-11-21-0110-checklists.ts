import { type Kysely, sql } from 'kysely';
import { seedChecklistTemplates } from '../../checklists/seed-checklist-templates.js';
import type { Tx } from '../audited-writes.js';
import type { DialectName } from '../database.js';
import { withId, withVersioning } from '../dialect-helpers.js';

/**
 * The checklist engine: templates with immutable published versions, results pinned to a version,
 * and one row per answered item. Existing schools get the default templates, as new ones do.
 */
export function checklistsMigration(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await withVersioning(
        withId(s.createTable('checklist_templates'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('draft_items', 'text', (c) => c.notNull())
          .addColumn('has_draft_changes', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('latest_version_no', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('archived_at', 'text')
          .addUniqueConstraint('checklist_templates_school_name', ['school_id', 'name']),
      ).execute();
      await s.createIndex('checklist_templates_school_kind').on('checklist_templates').columns(['school_id', 'kind', 'name']).execute();

      await withId(s.createTable('checklist_template_versions'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('template_id', 'integer', (c) => c.notNull().references('checklist_templates.id'))
        .addColumn('version_no', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('items', 'text', (c) => c.notNull())
        .addColumn('item_count', 'integer', (c) => c.notNull())
        .addColumn('published_by', 'integer', (c) => c.references('users.id'))
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('checklist_template_versions_no', ['school_id', 'template_id', 'version_no'])
        .execute();

      await withVersioning(
        withId(s.createTable('checklist_results'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('template_id', 'integer', (c) => c.notNull().references('checklist_templates.id'))
          .addColumn('template_version_id', 'integer', (c) => c.notNull().references('checklist_template_versions.id'))
          .addColumn('version_no', 'integer', (c) => c.notNull())
          .addColumn('template_name', 'text', (c) => c.notNull())
          .addColumn('owner_type', 'text', (c) => c.notNull())
          .addColumn('owner_id', 'integer', (c) => c.notNull())
          .addColumn('room_id', 'integer', (c) => c.references('rooms.id'))
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('outcome', 'text')
          .addColumn('item_count', 'integer', (c) => c.notNull())
          .addColumn('failed_count', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('draft_answers', 'text')
          .addColumn('note', 'text')
          .addColumn('corrects_result_id', 'integer', (c) => c.references('checklist_results.id'))
          .addColumn('correction_reason', 'text')
          .addColumn('started_by', 'integer', (c) => c.notNull().references('users.id'))
          .addColumn('started_at', 'text', (c) => c.notNull())
          .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
          .addColumn('submitted_at', 'text'),
      ).execute();
      await s.createIndex('checklist_results_school_submitted').on('checklist_results').columns(['school_id', 'submitted_at']).execute();
      await s.createIndex('checklist_results_template').on('checklist_results').columns(['school_id', 'template_id', 'submitted_at']).execute();
      await s.createIndex('checklist_results_owner').on('checklist_results').columns(['school_id', 'owner_type', 'owner_id', 'submitted_at']).execute();
      await s.createIndex('checklist_results_started_by').on('checklist_results').columns(['school_id', 'started_by']).execute();
      // A result is corrected at most once: the chain stays a line, never a tree.
      await s
        .createIndex('checklist_results_one_correction')
        .unique()
        .on('checklist_results')
        .column('corrects_result_id')
        .where(sql.ref('corrects_result_id'), 'is not', null)
        .execute();

      await withId(s.createTable('checklist_result_items'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('result_id', 'integer', (c) => c.notNull().references('checklist_results.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('item_key', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('item_type', 'text', (c) => c.notNull())
        .addColumn('answer', 'text')
        .addColumn('remark', 'text')
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('repair_request_id', 'integer')
        .addColumn('repair_raised_by', 'integer', (c) => c.references('users.id'))
        .addColumn('repair_raised_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('checklist_result_items_key', ['result_id', 'item_key'])
        .execute();
      await s.createIndex('checklist_result_items_school_outcome').on('checklist_result_items').columns(['school_id', 'outcome', 'result_id']).execute();

      // why: schools created before this migration get the same editable defaults as new ones.
      // If the seed ever writes columns added by a later migration, freeze a copy of it here.
      const schools = await (db as unknown as Tx).selectFrom('schools').select('id').orderBy('id').execute();
      for (const school of schools) await seedChecklistTemplates(db as unknown as Tx, school.id);
    },
  };
}
