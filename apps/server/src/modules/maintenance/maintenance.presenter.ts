import { type Actor, hasPermission } from '../../platform/authz/actor.js';
import type { PlanDto } from './maintenance.schemas.js';
import type { PlanRow, RoomRef } from './maintenance.repository.js';
import { roomTypeLabel } from './maintenance.repository.js';
import { HOLIDAY_POLICY_LABELS, type HolidayPolicy, describeSchedule } from './recurrence.js';
import { parseSchedule } from './schedule-input.js';

export const TARGET_TYPE_LABELS: Record<string, string> = { school: '全校', rooms: '指定房间', room_type: '按房间类型' };

export function targetTextOf(p: { target_type: string; room_type: string | null; grouping: string }, rooms: RoomRef[]): string {
  if (p.target_type === 'school') return '全校';
  const split = p.grouping === 'each' ? '，每间一张工单' : '';
  if (p.target_type === 'room_type') return `全部${roomTypeLabel(p.room_type)}${split}`;
  if (rooms.length === 0) return '（未选房间）';
  return `${rooms.slice(0, 2).map((r) => r.name).join('、')}${rooms.length > 2 ? ` 等 ${rooms.length} 个房间` : ''}${split}`;
}

const mine = (actor: Actor, schoolId: number) => actor.schoolId === schoolId;

/** Row → DTO with the buttons the actor may press; `nextDueDate` is worked out by the caller from the calendar. */
export function presentPlan(actor: Actor, p: PlanRow, rooms: RoomRef[], nextDueDate: string | null): PlanDto {
  const schedule = parseSchedule(p.schedule);
  return {
    id: p.id, name: p.name, description: p.description, targetType: p.target_type, targetTypeLabel: TARGET_TYPE_LABELS[p.target_type] ?? p.target_type,
    roomType: p.room_type, rooms: rooms.map((r) => ({ id: r.id, name: r.name })), grouping: p.grouping, targetText: targetTextOf(p, rooms),
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
