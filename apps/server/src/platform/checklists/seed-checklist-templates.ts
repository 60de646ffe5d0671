import type { Tx } from '../db/audited-writes.js';
import { nowIso } from '../db/dialect-helpers.js';
import { normalizeChecklistItems } from './checklist-items.js';
import { DEFAULT_CHECKLIST_TEMPLATES } from './default-templates.js';

/**
 * Gives a school the default checklist templates, each published as version 1 and free to edit.
 * A template whose name the school already uses is left alone, so running it twice adds nothing.
 * Runs inside the school's creation (or the migration backfill), whose audit covers these rows.
 */
export async function seedChecklistTemplates(tx: Tx, schoolId: number): Promise<number> {
  const existing = new Set(
    (await tx.selectFrom('checklist_templates').select('name').where('school_id', '=', schoolId).execute()).map((r) => r.name),
  );
  const now = nowIso();
  let added = 0;
  for (const seed of DEFAULT_CHECKLIST_TEMPLATES) {
    if (existing.has(seed.name)) continue;
    const items = JSON.stringify(normalizeChecklistItems(seed.items));
    const template = await tx
      .insertInto('checklist_templates')
      .values({
        school_id: schoolId, name: seed.name, kind: seed.kind, description: seed.description, draft_items: items,
        has_draft_changes: 0, latest_version_no: 1, archived_at: null, created_at: now, updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('checklist_template_versions')
      .values({
        school_id: schoolId, template_id: template.id, version_no: 1, name: seed.name, kind: seed.kind, description: seed.description,
        items, item_count: seed.items.length, published_by: null, published_at: now, created_at: now, updated_at: now,
      })
      .execute();
    added += 1;
  }
  return added;
}
