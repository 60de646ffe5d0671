import { type Actor, writableSchoolId } from '../../../platform/authz/actor.js';
import { auditContextOf } from '../../../platform/authz/load-actor.js';
import { type Tx, deleteAudited, insertAudited, runInTransaction, updateAudited } from '../../../platform/db/audited-writes.js';
import type { Db } from '../../../platform/db/database.js';
import { translateDbError } from '../../../platform/http/db-errors.js';
import { invalidField, platformError } from '../../../platform/http/errors.js';
import { resolveTarget } from '../../repairs/use-cases/resolve-target.js';
import { activeRoomIds } from '../maintenance.repository.js';
import { activeAssetCategory, assetIdsOnBooks, replaceAssetTargets } from '../maintenance-assets.repository.js';
import type { CreatePlanBody, PlanDto, UpdatePlanBody } from '../maintenance.schemas.js';
import { checkDateSpan, parseSchedule, scheduleOf } from '../schedule-input.js';
import { loadPlanDto } from './load-plans.js';
import { schoolCalendarOf } from './next-due.js';

const LABEL = '保养计划';
export const planTarget = (id: number, schoolId: number) => ({ table: 'maintenance_plans' as const, entity: 'maintenance_plan', label: LABEL, id, schoolIds: [schoolId] });

export type PlanFields = Required<Omit<CreatePlanBody, 'active'>> & { active: boolean };

async function checkReferences(tx: Tx, schoolId: number, f: PlanFields): Promise<void> {
  if (f.targetType === 'rooms') {
    if (f.roomIds.length === 0) throw invalidField('roomIds', '请至少选择一个房间');
    const found = await activeRoomIds(tx, schoolId, f.roomIds);
    if (found.size !== f.roomIds.length) throw invalidField('roomIds', '所选房间有的不存在或已停用');
  }
  if (f.targetType === 'room_type' && !f.roomType) throw invalidField('roomType', '请选择房间类型');
  if (f.targetType === 'assets') {
    if (f.assetIds.length === 0) throw invalidField('assetIds', '请至少选择一件资产');
    const found = await assetIdsOnBooks(tx, schoolId, f.assetIds);
    if (found.size !== f.assetIds.length) throw invalidField('assetIds', '所选资产有的不存在或已处置');
  }
  if (f.targetType === 'asset_category') {
    if (f.assetCategoryId === null) throw invalidField('assetCategoryId', '请选择资产分类');
    if (!(await activeAssetCategory(tx, schoolId, f.assetCategoryId))) throw invalidField('assetCategoryId', '「资产分类」不存在或已停用');
  }
  if (f.checklistTemplateId !== null) {
    const t = await tx.selectFrom('checklist_templates').select(['archived_at', 'latest_version_no'])
      .where('id', '=', f.checklistTemplateId).where('school_id', '=', schoolId).executeTakeFirst();
    if (!t || t.archived_at !== null) throw invalidField('checklistTemplateId', '「检查表」不存在或已停用');
    if (t.latest_version_no === 0) throw invalidField('checklistTemplateId', '这份检查表还没有发布，请先发布再用于保养计划');
  }
  if (f.categoryId !== null) {
    const c = await tx.selectFrom('repair_categories').select('id').where('id', '=', f.categoryId).where('school_id', '=', schoolId).where('active', '=', 1).executeTakeFirst();
    if (!c) throw invalidField('categoryId', '「维修分类」不存在或已停用');
  }
  if (f.assigneeId !== null || f.teamId !== null) await resolveTarget(tx, schoolId, { assigneeId: f.assigneeId, teamId: f.teamId });
  checkDateSpan(f.startDate, f.endDate);
}

export function columnsOf(f: PlanFields) {
  return {
    name: f.name.trim(), description: f.description?.trim() || null, target_type: f.targetType,
    room_type: f.targetType === 'room_type' ? f.roomType : null, grouping: f.grouping, checklist_template_id: f.checklistTemplateId,
    category_id: f.categoryId, schedule: JSON.stringify(scheduleOf(f.schedule)), holiday_policy: f.holidayPolicy, lead_days: f.leadDays,
    assignee_id: f.assigneeId, team_id: f.assigneeId !== null ? null : f.teamId, start_date: f.startDate, end_date: f.endDate, active: f.active ? 1 : 0,
  };
}

async function replaceRooms(tx: Tx, schoolId: number, planId: number, f: PlanFields): Promise<void> {
  await tx.deleteFrom('maintenance_plan_targets').where('plan_id', '=', planId).where('school_id', '=', schoolId).execute();
  if (f.targetType === 'rooms' && f.roomIds.length) {
    await tx.insertInto('maintenance_plan_targets').values(f.roomIds.map((roomId) => ({ plan_id: planId, school_id: schoolId, room_id: roomId }))).execute();
  }
  await replaceAssetTargets(tx, schoolId, planId, f.targetType === 'assets' ? f.assetIds : [], f.targetType === 'asset_category' ? f.assetCategoryId : null);
}

const duplicateName = () => invalidField('name', '同名的保养计划已存在，请换一个名称');

async function translated<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (translateDbError(err)?.code === 'DUPLICATE') throw duplicateName();
    throw err;
  }
}

/** First date the generator may produce: nothing before today, so a plan never floods the board with past work. */
async function generateFromOf(tx: Tx, schoolId: number, startDate: string): Promise<string> {
  const today = (await schoolCalendarOf(tx, schoolId)).cal.localDateOf(new Date());
  return startDate > today ? startDate : today;
}

export function fieldsOf(body: CreatePlanBody): PlanFields {
  return {
    name: body.name, description: body.description ?? null, targetType: body.targetType, roomIds: body.roomIds ?? [], roomType: body.roomType ?? null,
    assetIds: body.assetIds ?? [], assetCategoryId: body.assetCategoryId ?? null,
    grouping: body.grouping ?? 'together', checklistTemplateId: body.checklistTemplateId ?? null, categoryId: body.categoryId ?? null,
    schedule: body.schedule, holidayPolicy: body.holidayPolicy, leadDays: body.leadDays ?? 0, assigneeId: body.assigneeId ?? null,
    teamId: body.teamId ?? null, startDate: body.startDate, endDate: body.endDate ?? null, active: body.active ?? true,
  };
}

/** Creates a plan owned by the actor (its work orders are filed in their name). */
export async function createPlan(db: Db, actor: Actor, body: CreatePlanBody, templateKey: string | null = null): Promise<PlanDto> {
  const schoolId = writableSchoolId(actor);
  const f = fieldsOf(body);
  return translated(() => runInTransaction(db.kysely, async (tx) => {
    await checkReferences(tx, schoolId, f);
    const row = await insertAudited(tx, auditContextOf(actor), 'maintenance_plans', 'maintenance_plan', {
      ...columnsOf(f), school_id: schoolId, owner_id: actor.userId, template_key: templateKey,
      generate_from: await generateFromOf(tx, schoolId, f.startDate), generated_through: null,
    });
    await replaceRooms(tx, schoolId, row.id, f);
    return loadPlanDto(tx, actor, row.id);
  }));
}

/**
 * Edits a plan. A changed rule or start date applies from today: what was already generated
 * stays (those jobs are people's work now), the rest follows the new rule.
 */
export async function updatePlan(db: Db, actor: Actor, id: number, body: UpdatePlanBody): Promise<PlanDto> {
  const schoolId = writableSchoolId(actor);
  return translated(() => runInTransaction(db.kysely, async (tx) => {
    const cur = await tx.selectFrom('maintenance_plans').selectAll().where('id', '=', id).where('school_id', '=', schoolId).executeTakeFirst();
    if (!cur) throw platformError('NOT_FOUND', `${LABEL}不存在或无权查看`);
    const rooms = await tx.selectFrom('maintenance_plan_targets').select('room_id').where('plan_id', '=', id).where('school_id', '=', schoolId).execute();
    const chosen = await tx.selectFrom('maintenance_plan_assets').select('asset_id').where('plan_id', '=', id).where('school_id', '=', schoolId).execute();
    // A card disposed of since is dropped on the next save rather than blocking an unrelated edit.
    const onBooks = await assetIdsOnBooks(tx, schoolId, chosen.map((a) => a.asset_id));
    const category = await tx.selectFrom('maintenance_plan_asset_categories').select('category_id').where('plan_id', '=', id).where('school_id', '=', schoolId).executeTakeFirst();
    const stored = parseSchedule(cur.schedule);
    const f = fieldsOf({
      name: body.name ?? cur.name, description: body.description !== undefined ? body.description : cur.description,
      targetType: body.targetType ?? (cur.target_type as PlanFields['targetType']), roomIds: body.roomIds ?? rooms.map((r) => r.room_id),
      assetIds: body.assetIds ?? [...onBooks],
      assetCategoryId: body.assetCategoryId !== undefined ? body.assetCategoryId : category?.category_id ?? null,
      roomType: body.roomType !== undefined ? body.roomType : (cur.room_type as PlanFields['roomType']), grouping: body.grouping ?? (cur.grouping as PlanFields['grouping']),
      checklistTemplateId: body.checklistTemplateId !== undefined ? body.checklistTemplateId : cur.checklist_template_id,
      categoryId: body.categoryId !== undefined ? body.categoryId : cur.category_id,
      schedule: body.schedule ?? (stored as CreatePlanBody['schedule']), holidayPolicy: body.holidayPolicy ?? (cur.holiday_policy as PlanFields['holidayPolicy']),
      leadDays: body.leadDays ?? cur.lead_days,
      assigneeId: body.assigneeId !== undefined ? body.assigneeId : body.teamId !== undefined && body.teamId !== null ? null : cur.assignee_id,
      teamId: body.teamId !== undefined ? body.teamId : body.assigneeId !== undefined && body.assigneeId !== null ? null : cur.team_id,
      startDate: body.startDate ?? cur.start_date, endDate: body.endDate !== undefined ? body.endDate : cur.end_date,
      active: body.active ?? cur.active === 1,
    });
    await checkReferences(tx, schoolId, f);
    const cols = columnsOf(f);
    const timingChanged = cols.schedule !== cur.schedule || cols.start_date !== cur.start_date || cols.holiday_policy !== cur.holiday_policy;
    const patch: Record<string, unknown> = { ...cols };
    if (timingChanged) Object.assign(patch, { generate_from: await generateFromOf(tx, schoolId, f.startDate), generated_through: null });
    await updateAudited(tx, auditContextOf(actor), { ...planTarget(id, schoolId), version: body.version, patch });
    await replaceRooms(tx, schoolId, id, f);
    return loadPlanDto(tx, actor, id);
  }));
}

/** 暂停 / 恢复: resuming never produces the work missed while paused. */
export async function setPlanActive(db: Db, actor: Actor, id: number, version: number, active: boolean): Promise<PlanDto> {
  const schoolId = writableSchoolId(actor);
  return runInTransaction(db.kysely, async (tx) => {
    const patch: Record<string, unknown> = { active: active ? 1 : 0 };
    if (active) {
      const cur = await tx.selectFrom('maintenance_plans').select(['start_date', 'generated_through']).where('id', '=', id).where('school_id', '=', schoolId).executeTakeFirst();
      if (cur) {
        const from = await generateFromOf(tx, schoolId, cur.start_date);
        if (!cur.generated_through || cur.generated_through < from) Object.assign(patch, { generate_from: from, generated_through: null });
      }
    }
    await updateAudited(tx, auditContextOf(actor), { ...planTarget(id, schoolId), version, patch, action: active ? 'resume' : 'pause' });
    return loadPlanDto(tx, actor, id);
  });
}

/** A plan that has produced work is history: it can be paused, not deleted. */
export async function deletePlan(db: Db, actor: Actor, id: number, version: number): Promise<void> {
  const schoolId = writableSchoolId(actor);
  await runInTransaction(db.kysely, async (tx) => {
    const used = await tx.selectFrom('maintenance_occurrences').select('id').where('plan_id', '=', id).where('school_id', '=', schoolId).limit(1).executeTakeFirst();
    if (used) throw platformError('IN_USE', '该计划已生成过保养工单，不能删除，请改为暂停');
    await tx.deleteFrom('maintenance_plan_targets').where('plan_id', '=', id).where('school_id', '=', schoolId).execute();
    await replaceAssetTargets(tx, schoolId, id, [], null);
    await deleteAudited(tx, auditContextOf(actor), { ...planTarget(id, schoolId), version });
  });
}
