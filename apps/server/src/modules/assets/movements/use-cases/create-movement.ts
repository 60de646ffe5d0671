import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Actor } from '../../../../platform/authz/actor.js';
import { type Tx, insertAudited } from '../../../../platform/db/audited-writes.js';
import type { Database } from '../../../../platform/db/schema.js';
import { AppError, invalidField } from '../../../../platform/http/errors.js';
import { checkAssetRefs } from '../../asset-references.js';
import { isRealDate } from '../../use-cases/create-assets.js';
import { cardsForDocument } from '../movement-cards.js';
import { type MovementWrite, runMovementWrite } from '../movement-context.js';
import { MOVEMENT_FORM, type MovementKind } from '../movements.labels.js';
import { isMovementManager } from '../movements.policy.js';
import { findMovementRow } from '../movements.repository.js';
import type { CreateMovementBody } from '../movements.schemas.js';
import { addStep } from './movement-doc.js';
import { submitInTx } from './submit-movement.js';

/** DB2026-0001: one counter per school, kind and year, bumped in one statement (shared counter table of card numbers). */
async function reserveMovementCode(tx: Tx, schoolId: number, kind: MovementKind, today: string): Promise<string> {
  const prefix = `${MOVEMENT_FORM[kind].prefix}${today.slice(0, 4)}`;
  const row = await tx.insertInto('asset_number_counters')
    .values({ school_id: schoolId, scope_key: `movement:${prefix}`, last_value: 1 })
    .onConflict((oc) => oc.columns(['school_id', 'scope_key']).doUpdateSet({ last_value: sql<number>`asset_number_counters.last_value + 1` }))
    .returning('last_value').executeTakeFirstOrThrow();
  return `${prefix}-${String(row.last_value).padStart(4, '0')}`;
}

const TARGET_FIELDS: Record<string, string> = { custodianId: 'toCustodianId', departmentId: 'toDepartmentId', roomId: 'toRoomId' };

/** The receiving side must be active people and places of the school; errors name the body's fields. */
async function checkTargets(tx: Tx, schoolId: number, body: CreateMovementBody): Promise<void> {
  try {
    await checkAssetRefs(tx, schoolId, { custodianId: body.toCustodianId, departmentId: body.toDepartmentId, roomId: body.toRoomId });
  } catch (err) {
    const field = err instanceof AppError ? err.fields?.[0] : undefined;
    if (!field) throw err;
    const renamed = TARGET_FIELDS[field.field] ?? field.field;
    throw invalidField(renamed, field.message.replace('使用人', body.kind === 'loan' ? '借用人' : '接收人').replace('使用部门', '接收部门').replace('存放地点', body.kind === 'loan' ? '使用地点' : '接收地点'));
  }
}

/** Per kind: a transfer names where the cards go, a loan its borrower and due date, a store return nothing. */
function checkShape(actor: Actor, body: CreateMovementBody, today: string): CreateMovementBody {
  if (body.expectedDate !== undefined && !isRealDate(body.expectedDate)) throw invalidField('expectedDate', '「预计日期」不是有效日期');
  if (body.kind === 'transfer') {
    if (body.toCustodianId === undefined && body.toDepartmentId === undefined && body.toRoomId === undefined) {
      throw invalidField('toCustodianId', '请选择接收人、接收部门或接收地点');
    }
    if (body.dueDate !== undefined) throw invalidField('dueDate', '调拨单没有「归还期限」');
    return body;
  }
  if (body.kind === 'store_return') {
    const extra = (['toCustodianId', 'toDepartmentId', 'toRoomId', 'dueDate'] as const).find((f) => body[f] !== undefined);
    if (extra) throw invalidField(extra, '退库单交回库房，不需要填写接收方或归还期限');
    return body;
  }
  if (body.toDepartmentId !== undefined) throw invalidField('toDepartmentId', '借用单不需要「接收部门」');
  if (body.dueDate === undefined) throw invalidField('dueDate', '请填写「归还期限」');
  if (!isRealDate(body.dueDate)) throw invalidField('dueDate', '「归还期限」不是有效日期');
  if (body.dueDate < today) throw invalidField('dueDate', '「归还期限」不能早于今天');
  const manager = isMovementManager(actor);
  if (!manager && body.toCustodianId !== undefined && body.toCustodianId !== actor.userId) throw invalidField('toCustodianId', '只能为自己办理借用');
  if (manager && body.toCustodianId === undefined) throw invalidField('toCustodianId', '请选择「借用人」');
  return { ...body, toCustodianId: body.toCustodianId ?? actor.userId };
}

async function createInTx(w: MovementWrite, input: CreateMovementBody): Promise<number> {
  const body = checkShape(w.actor, input, w.today);
  await checkTargets(w.tx, w.schoolId, body);
  const cards = await cardsForDocument(w.tx, w.actor, w.schoolId, body.kind, body.assetIds);
  const code = await reserveMovementCode(w.tx, w.schoolId, body.kind, w.today);
  const doc = await insertAudited(w.tx, w.audit, 'asset_movements', 'asset_movement', {
    school_id: w.schoolId, code, kind: body.kind, status: 'draft', requester_id: w.actor.userId,
    to_custodian_id: body.toCustodianId ?? null, to_department_id: body.toDepartmentId ?? null, to_room_id: body.toRoomId ?? null,
    reason: body.reason.trim(), expected_date: body.expectedDate ?? null, due_date: body.dueDate ?? null,
    needs_approval: 1, low_value_only: cards.every((c) => c.accountingClass === 'low_value') ? 1 : 0,
    submitted_at: null, closed_at: null, last_reminded_on: null,
  });
  // Lines are part of the document just audited; 100 rows × 10 columns stays under bind limits.
  for (let i = 0; i < cards.length; i += 100) {
    await w.tx.insertInto('asset_movement_lines').values(cards.slice(i, i + 100).map((c) => ({
      school_id: w.schoolId, movement_id: doc.id, asset_id: c.id, open_asset_id: c.id,
      from_custodian_id: c.custodianId, from_department_id: c.departmentId, from_room_id: c.roomId, from_status: c.status, from_text: c.fromText,
      return_condition: null, return_note: null,
    }))).execute();
  }
  await addStep(w, doc.id, 'create', null);
  if (body.submit) {
    const row = await findMovementRow(w.tx, { schoolIds: [w.schoolId], involved: null }, doc.id);
    if (row) await submitInTx(w, row, row.version);
  }
  return doc.id;
}

/**
 * 新建调拨单 / 借用单 / 退库单 over one or more cards (a class moving 40 chairs is one document).
 * Each card's current holder is captured on its line; the cards stay where they are until the
 * document is received, lent out or confirmed. `submit: true` submits in the same transaction.
 */
export async function createMovement(db: Kysely<Database>, actor: Actor, body: CreateMovementBody): Promise<number> {
  return runMovementWrite(db, actor, (w) => createInTx(w, body));
}
