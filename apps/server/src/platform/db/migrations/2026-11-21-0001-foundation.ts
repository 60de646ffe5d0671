import type { Kysely } from 'kysely';
import type { DialectName } from '../database.js';
import { withId, withVersioning } from '../dialect-helpers.js';

/** Organisation, accounts, calendar, QR codes, files, audit, notifications. */
export function foundationMigration(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await withId(s.createTable('districts'), dialect)
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await withVersioning(
        withId(s.createTable('schools'), dialect)
          .addColumn('district_id', 'integer', (c) => c.references('districts.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('code', 'text', (c) => c.notNull().unique())
          .addColumn('timezone', 'text', (c) => c.notNull())
          .addColumn('address', 'text')
          .addColumn('work_hours', 'text', (c) => c.notNull()),
      ).execute();
      await s.createIndex('schools_district').on('schools').column('district_id').execute();

      await withVersioning(
        withId(s.createTable('campuses'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('address', 'text')
          .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
          .addUniqueConstraint('campuses_school_name', ['school_id', 'name']),
      ).execute();

      await withVersioning(
        withId(s.createTable('buildings'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('campus_id', 'integer', (c) => c.notNull().references('campuses.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('code', 'text')
          .addColumn('floors_above', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('floors_below', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
          .addUniqueConstraint('buildings_campus_name', ['school_id', 'campus_id', 'name']),
      ).execute();

      await withVersioning(
        withId(s.createTable('departments'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('leader_user_id', 'integer')
          .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
          .addUniqueConstraint('departments_school_name', ['school_id', 'name']),
      ).execute();

      await withVersioning(
        withId(s.createTable('users'), dialect)
          .addColumn('school_id', 'integer', (c) => c.references('schools.id'))
          .addColumn('district_id', 'integer', (c) => c.references('districts.id'))
          .addColumn('staff_no', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('phone', 'text', (c) => c.unique())
          .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('failed_login_count', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('locked_until', 'text')
          .addColumn('last_login_at', 'text')
          .addUniqueConstraint('users_school_staff_no', ['school_id', 'staff_no']),
      ).execute();
      await s.createIndex('users_staff_no').on('users').column('staff_no').execute();
      await s.createIndex('users_school_name').on('users').columns(['school_id', 'name']).execute();

      await s
        .createTable('user_roles')
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('school_id', 'integer', (c) => c.references('schools.id'))
        .addColumn('role_key', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role_key'])
        .execute();
      await s.createIndex('user_roles_school_role').on('user_roles').columns(['school_id', 'role_key']).execute();

      await withVersioning(
        withId(s.createTable('role_settings'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('role_key', 'text', (c) => c.notNull())
          .addColumn('data_scope', 'text', (c) => c.notNull())
          .addColumn('permissions', 'text', (c) => c.notNull())
          .addUniqueConstraint('role_settings_school_role', ['school_id', 'role_key']),
      ).execute();

      await withVersioning(
        withId(s.createTable('rooms'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('campus_id', 'integer', (c) => c.notNull().references('campuses.id'))
          .addColumn('building_id', 'integer', (c) => c.references('buildings.id'))
          .addColumn('floor', 'integer')
          .addColumn('code', 'text')
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('room_type', 'text', (c) => c.notNull())
          .addColumn('capacity', 'integer')
          .addColumn('area_m2', 'real')
          .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
          .addColumn('keeper_user_id', 'integer', (c) => c.references('users.id'))
          .addColumn('note', 'text')
          .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
          .addUniqueConstraint('rooms_school_campus_building_name', ['school_id', 'campus_id', 'building_id', 'name']),
      ).execute();
      await s.createIndex('rooms_school_building_floor').on('rooms').columns(['school_id', 'building_id', 'floor', 'name']).execute();
      await s.createIndex('rooms_school_type').on('rooms').columns(['school_id', 'room_type', 'name']).execute();
      // The rooms page filters by building and type together (a floor of classrooms).
      await s.createIndex('rooms_school_building_type').on('rooms').columns(['school_id', 'building_id', 'room_type', 'name']).execute();
      await s.createIndex('rooms_school_name').on('rooms').columns(['school_id', 'name']).execute();

      await withVersioning(
        withId(s.createTable('grades'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
          .addUniqueConstraint('grades_school_name', ['school_id', 'name']),
      ).execute();

      await withVersioning(
        withId(s.createTable('classes'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('grade_id', 'integer', (c) => c.notNull().references('grades.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('head_teacher_id', 'integer', (c) => c.references('users.id'))
          .addColumn('room_id', 'integer', (c) => c.references('rooms.id'))
          .addUniqueConstraint('classes_grade_name', ['school_id', 'grade_id', 'name']),
      ).execute();

      await s
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('ip', 'text')
        .addColumn('user_agent', 'text')
        .execute();
      await s.createIndex('sessions_user').on('sessions').column('user_id').execute();

      await withId(s.createTable('audit_events'), dialect)
        .addColumn('school_id', 'integer')
        .addColumn('actor_id', 'integer')
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('ip', 'text')
        .execute();
      await s.createIndex('audit_school_entity').on('audit_events').columns(['school_id', 'entity', 'entity_id', 'id']).execute();
      await s.createIndex('audit_school_at').on('audit_events').columns(['school_id', 'at']).execute();
      await s.createIndex('audit_actor').on('audit_events').columns(['actor_id', 'at']).execute();

      await withVersioning(
        withId(s.createTable('school_years'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('start_date', 'text', (c) => c.notNull())
          .addColumn('end_date', 'text', (c) => c.notNull())
          .addUniqueConstraint('school_years_school_name', ['school_id', 'name']),
      ).execute();

      await withVersioning(
        withId(s.createTable('terms'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('school_year_id', 'integer', (c) => c.notNull().references('school_years.id').onDelete('cascade'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('start_date', 'text', (c) => c.notNull())
          .addColumn('end_date', 'text', (c) => c.notNull())
          .addColumn('week1_start', 'text', (c) => c.notNull()),
      ).execute();
      await s.createIndex('terms_school_dates').on('terms').columns(['school_id', 'start_date']).execute();

      await withId(s.createTable('calendar_days'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addUniqueConstraint('calendar_days_school_date', ['school_id', 'date'])
        .execute();

      await withId(s.createTable('qr_batches'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('created_by', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await withVersioning(
        withId(s.createTable('qr_codes'), dialect)
          .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
          .addColumn('code', 'text', (c) => c.notNull().unique())
          .addColumn('batch_id', 'integer', (c) => c.references('qr_batches.id'))
          .addColumn('target_type', 'text')
          .addColumn('target_id', 'integer')
          .addColumn('linked_at', 'text'),
      ).execute();
      await s.createIndex('qr_codes_target').on('qr_codes').columns(['school_id', 'target_type', 'target_id']).execute();
      await s.createIndex('qr_codes_batch').on('qr_codes').columns(['school_id', 'batch_id']).execute();

      await withId(s.createTable('files'), dialect)
        .addColumn('school_id', 'integer', (c) => c.notNull().references('schools.id'))
        .addColumn('owner_type', 'text', (c) => c.notNull())
        .addColumn('owner_id', 'integer', (c) => c.notNull())
        .addColumn('original_name', 'text', (c) => c.notNull())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('storage_key', 'text', (c) => c.notNull())
        .addColumn('thumb_key', 'text')
        .addColumn('width', 'integer')
        .addColumn('height', 'integer')
        .addColumn('created_by', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await s.createIndex('files_owner').on('files').columns(['school_id', 'owner_type', 'owner_id']).execute();

      await withId(s.createTable('notifications'), dialect)
        .addColumn('school_id', 'integer')
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('link', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('read_at', 'text')
        .execute();
      await s.createIndex('notifications_user').on('notifications').columns(['user_id', 'read_at', 'id']).execute();

      await s
        .createTable('job_leases')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
