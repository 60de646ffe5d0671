import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeSchool } from '../../../test/factories.js';
import { type TestDb, createTestDb } from '../../../test/test-db.js';
import { migrateToLatest } from '../db/migrate.js';
import { DEFAULT_CHECKLIST_TEMPLATES } from './default-templates.js';

const MIGRATION = '2026-11-21-0110-checklists';

describe('checklist migration backfill', () => {
  let t: TestDb;
  before(async () => { t = await createTestDb(); });
  after(async () => { await t.dispose(); });

  it('gives schools that existed before the migration the default templates, published as version 1', async () => {
    await migrateToLatest(t.db);
    const schoolId = await makeSchool(t.db, '老学校', 'LXX');
    // why: rewinds this one migration so it runs again over a school that predates it.
    const k = t.db.kysely;
    for (const table of ['checklist_result_items', 'checklist_results', 'checklist_template_versions', 'checklist_templates'] as const) {
      await k.schema.dropTable(table).execute();
    }
    await k.deleteFrom('kysely_migration' as never).where('name' as never, '=', MIGRATION as never).execute();
    assert.deepEqual(await migrateToLatest(t.db), [MIGRATION]);

    const templates = await k.selectFrom('checklist_templates').select(['name', 'latest_version_no', 'has_draft_changes'])
      .where('school_id', '=', schoolId).orderBy('id').execute();
    assert.deepEqual(templates.map((r) => r.name), DEFAULT_CHECKLIST_TEMPLATES.map((d) => d.name));
    assert.ok(templates.every((r) => r.latest_version_no === 1 && r.has_draft_changes === 0));
    const versions = await k.selectFrom('checklist_template_versions').select(['version_no', 'item_count']).where('school_id', '=', schoolId).execute();
    assert.equal(versions.length, 8);
    assert.ok(versions.every((v) => v.version_no === 1 && v.item_count >= 4 && v.item_count <= 8));
  });
});
