import type { Kysely } from 'kysely';
import type { DialectName } from '../database.js';
import { withId, withVersioning } from '../dialect-helpers.js';

/**
 * 期初清点: check rounds, the rooms of each round, and every submitted result with its lines.
 * Submissions and lines are append-only (a correction is a new submission).
 */
export function assetRoomChecksMigration(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await withVersioning(
        withId(s.createTable('asset_check_rounds'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('term_id', 'integer', (c) => c.references('terms.id'))
          .addColumn('due_date', 'text', (c) => c.notNull())
          .addColumn('building_ids', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('created_by', 'integer', (c) => c.references('users.id')),
      ).execute();
      await s.createIndex('asset_check_rounds_school').on('asset_check_rounds').columns(['school_id', 'id']).execute();

      await withVersioning(
        withId(s.createTable('asset_check_rooms'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('round_id', 'integer', (c) => c.notNull().references('asset_check_rounds.id'))
          .addColumn('room_id', 'integer', (c) => c.notNull().references('rooms.id'))
          .addColumn('expected_count', 'integer', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('present_count', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('missing_count', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('damaged_count', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('extra_count', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('last_submission_id', 'integer')
          .addColumn('submitted_at', 'text')
          .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
          .addUniqueConstraint('asset_check_rooms_round_room', ['round_id', 'room_id']),
      ).execute();
      await s.createIndex('asset_check_rooms_room').on('asset_check_rooms').columns(['school_id', 'room_id']).execute();

      await withId(s.createTable('asset_check_submissions'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('check_id', 'integer', (c) => c.notNull().references('asset_check_rooms.id'))
        .addColumn('submitted_by', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('submitted_by_name', 'text', (c) => c.notNull())
        .addColumn('submitted_at', 'text', (c) => c.notNull())
        .addColumn('signature_file_id', 'integer', (c) => c.notNull().references('files.id'))
        .addColumn('note', 'text')
        .addColumn('extras', 'text', (c) => c.notNull())
        .addColumn('present_count', 'integer', (c) => c.notNull())
        .addColumn('missing_count', 'integer', (c) => c.notNull())
        .addColumn('damaged_count', 'integer', (c) => c.notNull())
        .execute();
      await s.createIndex('asset_check_submissions_check').on('asset_check_submissions').columns(['school_id', 'check_id']).execute();

      await withId(s.createTable('asset_check_lines'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('submission_id', 'integer', (c) => c.notNull().references('asset_check_submissions.id'))
        .addColumn('asset_id', 'integer', (c) => c.notNull().references('assets.id'))
        .addColumn('present', 'integer', (c) => c.notNull())
        .addColumn('condition', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('photo_file_id', 'integer', (c) => c.references('files.id'))
        .execute();
      await s.createIndex('asset_check_lines_submission').on('asset_check_lines').columns(['school_id', 'submission_id']).execute();
    },
  };
}
