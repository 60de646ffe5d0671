import type { Kysely } from 'kysely';
import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import type { Tx } from '../../../platform/db/audited-writes.js';
import type { Db } from '../../../platform/db/database.js';
import type { Database } from '../../../platform/db/schema.js';
import { invalidField } from '../../../platform/http/errors.js';
import { targetTextOf } from '../maintenance.presenter.js';
import type { FromTemplateBody, PlanDto, ScheduleInput, TemplateDto } from '../maintenance.schemas.js';
import { ensureAssetDefaults } from '../../assets/asset-defaults.js';
import { assetsOfCategory } from '../maintenance-assets.repository.js';
import { PLAN_TEMPLATES, type PlanTemplate, planTemplate } from '../plan-templates.js';
import { HOLIDAY_POLICY_LABELS, describeSchedule } from '../recurrence.js';
import { createPlan } from './save-plan.js';
import { schoolCalendarOf } from './next-due.js';

type Conn = Kysely<Database> | Tx;

/** The school's published checklists and categories by name, to link templates to them. */
async function namedRefs(db: Conn, schoolId: number) {
  const checklists = await db.selectFrom('checklist_templates').select(['id', 'name']).where('school_id', '=', schoolId)
    .where('archived_at', 'is', null).where('latest_version_no', '>', 0).execute();
  const categories = await db.selectFrom('repair_categories').select(['id', 'name']).where('school_id', '=', schoolId).where('active', '=', 1).execute();
  const used = await db.selectFrom('maintenance_plans').select('template_key').where('school_id', '=', schoolId).where('template_key', 'is not', null).execute();
  return {
    checklist: new Map(checklists.map((c) => [c.name, c.id])), category: new Map(categories.map((c) => [c.name, c.id])),
    used: new Set(used.map((u) => u.template_key)),
  };
}

/**
 * The asset category a template targets in this school, when the school has cards of it on the books;
 * otherwise the template stays a whole-school job (a school that has not entered its 空调 yet must
 * still get the reminder).
 */
async function assetCategoryFor(db: Conn, schoolId: number, t: PlanTemplate): Promise<{ id: number; name: string } | null> {
  if (t.targetType !== 'asset_category' || t.assetCategoryCode === null) return null;
  await ensureAssetDefaults(db, schoolId);
  const c = await db.selectFrom('asset_categories').select(['id', 'name']).where('school_id', '=', schoolId).where('code', '=', t.assetCategoryCode)
    .where('active', '=', 1).executeTakeFirst();
  if (!c || (await assetsOfCategory(db, schoolId, c.id)).length === 0) return null;
  return c;
}

export async function listPlanTemplates(db: Conn, schoolId: number): Promise<TemplateDto[]> {
  const refs = await namedRefs(db, schoolId);
  const out: TemplateDto[] = [];
  for (const t of PLAN_TEMPLATES) {
    const checklistId = t.checklistName ? refs.checklist.get(t.checklistName) ?? null : null;
    const assetCategory = await assetCategoryFor(db, schoolId, t);
    const targetType = t.targetType === 'asset_category' && !assetCategory ? 'school' : t.targetType;
    out.push({
      key: t.key, name: t.name, description: t.description, targetType,
      targetText: targetTextOf({ target_type: targetType, room_type: t.roomType, grouping: t.grouping }, [], { assets: [], category: assetCategory }),
      roomType: t.roomType, assetCategoryName: assetCategory?.name ?? null,
      grouping: t.grouping, schedule: t.schedule, scheduleText: describeSchedule(t.schedule), holidayPolicy: t.holidayPolicy,
      holidayPolicyLabel: HOLIDAY_POLICY_LABELS[t.holidayPolicy], leadDays: t.leadDays, checklistTemplateId: checklistId,
      checklistTemplateName: checklistId !== null ? t.checklistName : null, categoryName: t.categoryName, source: t.source, alreadyUsed: refs.used.has(t.key),
    });
  }
  return out;
}

/** 从模板新建: the template's rule, targets and checklist, starting today unless told otherwise. */
export async function createPlanFromTemplate(db: Db, actor: Actor, body: FromTemplateBody): Promise<PlanDto> {
  const schoolId = writableSchoolId(actor);
  const t = planTemplate(body.templateKey);
  if (!t) throw invalidField('templateKey', '「模板」不存在');
  const refs = await namedRefs(db.kysely, schoolId);
  const today = (await schoolCalendarOf(db.kysely, schoolId)).cal.localDateOf(new Date());
  const assetCategory = await assetCategoryFor(db.kysely, schoolId, t);
  return createPlan(db, actor, {
    name: body.name ?? t.name, description: t.description, targetType: t.targetType === 'asset_category' && !assetCategory ? 'school' : t.targetType,
    roomType: t.roomType, assetCategoryId: assetCategory?.id ?? null, grouping: t.grouping,
    checklistTemplateId: t.checklistName ? refs.checklist.get(t.checklistName) ?? null : null, categoryId: refs.category.get(t.categoryName) ?? null,
    schedule: t.schedule as ScheduleInput, holidayPolicy: t.holidayPolicy, leadDays: t.leadDays, startDate: body.startDate ?? today,
    assigneeId: body.assigneeId ?? null, teamId: body.teamId ?? null,
  }, t.key);
}
