import type { WorkingCalendar } from '../../platform/calendar/working-calendar.js';
import type { Urgency } from './repairs.labels.js';
import type { SlaPolicy, SlaTarget } from './sla-policy.js';

/** The instant a target ends when counted in working time from `start`. */
export function addSlaTarget(cal: WorkingCalendar, start: Date, target: SlaTarget): Date {
  return target.unit === 'minutes' ? cal.addWorkingMinutes(start, target.value) : cal.addWorkingDays(start, target.value);
}

/**
 * Response and resolution deadlines of a report, counted from when it was reported. A scheduled
 * job is due at the agreed time, and must be answered before that time at the latest.
 */
export function slaDueTimes(
  cal: WorkingCalendar, policy: SlaPolicy, urgency: Urgency, reportedAt: Date, preferredAt: Date | null,
): { respondDueAt: Date; resolveDueAt: Date } {
  if (urgency === 'scheduled') {
    const resolveDueAt = preferredAt && preferredAt > reportedAt ? preferredAt : reportedAt;
    const respond = addSlaTarget(cal, reportedAt, policy.scheduled.respond);
    return { respondDueAt: respond < resolveDueAt ? respond : resolveDueAt, resolveDueAt };
  }
  const targets = policy[urgency];
  return { respondDueAt: addSlaTarget(cal, reportedAt, targets.respond), resolveDueAt: addSlaTarget(cal, reportedAt, targets.resolve) };
}

/**
 * Time the resolution clock stood still (a pause, or waiting for acceptance before a reopen)
 * does not count: the deadline moves on by the working minutes of that stretch.
 */
export function extendForStandstill(cal: WorkingCalendar, dueAt: Date, from: Date, to: Date): { dueAt: Date; minutes: number } {
  const minutes = cal.workingMinutesBetween(from, to);
  if (minutes <= 0) return { dueAt, minutes: 0 };
  return { dueAt: cal.addWorkingMinutes(dueAt, minutes), minutes };
}

/** Working minutes from `at` until `due`: positive before it, negative (how late) after it. */
export function signedWorkingMinutes(cal: WorkingCalendar, at: Date, due: Date): number {
  return at <= due ? Math.floor(cal.workingMinutesBetween(at, due)) : -Math.ceil(cal.workingMinutesBetween(due, at));
}

export interface SlaClockInput {
  status: string;
  respondDueAt: string;
  resolveDueAt: string;
  acceptedAt: string | null;
  pausedAt: string | null;
  completedAt: string | null;
}

export interface SlaSnapshot {
  respondDueAt: string;
  resolveDueAt: string;
  /** running: counting now; paused: frozen until resumed; stopped: done or cancelled */
  clock: 'running' | 'paused' | 'stopped';
  /** Working minutes left to respond (negative when late); null once accepted or closed. */
  respondRemainingMinutes: number | null;
  respondOverdue: boolean;
  /** Working minutes left to finish (negative when late), frozen while paused; null once stopped. */
  resolveRemainingMinutes: number | null;
  resolveOverdue: boolean;
  /** "剩余 3小时20分", "已超时 1小时5分", "已暂停（剩余 40分钟）", "按时完工" … */
  label: string;
}

/** "3小时20分" / "40分钟" / "16小时" of working time. */
export function formatWorkingMinutes(minutes: number): string {
  const m = Math.abs(Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest}分钟`;
  return rest === 0 ? `${h}小时` : `${h}小时${rest}分`;
}

function remainingText(minutes: number, overdue: boolean): string {
  if (!overdue) return `剩余 ${formatWorkingMinutes(minutes)}`;
  return minutes < 0 ? `已超时 ${formatWorkingMinutes(minutes)}` : '已超时';
}

/** Where a work order stands against its deadlines at `now`, in working time. */
export function slaSnapshot(cal: WorkingCalendar, wo: SlaClockInput, now: Date): SlaSnapshot {
  const respondDue = new Date(wo.respondDueAt);
  const resolveDue = new Date(wo.resolveDueAt);
  const base = { respondDueAt: wo.respondDueAt, resolveDueAt: wo.resolveDueAt };
  if (wo.status === 'cancelled') {
    return { ...base, clock: 'stopped', respondRemainingMinutes: null, respondOverdue: false, resolveRemainingMinutes: null, resolveOverdue: false, label: '已取消' };
  }
  const accepted = wo.acceptedAt ? new Date(wo.acceptedAt) : null;
  const respondOverdue = accepted ? accepted > respondDue : now > respondDue;
  const respondRemainingMinutes = accepted ? null : signedWorkingMinutes(cal, now, respondDue);

  if (wo.status === 'completed' || wo.status === 'confirmed') {
    const late = wo.completedAt !== null && new Date(wo.completedAt) > resolveDue;
    return { ...base, clock: 'stopped', respondRemainingMinutes: null, respondOverdue, resolveRemainingMinutes: null, resolveOverdue: late, label: late ? '超时完工' : '按时完工' };
  }
  if (wo.status === 'paused' && wo.pausedAt) {
    const pausedAt = new Date(wo.pausedAt);
    const remaining = signedWorkingMinutes(cal, pausedAt, resolveDue);
    const overdue = pausedAt > resolveDue;
    return {
      ...base, clock: 'paused', respondRemainingMinutes, respondOverdue, resolveRemainingMinutes: remaining, resolveOverdue: overdue,
      label: `已暂停（${remainingText(remaining, overdue)}）`,
    };
  }
  const remaining = signedWorkingMinutes(cal, now, resolveDue);
  const overdue = now > resolveDue;
  return { ...base, clock: 'running', respondRemainingMinutes, respondOverdue, resolveRemainingMinutes: remaining, resolveOverdue: overdue, label: remainingText(remaining, overdue) };
}
