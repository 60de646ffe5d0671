import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeSchool } from '../../../test/factories.js';
import { type TestDb, createTestDb } from '../../../test/test-db.js';
import { migrateToLatest } from '../db/migrate.js';
import { checklistsMigration } from '../db/migrations/2026-11-21-0110-checklists.js';
import { DEFAULT_CHECKLIST_TEMPLATES } from './default-templates.js';

describe('checklist migration backfill', () => {
  let t: TestDb;
  before(async () => { t = await createTestDb(); });
  after(async () => { await t.dispose(); });

  it('gives schools that existed before the migration the default templates, published as version 1', async () => {
    await migrateToLatest(t.db);
    const schoolId = await makeSchool(t.db, '老学校', 'LXX');
    // why: undoes this one migration's tables and runs its step again over a school that predates it
    // (directly: later migrations have run, so the migrator would refuse to re-run a middle one).
    const k = t.db.kysely;
    for (const table of ['checklist_result_items', 'checklist_results', 'checklist_template_versions', 'checklist_templates'] as const) {
      // Later tables (maintenance plans) reference the templates; PostgreSQL needs to be told to drop those keys.
      const drop = k.schema.dropTable(table);
      await (t.db.dialect === 'postgres' ? drop.cascade() : drop).execute();
    }
    await checklistsMigration(t.db.dialect).up(k as never);

    const templates = await k.selectFrom('checklist_templates').select(['name', 'latest_version_no', 'has_draft_changes'])
      .where('school_id', '=', schoolId).orderBy('id').execute();
    assert.deepEqual(templates.map((r) => r.name), DEFAULT_CHECKLIST_TEMPLATES.map((d) => d.name));
    assert.ok(templates.every((r) => r.latest_version_no === 1 && r.has_draft_changes === 0));
    const versions = await k.selectFrom('checklist_template_versions').select(['version_no', 'item_count']).where('school_id', '=', schoolId).execute();
    assert.equal(versions.length, 8);
    assert.ok(versions.every((v) => v.version_no === 1 && v.item_count >= 4 && v.item_count <= 8));
  });
});
