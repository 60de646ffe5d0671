import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PUBLISHED_HOLIDAYS, holidayDays } from '../calendar/calendar.seed.js';
import { DEFAULT_WORK_HOURS } from '../calendar/work-hours.js';
import { WorkingCalendar } from '../../platform/calendar/working-calendar.js';
import { extendForStandstill, formatWorkingMinutes, signedWorkingMinutes, slaDueTimes, slaSnapshot } from './sla-clock.js';
import { DEFAULT_SLA_POLICY, parseSlaPolicy, slaPolicyProblems } from './sla-policy.js';

// 2026 as published: 国庆 10-01..07 off, 09-20 (Sun) and 10-10 (Sat) worked; 08:00-12:00, 13:30-17:30.
const days = PUBLISHED_HOLIDAYS.filter((f) => f.year === 2026).flatMap(holidayDays);
const cal = new WorkingCalendar({ timezone: 'Asia/Shanghai', workHours: DEFAULT_WORK_HOURS, days, terms: [] });
const bj = (local: string): Date => new Date(`${local}+08:00`);
const iso = (d: Date): string => d.toISOString();
const dues = (urgency: 'urgent' | 'normal' | 'scheduled', at: string, preferred: string | null = null) => {
  const d = slaDueTimes(cal, DEFAULT_SLA_POLICY, urgency, bj(at), preferred ? bj(preferred) : null);
  return [iso(d.respondDueAt), iso(d.resolveDueAt)];
};

describe('SLA due times on the school calendar', () => {
  it('gives 紧急 30 minutes to respond and 4 working hours to resolve, across the lunch break', () => {
    assert.deepEqual(dues('urgent', '2026-11-23T09:00:00'), [iso(bj('2026-11-23T09:30:00')), iso(bj('2026-11-23T14:30:00'))]);
  });

  it('gives 一般 4 working hours and 2 working days, across a weekend', () => {
    assert.deepEqual(dues('normal', '2026-11-20T16:30:00'), [iso(bj('2026-11-23T11:00:00')), iso(bj('2026-11-24T16:30:00'))]);
  });

  it('skips 国庆 entirely', () => {
    assert.deepEqual(dues('normal', '2026-09-30T16:00:00'), [iso(bj('2026-10-08T10:30:00')), iso(bj('2026-10-09T16:00:00'))]);
    assert.deepEqual(dues('urgent', '2026-10-03T10:00:00'), [iso(bj('2026-10-08T08:30:00')), iso(bj('2026-10-08T12:00:00'))]);
  });

  it('counts a make-up Saturday (调休上班) as a working day', () => {
    assert.deepEqual(dues('urgent', '2026-10-10T10:00:00'), [iso(bj('2026-10-10T10:30:00')), iso(bj('2026-10-10T15:30:00'))]);
    assert.deepEqual(dues('normal', '2026-10-09T10:00:00'), [iso(bj('2026-10-09T15:30:00')), iso(bj('2026-10-12T10:00:00'))]);
  });

  it('starts the clock at the next working moment for a report made at night or at the period boundary', () => {
    assert.deepEqual(dues('urgent', '2026-11-22T20:00:00'), [iso(bj('2026-11-23T08:30:00')), iso(bj('2026-11-23T12:00:00'))]);
    assert.deepEqual(dues('urgent', '2026-11-23T17:30:00'), [iso(bj('2026-11-24T08:30:00')), iso(bj('2026-11-24T12:00:00'))]);
    assert.deepEqual(dues('urgent', '2026-11-23T11:45:00'), [iso(bj('2026-11-23T13:45:00')), iso(bj('2026-11-23T17:15:00'))]);
  });

  it('makes a 预约 job due at the agreed time, answered by then at the latest', () => {
    assert.deepEqual(dues('scheduled', '2026-11-23T09:00:00', '2026-11-26T15:00:00'), [iso(bj('2026-11-23T14:30:00')), iso(bj('2026-11-26T15:00:00'))]);
    assert.deepEqual(dues('scheduled', '2026-11-23T09:00:00', '2026-11-23T10:00:00'), [iso(bj('2026-11-23T10:00:00')), iso(bj('2026-11-23T10:00:00'))]);
  });
});

describe('pauses do not count', () => {
  it('moves the deadline by the working minutes of a pause inside one day', () => {
    const r = extendForStandstill(cal, bj('2026-11-23T16:30:00'), bj('2026-11-23T11:00:00'), bj('2026-11-23T14:00:00'));
    assert.equal(r.minutes, 90);
    assert.equal(iso(r.dueAt), iso(bj('2026-11-24T08:30:00')));
  });

  it('counts only working time of a pause over a weekend and over 国庆', () => {
    assert.equal(extendForStandstill(cal, bj('2026-11-23T10:00:00'), bj('2026-11-20T17:00:00'), bj('2026-11-23T09:00:00')).minutes, 90);
    const holiday = extendForStandstill(cal, bj('2026-10-08T09:00:00'), bj('2026-09-30T17:00:00'), bj('2026-10-08T08:30:00'));
    assert.equal(holiday.minutes, 60);
    assert.equal(iso(holiday.dueAt), iso(bj('2026-10-08T10:00:00')));
  });

  it('leaves the deadline alone for a pause entirely outside working hours', () => {
    const due = bj('2026-11-23T10:00:00');
    const r = extendForStandstill(cal, due, bj('2026-11-21T09:00:00'), bj('2026-11-22T18:00:00'));
    assert.deepEqual(r, { dueAt: due, minutes: 0 });
  });
});

describe('the SLA clock at a moment', () => {
  const wo = {
    status: 'in_progress', respondDueAt: iso(bj('2026-11-23T09:30:00')), resolveDueAt: iso(bj('2026-11-23T14:30:00')),
    acceptedAt: iso(bj('2026-11-23T09:10:00')), pausedAt: null, completedAt: null,
  };

  it('shows working time remaining, skipping lunch', () => {
    const s = slaSnapshot(cal, wo, bj('2026-11-23T11:50:00'));
    assert.equal(s.clock, 'running');
    assert.equal(s.resolveRemainingMinutes, 70);
    assert.equal(s.resolveOverdue, false);
    assert.equal(s.respondOverdue, false);
    assert.equal(s.respondRemainingMinutes, null);
    assert.equal(s.label, '剩余 1小时10分');
  });

  it('is exactly on time at the deadline and late one minute after', () => {
    assert.equal(slaSnapshot(cal, wo, bj('2026-11-23T14:30:00')).resolveOverdue, false);
    const late = slaSnapshot(cal, wo, bj('2026-11-23T14:31:00'));
    assert.equal(late.resolveOverdue, true);
    assert.equal(late.resolveRemainingMinutes, -1);
    assert.equal(late.label, '已超时 1分钟');
  });

  it('counts lateness in working time only (overnight adds nothing)', () => {
    const s = slaSnapshot(cal, wo, bj('2026-11-24T08:30:00'));
    assert.equal(s.resolveRemainingMinutes, -(180 + 30));
    assert.equal(s.label, '已超时 3小时30分');
  });

  it('freezes the remaining time while paused', () => {
    const paused = { ...wo, status: 'paused', pausedAt: iso(bj('2026-11-23T10:00:00')) };
    const soon = slaSnapshot(cal, paused, bj('2026-11-23T10:05:00'));
    const later = slaSnapshot(cal, paused, bj('2026-11-30T10:05:00'));
    assert.equal(soon.resolveRemainingMinutes, 180);
    assert.deepEqual(later, soon);
    assert.equal(soon.clock, 'paused');
    assert.equal(soon.label, '已暂停（剩余 3小时）');
  });

  it('flags a late response while nobody has accepted', () => {
    const waiting = { ...wo, status: 'assigned', acceptedAt: null };
    const s = slaSnapshot(cal, waiting, bj('2026-11-23T09:45:00'));
    assert.equal(s.respondOverdue, true);
    assert.equal(s.respondRemainingMinutes, -15);
    const accepted = slaSnapshot(cal, { ...wo, acceptedAt: iso(bj('2026-11-23T09:40:00')) }, bj('2026-11-23T10:00:00'));
    assert.equal(accepted.respondOverdue, true, 'a late acceptance stays late');
  });

  it('stops at completion and remembers whether it was on time', () => {
    const onTime = slaSnapshot(cal, { ...wo, status: 'completed', completedAt: iso(bj('2026-11-23T14:00:00')) }, bj('2026-12-01T09:00:00'));
    assert.deepEqual([onTime.clock, onTime.resolveOverdue, onTime.label, onTime.resolveRemainingMinutes], ['stopped', false, '按时完工', null]);
    const late = slaSnapshot(cal, { ...wo, status: 'confirmed', completedAt: iso(bj('2026-11-23T15:00:00')) }, bj('2026-12-01T09:00:00'));
    assert.deepEqual([late.resolveOverdue, late.label], [true, '超时完工']);
    assert.equal(slaSnapshot(cal, { ...wo, status: 'cancelled' }, bj('2026-12-01T09:00:00')).label, '已取消');
  });

  it('signs working minutes around a deadline that falls outside working hours', () => {
    assert.equal(signedWorkingMinutes(cal, bj('2026-11-23T18:00:00'), bj('2026-11-23T19:00:00')), 0);
    assert.equal(signedWorkingMinutes(cal, bj('2026-11-23T19:30:00'), bj('2026-11-23T19:00:00')), -0);
    assert.equal(formatWorkingMinutes(960), '16小时');
    assert.equal(formatWorkingMinutes(-45), '45分钟');
  });
});

describe('SLA policy', () => {
  it('falls back to defaults for damaged JSON or targets', () => {
    assert.deepEqual(parseSlaPolicy('not json'), DEFAULT_SLA_POLICY);
    const partial = parseSlaPolicy(JSON.stringify({ urgent: { respond: { value: 15, unit: 'minutes' }, resolve: { value: -1, unit: 'minutes' } } }));
    assert.deepEqual(partial.urgent, { respond: { value: 15, unit: 'minutes' }, resolve: DEFAULT_SLA_POLICY.urgent.resolve });
    assert.deepEqual(partial.normal, DEFAULT_SLA_POLICY.normal);
  });

  it('names the field of an impossible policy', () => {
    assert.deepEqual(slaPolicyProblems(DEFAULT_SLA_POLICY), []);
    const slow = { ...DEFAULT_SLA_POLICY, urgent: { respond: { value: 3, unit: 'days' as const }, resolve: { value: 60, unit: 'minutes' as const } } };
    assert.deepEqual(slaPolicyProblems(slow).map((p) => p.field), ['slaPolicy.urgent.respond']);
    const huge = { ...DEFAULT_SLA_POLICY, normal: { respond: { value: 60, unit: 'minutes' as const }, resolve: { value: 61, unit: 'days' as const } } };
    assert.match(slaPolicyProblems(huge)[0]?.message ?? '', /「一般」的完成时限不能超过 60 工作日/);
  });
});
