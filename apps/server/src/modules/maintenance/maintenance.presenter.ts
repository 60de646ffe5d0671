import { type Actor, hasPermission } from '../../platform/authz/actor.js';
import type { PlanDto } from './maintenance.schemas.js';
import type { PlanRow, RoomRef } from './maintenance.repository.js';
import { roomTypeLabel } from './maintenance.repository.js';
import type { AssetRef } from './maintenance-assets.repository.js';
import { HOLIDAY_POLICY_LABELS, type HolidayPolicy, describeSchedule } from './recurrence.js';
import { parseSchedule } from './schedule-input.js';

export const TARGET_TYPE_LABELS: Record<string, string> = { school: '全校', rooms: '指定房间', room_type: '按房间类型', assets: '指定资产', asset_category: '按资产分类' };

/** What an asset plan covers besides rooms: its chosen cards, or the name of its category. */
export interface AssetTargets { assets: AssetRef[]; category: { id: number; name: string } | null }
const NO_ASSETS: AssetTargets = { assets: [], category: null };

export function targetTextOf(p: { target_type: string; room_type: string | null; grouping: string }, rooms: RoomRef[], a: AssetTargets = NO_ASSETS): string {
  if (p.target_type === 'school') return '全校';
  const split = p.grouping === 'each' ? '，每间一张工单' : '';
  if (p.target_type === 'room_type') return `全部${roomTypeLabel(p.room_type)}${split}`;
  const perAsset = p.grouping === 'each' ? '，每件一张工单' : '';
  if (p.target_type === 'asset_category') return a.category ? `全部「${a.category.name}」${perAsset}` : '（未选资产分类）';
  if (p.target_type === 'assets') {
    if (a.assets.length === 0) return '（未选资产）';
    return `${a.assets.slice(0, 2).map((x) => x.name).join('、')}${a.assets.length > 2 ? ` 等 ${a.assets.length} 件资产` : ''}${perAsset}`;
  }
  if (rooms.length === 0) return '（未选房间）';
  return `${rooms.slice(0, 2).map((r) => r.name).join('、')}${rooms.length > 2 ? ` 等 ${rooms.length} 个房间` : ''}${split}`;
}

/** Where a generated job is: its room, else the request's place text; a card's job names the card too. */
export function occurrenceTargetName(o: { room_id: number | null; building_name: string | null; room_name: string | null; location_text: string | null; asset_name: string | null; asset_code: string | null }): string {
  const place = o.room_id !== null ? [o.building_name, o.room_name].filter(Boolean).join(' ') : o.location_text ?? '全校';
  return o.asset_name ? `${o.room_id !== null ? `${place} · ` : ''}${o.asset_name}（${o.asset_code ?? ''}）` : place;
}

const mine = (actor: Actor, schoolId: number) => actor.schoolId === schoolId;

/** Row → DTO with the buttons the actor may press; `nextDueDate` is worked out by the caller from the calendar. */
export function presentPlan(actor: Actor, p: PlanRow, rooms: RoomRef[], nextDueDate: string | null, a: AssetTargets = NO_ASSETS): PlanDto {
  const schedule = parseSchedule(p.schedule);
  return {
    id: p.id, name: p.name, description: p.description, targetType: p.target_type, targetTypeLabel: TARGET_TYPE_LABELS[p.target_type] ?? p.target_type,
    roomType: p.room_type, rooms: rooms.map((r) => ({ id: r.id, name: r.name })),
    assets: a.assets.map((x) => ({ id: x.id, code: x.code, name: x.name, place: x.place, disposed: x.status === 'disposed' })),
    assetCategoryId: a.category?.id ?? null, assetCategoryName: a.category?.name ?? null, grouping: p.grouping, targetText: targetTextOf(p, rooms, a),
    checklistTemplateId: p.checklist_template_id, checklistTemplateName: p.checklist_name ?? null,
    categoryId: p.category_id, categoryName: p.category_name ?? null,
    schedule, scheduleText: describeSchedule(schedule), holidayPolicy: p.holiday_policy,
    holidayPolicyLabel: HOLIDAY_POLICY_LABELS[p.holiday_policy as HolidayPolicy] ?? p.holiday_policy, leadDays: p.lead_days,
    assigneeId: p.assignee_id, assigneeName: p.assignee_name ?? null, teamId: p.team_id, teamName: p.team_name ?? null,
    ownerId: p.owner_id, ownerName: p.owner_name ?? null, startDate: p.start_date, endDate: p.end_date, active: p.active === 1,
    templateKey: p.template_key, nextDueDate, openCount: Number(p.open_count ?? 0), generatedCount: Number(p.generated_count ?? 0),
    createdAt: p.created_at, version: p.version,
    abilities: {
      update: mine(actor, p.school_id) && hasPermission(actor, 'maintenance_plan', 'update'),
      delete: mine(actor, p.school_id) && hasPermission(actor, 'maintenance_plan', 'delete') && Number(p.generated_count ?? 0) === 0,
      generate: mine(actor, p.school_id) && hasPermission(actor, 'maintenance_plan', 'update') && p.active === 1,
    },
  };
}
