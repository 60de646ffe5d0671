import type { Kysely } from 'kysely';
import { type Actor, hasPermission, writableSchoolId } from '../../../../platform/authz/actor.js';
import { auditContextOf } from '../../../../platform/authz/load-actor.js';
import { type Tx, insertAudited, runInTransaction, updateAudited } from '../../../../platform/db/audited-writes.js';
import type { Database } from '../../../../platform/db/schema.js';
import { invalidField, staleVersion } from '../../../../platform/http/errors.js';
import type { MovementSettingsDto, PutMovementSettingsBody } from '../movements.schemas.js';

type Conn = Kysely<Database> | Tx;

export interface MovementSettings { id: number | null; lowValueNeedsApproval: boolean; storeRoomId: number | null; version: number }

/** The school's movement settings; a school that never saved them gets the defaults (version 0). */
export async function movementSettingsOf(db: Conn, schoolId: number): Promise<MovementSettings> {
  const row = await db.selectFrom('asset_movement_settings').selectAll().where('school_id', '=', schoolId).executeTakeFirst();
  if (!row) return { id: null, lowValueNeedsApproval: true, storeRoomId: null, version: 0 };
  return { id: row.id, lowValueNeedsApproval: row.low_value_needs_approval === 1, storeRoomId: row.store_room_id, version: row.version };
}

export async function showMovementSettings(db: Kysely<Database>, actor: Actor): Promise<MovementSettingsDto> {
  const schoolId = writableSchoolId(actor);
  const s = await movementSettingsOf(db, schoolId);
  const room = s.storeRoomId === null ? undefined
    : await db.selectFrom('rooms').select('name').where('school_id', '=', schoolId).where('id', '=', s.storeRoomId).executeTakeFirst();
  return {
    lowValueNeedsApproval: s.lowValueNeedsApproval, storeRoomId: s.storeRoomId, storeRoomName: room?.name ?? null, version: s.version,
    abilities: { update: hasPermission(actor, 'asset_settings', 'update') },
  };
}

/** Saves the settings at `version` (0 for the first save). */
export async function saveMovementSettings(db: Kysely<Database>, actor: Actor, body: PutMovementSettingsBody): Promise<void> {
  const schoolId = writableSchoolId(actor);
  await runInTransaction(db, async (tx) => {
    if (body.storeRoomId !== null) {
      const room = await tx.selectFrom('rooms').select('id').where('school_id', '=', schoolId).where('id', '=', body.storeRoomId).where('active', '=', 1).executeTakeFirst();
      if (!room) throw invalidField('storeRoomId', '「库房」不存在或已停用');
    }
    const current = await movementSettingsOf(tx, schoolId);
    if (current.version !== body.version) throw staleVersion('调拨借用设置');
    const values = { low_value_needs_approval: body.lowValueNeedsApproval ? 1 : 0, store_room_id: body.storeRoomId };
    const ctx = auditContextOf(actor);
    if (current.id === null) await insertAudited(tx, ctx, 'asset_movement_settings', 'asset_movement_settings', { school_id: schoolId, ...values });
    else await updateAudited(tx, ctx, { table: 'asset_movement_settings', entity: 'asset_movement_settings', label: '调拨借用设置', id: current.id, schoolIds: [schoolId], version: body.version, patch: values });
  });
}
