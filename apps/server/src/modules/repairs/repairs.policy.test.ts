import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_DATA_SCOPE, DEFAULT_PERMISSIONS, type RoleKey, permissionsOf } from '@houqin/contracts';
import type { Actor } from '../../platform/authz/actor.js';
import { checkRequestAction, checkWorkOrderAction, requestAbilities, workOrderAbilities } from './repairs.policy.js';

const SCHOOL = 1;
function actorOf(role: RoleKey, userId: number, schoolId: number | null = SCHOOL): Actor {
  return {
    userId, name: role, staffNo: role, schoolId, districtId: 1, departmentId: null, roles: [role],
    permissions: new Set(permissionsOf(DEFAULT_PERMISSIONS[role])), dataScope: DEFAULT_DATA_SCOPE[role],
    readableSchoolIds: schoolId === null ? [SCHOOL, 2] : [schoolId], mustChangePassword: false, sessionId: 's', ip: null,
  };
}
const TEACHER = 10;
const TECH = 20;
const OTHER_TECH = 21;
const HEAD = 30;
const wo = (status: string, over: Partial<{ assigneeId: number | null; teamId: number | null; requesterId: number; schoolId: number; contractorId: number | null }> = {}) =>
  ({ schoolId: SCHOOL, status, assigneeId: TECH, teamId: null, requesterId: TEACHER, contractorId: null, ...over });
const ra = (actor: Actor, teamIds: number[] = [], contractorId: number | null = null) => ({ actor, teamIds, contractorId });

describe('who may act on a work order', () => {
  const teacher = ra(actorOf('teacher', TEACHER));
  const tech = ra(actorOf('technician', TECH));
  const other = ra(actorOf('technician', OTHER_TECH), [5]);
  const head = ra(actorOf('logistics_head', HEAD));

  it('gives the assigned technician the field buttons of the current state only', () => {
    assert.deepEqual(workOrderAbilities(tech, wo('assigned')), {
      assign: false, reassign: false, outsource: false, accept: true, start: false, pause: false, resume: false, complete: false, confirm: false, reopen: false, cancel: false,
    });
    const working = workOrderAbilities(tech, wo('in_progress'));
    assert.deepEqual([working.pause, working.complete, working.resume], [true, true, false]);
  });

  it('refuses a technician the job is no longer assigned to with 403, before looking at the state', () => {
    const r = checkWorkOrderAction(other, wo('in_progress'), 'complete');
    assert.deepEqual(r, { ok: false, status: 403, message: '此工单已不由您负责（可能已被转单），不能操作' });
  });

  it('lets a team member claim an unassigned team job, and nobody else', () => {
    const teamJob = wo('assigned', { assigneeId: null, teamId: 5 });
    assert.equal(checkWorkOrderAction(other, teamJob, 'accept').ok, true);
    assert.equal(checkWorkOrderAction(tech, teamJob, 'accept').ok, false);
    assert.equal(checkWorkOrderAction(head, teamJob, 'accept').ok, false, 'a dispatcher records work for someone, not for a team');
  });

  it('lets any account of the contractor claim an outsourced job, and no other contractor or technician', () => {
    const outsourced = wo('assigned', { assigneeId: null, contractorId: 7 });
    assert.equal(checkWorkOrderAction(ra(actorOf('contractor', 70), [], 7), outsourced, 'accept').ok, true);
    assert.equal(checkWorkOrderAction(ra(actorOf('contractor', 80), [], 8), outsourced, 'accept').ok, false);
    assert.equal(checkWorkOrderAction(tech, outsourced, 'accept').ok, false);
    assert.equal(checkWorkOrderAction(ra(actorOf('contractor', 70), [], 7), outsourced, 'outsource').ok, false, 'only dispatchers outsource');
    assert.equal(checkWorkOrderAction(head, wo('pending_dispatch', { assigneeId: null }), 'outsource').ok, true);
    assert.equal(checkWorkOrderAction(head, wo('in_progress'), 'outsource').ok, false);
  });

  it('keeps dispatching for dispatchers, and lets them record field work for the assignee', () => {
    assert.equal(checkWorkOrderAction(tech, wo('pending_dispatch', { assigneeId: null }), 'assign').ok, false);
    assert.equal(checkWorkOrderAction(head, wo('pending_dispatch', { assigneeId: null }), 'assign').ok, true);
    assert.equal(checkWorkOrderAction(head, wo('in_progress'), 'complete').ok, true);
    assert.deepEqual(checkWorkOrderAction(head, wo('completed'), 'cancel'), { ok: false, status: 409, message: '工单当前状态为「待验收」，不能取消工单' });
  });

  it('leaves acceptance to the requester, never to the technician who did the job', () => {
    assert.equal(checkWorkOrderAction(teacher, wo('completed'), 'confirm').ok, true);
    assert.equal(checkWorkOrderAction(teacher, wo('completed'), 'reopen').ok, true);
    assert.deepEqual(checkWorkOrderAction(tech, wo('completed', { requesterId: TECH }), 'confirm'), { ok: false, status: 403, message: '维修人员不能验收自己完成的工单' });
    assert.equal(checkWorkOrderAction(head, wo('completed'), 'confirm').ok, false);
    assert.equal(checkWorkOrderAction(ra(actorOf('teacher', 99)), wo('completed'), 'confirm').ok, false);
    assert.equal(checkWorkOrderAction(teacher, wo('in_progress'), 'confirm').ok, false);
  });

  it('never acts across schools, and leaves auto-confirmation to the system', () => {
    const bureau = ra(actorOf('inspector', 40, null));
    assert.deepEqual(Object.values(workOrderAbilities(bureau, wo('pending_dispatch', { assigneeId: null }))).filter(Boolean), []);
    assert.equal(checkWorkOrderAction(head, wo('completed'), 'auto_confirm').ok, false);
    assert.equal(checkWorkOrderAction(head, wo('assigned', { schoolId: 2 }), 'reassign').ok, false);
  });
});

describe('who may act on a request', () => {
  const facts = (status: string, workOrderStatus: string | null = null) => ({ schoolId: SCHOOL, status, requesterId: TEACHER, workOrderStatus });

  it('leaves triage to staff who may approve, and withdrawal to the requester', () => {
    const head = actorOf('logistics_head', HEAD);
    const teacher = actorOf('teacher', TEACHER);
    assert.deepEqual(requestAbilities(head, facts('submitted')), { convert: true, merge: true, decline: true, cancel: false, follow_up: true });
    assert.deepEqual(requestAbilities(teacher, facts('submitted')), { convert: false, merge: false, decline: false, cancel: true, follow_up: true });
    assert.deepEqual(requestAbilities(actorOf('teacher', 11), facts('converted', 'assigned')), { convert: false, merge: false, decline: false, cancel: false, follow_up: true });
  });

  it('answers 409 with the state once work has started, 403 for the wrong person', () => {
    const head = actorOf('logistics_head', HEAD);
    assert.deepEqual(checkRequestAction(head, facts('converted', 'in_progress'), 'decline'), {
      ok: false, status: 409, message: '报修单已转为工单，工单当前状态为「维修中」，不能驳回',
    });
    assert.equal(checkRequestAction(actorOf('teacher', 11), facts('submitted'), 'cancel').ok, false);
    assert.equal(checkRequestAction(actorOf('finance', 12), facts('submitted'), 'follow_up').ok, false, 'finance may not report');
  });
});
