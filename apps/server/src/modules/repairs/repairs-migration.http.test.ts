import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Migration, Migrator } from 'kysely';
import { createTestDb } from '../../../test/test-db.js';
import { migrateToLatest, runMigrations } from '../../platform/db/migrate.js';
import { foundationMigration } from '../../platform/db/migrations/2026-11-21-0001-foundation.js';
import { qrOneCodePerTargetMigration } from '../../platform/db/migrations/2026-11-21-0020-qr-one-code-per-target.js';
import { DEFAULT_WORK_HOURS } from '../calendar/work-hours.js';
import { DEFAULT_CATEGORIES } from './repairs.labels.js';
import { parseSlaPolicy, DEFAULT_SLA_POLICY } from './sla-policy.js';

describe('repairs migration', () => {
  it('gives schools that existed before it the same repair defaults a new school gets', async () => {
    const t = await createTestDb();
    try {
      const db = t.db;
      const before: Record<string, Migration> = {
        '2026-11-21-0001-foundation': foundationMigration(db.dialect),
        '2026-11-21-0020-qr-one-code-per-target': qrOneCodePerTargetMigration(),
      };
      const migrator = new Migrator({ db: db.kysely, provider: { getMigrations: async () => before }, ...(db.pgSchema ? { migrationTableSchema: db.pgSchema } : {}) });
      await runMigrations(migrator);
      const now = new Date().toISOString();
      const ids: number[] = [];
      for (const code of ['OLD1', 'OLD2']) {
        const row = await db.kysely.insertInto('schools').values({
          district_id: null, name: `老学校${code}`, code, timezone: 'Asia/Shanghai', address: null, work_hours: JSON.stringify(DEFAULT_WORK_HOURS), created_at: now, updated_at: now,
        }).returning('id').executeTakeFirstOrThrow();
        ids.push(row.id);
      }
      assert.ok((await migrateToLatest(db)).includes('2026-11-21-0100-repairs'));
      for (const id of ids) {
        const categories = await db.kysely.selectFrom('repair_categories').select('name').where('school_id', '=', id).orderBy('sort').execute();
        assert.deepEqual(categories.map((c) => c.name), [...DEFAULT_CATEGORIES]);
        const settings = await db.kysely.selectFrom('repair_settings').selectAll().where('school_id', '=', id).executeTakeFirstOrThrow();
        assert.deepEqual(parseSlaPolicy(settings.sla_policy), DEFAULT_SLA_POLICY);
        assert.deepEqual([settings.photo_rule, settings.auto_confirm_days, settings.auto_convert, settings.repeat_window_days, settings.version], ['except_urgent', 7, 1, 30, 1]);
      }
    } finally {
      await t.dispose();
    }
  });
});
