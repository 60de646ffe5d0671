import type { Kysely } from 'kysely';
import { type Actor, hasPermission, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { readSchoolId } from '../../../platform/authz/read-scope.js';
import { type Tx, runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import { nowIso } from '../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../platform/db/schema.js';
import { invalidField } from '../../../platform/http/errors.js';
import { type CompensationRule, DEFAULT_COMPENSATION } from '../damages/compensation.js';
import { DAMAGE_CAUSE_LABELS, DAMAGE_CAUSES } from '../damages/damages.labels.js';
import { type ApprovalTier, DEFAULT_TIERS, tierProblem } from './approval-chain.js';
import { DISPOSAL_STEP_LABELS, LEGAL_CONDITIONS, LEGAL_CONDITION_LABELS, type LegalCondition } from './disposals.labels.js';
import type { DisposalSettingsBody, DisposalSettingsDto } from './disposals.schemas.js';

type Conn = Kysely<Database> | Tx;

export interface DisposalSettings {
  tiers: ApprovalTier[];
  landBuildingTopTier: boolean;
  appraisalConditions: LegalCondition[];
  compensation: CompensationRule;
  version: number;
}

/** Condition (1) 技术原因淘汰 is exactly what a technical appraisal (技术鉴定) answers, so it needs one by default. */
const DEFAULT_APPRAISAL: LegalCondition[] = ['obsolete'];

/** The school's settings, seeded with the §2.7 example on first use (safe to race: a second insert is ignored). */
export async function loadDisposalSettings(db: Conn, schoolId: number): Promise<DisposalSettings> {
  let row = await db.selectFrom('asset_disposal_settings').selectAll().where('school_id', '=', schoolId).executeTakeFirst();
  if (!row) {
    const now = nowIso();
    await db.insertInto('asset_disposal_settings').values({
      school_id: schoolId, tiers: JSON.stringify(DEFAULT_TIERS), land_building_top_tier: 1,
      appraisal_conditions: JSON.stringify(DEFAULT_APPRAISAL), compensation: JSON.stringify(DEFAULT_COMPENSATION), created_at: now, updated_at: now,
    }).onConflict((oc) => oc.column('school_id').doNothing()).execute();
    row = await db.selectFrom('asset_disposal_settings').selectAll().where('school_id', '=', schoolId).executeTakeFirstOrThrow();
  }
  return {
    tiers: JSON.parse(row.tiers) as ApprovalTier[],
    landBuildingTopTier: row.land_building_top_tier === 1,
    appraisalConditions: JSON.parse(row.appraisal_conditions) as LegalCondition[],
    compensation: JSON.parse(row.compensation) as CompensationRule,
    version: row.version,
  };
}

function present(actor: Actor, schoolId: number, s: DisposalSettings): DisposalSettingsDto {
  return {
    schoolId,
    tiers: [...s.tiers].sort((a, b) => a.minFen - b.minFen).map((t) => ({ minFen: t.minFen, approvals: t.approvals, approvalLabels: t.approvals.map((a) => DISPOSAL_STEP_LABELS[a]) })),
    landBuildingTopTier: s.landBuildingTopTier,
    appraisalConditions: s.appraisalConditions,
    conditions: LEGAL_CONDITIONS.map((key) => ({ key, label: LEGAL_CONDITION_LABELS[key] })),
    compensation: {
      ratios: DAMAGE_CAUSES.map((cause) => ({ cause, label: DAMAGE_CAUSE_LABELS[cause], pct: s.compensation.ratios[cause] ?? 0 })),
      minimumFen: s.compensation.minimumFen, rounding: s.compensation.rounding,
    },
    version: s.version,
    abilities: { update: actor.schoolId === schoolId && hasPermission(actor, 'asset_settings', 'update') },
  };
}

export async function showDisposalSettings(db: Kysely<Database>, actor: Actor, schoolId?: number): Promise<DisposalSettingsDto> {
  const id = readSchoolId(actor, schoolId);
  return present(actor, id, await loadDisposalSettings(db, id));
}

/** Saves tiers, the appraisal rule and the compensation ratios; requests already submitted keep their chain. */
export async function updateDisposalSettings(db: Kysely<Database>, actor: Actor, body: DisposalSettingsBody): Promise<DisposalSettingsDto> {
  const schoolId = writableSchoolId(actor);
  const tiers = body.tiers.map((t) => ({ minFen: t.minFen, approvals: [...new Set(t.approvals)] }));
  const problem = tierProblem(tiers);
  if (problem) throw invalidField('tiers', problem);
  const ratios = Object.fromEntries(DAMAGE_CAUSES.map((c) => [c, body.compensation.ratios.find((r) => r.cause === c)?.pct ?? 0]));
  await runInTransaction(db, async (tx) => {
    await loadDisposalSettings(tx, schoolId);
    const row = await tx.selectFrom('asset_disposal_settings').select('id').where('school_id', '=', schoolId).executeTakeFirstOrThrow();
    await updateAudited(tx, auditContextOf(actor), {
      table: 'asset_disposal_settings', entity: 'asset_disposal_settings', label: '报废与赔偿设置', id: row.id, schoolIds: [schoolId], version: body.version,
      patch: {
        tiers: JSON.stringify(tiers), land_building_top_tier: body.landBuildingTopTier ? 1 : 0,
        appraisal_conditions: JSON.stringify([...new Set(body.appraisalConditions)]),
        compensation: JSON.stringify({ ratios, minimumFen: body.compensation.minimumFen, rounding: body.compensation.rounding }),
      },
    });
  });
  return showDisposalSettings(db, actor);
}
