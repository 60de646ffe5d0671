import { type Kysely, sql } from 'kysely';
import { type Actor, writableSchoolId } from '../../../../platform/authz/actor.js';
import type { DialectName } from '../../../../platform/db/database.js';
import { containsInsensitive } from '../../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../../platform/db/schema.js';
import { ASSET_STATUS_LABELS, labelOf } from '../../assets.labels.js';
import { locationOf } from '../../assets.presenter.js';
import { assetBase, assetScopeOf, withAssetColumns } from '../../assets.repository.js';
import { blockedReason } from '../movement-cards.js';
import { labelOfKind } from '../movements.labels.js';
import { isMovementManager } from '../movements.policy.js';
import { busyCards } from '../movements.repository.js';
import type { CandidateDto, CandidateQuery } from '../movements.schemas.js';

/**
 * Cards to pick for a new document, by number, name or room ("all cards in a room"). Managers pick
 * from the whole school; a teacher sends away what they hold and borrows from idle cards. Each card
 * says why it cannot be picked now, so the form can grey it out instead of failing on submit.
 */
export async function movementCandidates(db: Kysely<Database>, dialect: DialectName, actor: Actor, q: CandidateQuery): Promise<{ items: CandidateDto[] }> {
  const schoolId = writableSchoolId(actor);
  const manager = isMovementManager(actor);
  const scope = manager || q.kind === 'loan' ? { schoolIds: [schoolId], own: null } : { ...assetScopeOf(actor), schoolIds: [schoolId] };
  let query = withAssetColumns(assetBase(db, scope)).where('a.status', '!=', 'disposed');
  if (!manager && q.kind === 'loan') query = query.where('a.status', '=', 'idle');
  if (q.roomId !== undefined) query = query.where('a.room_id', '=', q.roomId);
  const needle = q.q?.trim();
  if (needle) query = query.where(containsInsensitive(dialect, sql.ref('a.search_text'), needle.toLowerCase()));
  const rows = await query.orderBy('a.code').orderBy('a.id').limit(q.limit ?? 100).execute();
  const busy = new Map((await busyCards(db, schoolId, rows.map((r) => r.id), null)).map((b) => [b.asset_id, b]));
  return {
    items: rows.map((r) => {
      const b = busy.get(r.id);
      return {
        id: r.id, code: r.code, name: r.name, specModel: r.spec_model, status: r.status, statusLabel: labelOf(ASSET_STATUS_LABELS, r.status) ?? r.status,
        location: locationOf(r), custodianName: r.custodian_name,
        blockedReason: blockedReason(q.kind, r.status) ?? (b ? `已在${labelOfKind(b.kind)}单 ${b.code} 中` : null),
      };
    }),
  };
}
