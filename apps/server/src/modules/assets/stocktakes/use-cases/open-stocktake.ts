import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../../platform/authz/actor.js';
import { auditContextOf } from '../../../../platform/authz/load-actor.js';
import { insertAudited, runInTransaction, updateAudited } from '../../../../platform/db/audited-writes.js';
import type { Database } from '../../../../platform/db/schema.js';
import { invalidField } from '../../../../platform/http/errors.js';
import { takeSnapshot } from '../snapshot.repository.js';
import { SCOPE_KIND_LABELS } from '../stocktakes.labels.js';
import { type Conn, scopeNames } from '../stocktakes.repository.js';
import type { OpenStocktakeBody } from '../stocktakes.schemas.js';

async function checkCounters(db: Conn, schoolId: number, ids: number[]): Promise<void> {
  const rows = await db.selectFrom('users').select('id').where('school_id', '=', schoolId).where('active', '=', 1).where('id', 'in', ids).execute();
  const known = new Set(rows.map((r) => r.id));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined) throw invalidField('counterIds', `「盘点人」编号 ${unknown} 不是本校在用的账号`);
}

async function checkScope(db: Conn, schoolId: number, body: OpenStocktakeBody): Promise<number[]> {
  if (body.scopeKind === 'school') {
    if (body.scopeIds?.length) throw invalidField('scopeIds', '全校盘点不需要选择范围');
    return [];
  }
  const ids = [...new Set(body.scopeIds ?? [])];
  const label = SCOPE_KIND_LABELS[body.scopeKind];
  if (ids.length === 0) throw invalidField('scopeIds', `请选择要盘点的${label}`);
  const known = await scopeNames(db, schoolId, body.scopeKind, ids);
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined) throw invalidField('scopeIds', `「${label}」编号 ${unknown} 不存在`);
  return ids;
}

/**
 * Opens a stocktake: records the scope and counters, and snapshots every card on the books in
 * the scope with where and with whom it should be. Counting starts at once.
 */
export async function openStocktake(db: Kysely<Database>, actor: Actor, body: OpenStocktakeBody): Promise<number> {
  const schoolId = writableSchoolId(actor);
  const counterIds = [...new Set(body.counterIds)];
  return runInTransaction(db, async (tx) => {
    const scopeIds = await checkScope(tx, schoolId, body);
    await checkCounters(tx, schoolId, counterIds);
    const ctx = auditContextOf(actor);
    const row = await insertAudited(tx, ctx, 'asset_stocktakes', 'asset_stocktake', {
      school_id: schoolId, name: body.name.trim(), scope_kind: body.scopeKind, scope_ids: scopeIds.length ? JSON.stringify(scopeIds) : null,
      status: 'counting', expected_count: 0, expected_value_fen: 0, note: body.note?.trim() || null, created_by: actor.userId,
    });
    await tx.insertInto('asset_stocktake_counters').values(counterIds.map((userId) => ({ school_id: schoolId, stocktake_id: row.id, user_id: userId }))).execute();
    const snap = await takeSnapshot(tx, schoolId, row.id, body.scopeKind, scopeIds);
    if (snap.count === 0) throw invalidField(body.scopeKind === 'school' ? 'scopeKind' : 'scopeIds', '所选范围内没有在账的资产，无需盘点');
    // The totals belong to the row just created: one audited update at version 1.
    await updateAudited(tx, ctx, {
      table: 'asset_stocktakes', entity: 'asset_stocktake', label: '盘点', id: row.id, schoolIds: [schoolId], version: 1,
      patch: { expected_count: snap.count, expected_value_fen: snap.valueFen }, action: 'snapshot',
    });
    return row.id;
  });
}
