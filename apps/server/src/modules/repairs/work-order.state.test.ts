import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type RequestAction, isRequestOpen, requestTransition } from './repair-request.state.js';
import { WORK_ORDER_STATUSES } from './repairs.labels.js';
import { WORK_ORDER_ACTIONS, type WorkOrderAction, actionsFrom, workOrderTransition } from './work-order.state.js';

describe('work order state machine', () => {
  it('walks the whole journey: dispatch, accept, start, pause, resume, complete, confirm', () => {
    const path: [WorkOrderAction, string][] = [
      ['assign', 'assigned'], ['accept', 'accepted'], ['start', 'in_progress'], ['pause', 'paused'], ['resume', 'in_progress'],
      ['complete', 'completed'], ['confirm', 'confirmed'],
    ];
    let status = 'pending_dispatch';
    for (const [action, to] of path) {
      const t = workOrderTransition(status, action);
      assert.deepEqual(t, { ok: true, to }, `${status} --${action}`);
      status = to;
    }
  });

  it('sends a reopened job back to its technician and lets a dispatcher reassign until it is done', () => {
    assert.deepEqual(workOrderTransition('completed', 'reopen'), { ok: true, to: 'assigned' });
    for (const from of ['assigned', 'accepted', 'in_progress', 'paused']) assert.deepEqual(workOrderTransition(from, 'reassign'), { ok: true, to: 'assigned' });
    for (const from of ['pending_dispatch', 'completed', 'confirmed', 'cancelled']) assert.equal(workOrderTransition(from, 'reassign').ok, false, from);
  });

  it('outsources (委外) a job only before work has started', () => {
    for (const from of ['pending_dispatch', 'assigned', 'accepted']) assert.deepEqual(workOrderTransition(from, 'outsource'), { ok: true, to: 'assigned' });
    assert.deepEqual(workOrderTransition('completed', 'outsource'), { ok: false, message: '工单当前状态为「待验收」，不能委外' });
    assert.equal(workOrderTransition('in_progress', 'outsource').ok, false);
  });

  it('refuses illegal moves with a Chinese message naming the current state', () => {
    assert.deepEqual(workOrderTransition('confirmed', 'start'), { ok: false, message: '工单当前状态为「已验收」，不能开始维修' });
    assert.deepEqual(workOrderTransition('assigned', 'complete'), { ok: false, message: '工单当前状态为「待接单」，不能完工' });
    assert.deepEqual(workOrderTransition('paused', 'complete'), { ok: false, message: '工单当前状态为「已暂停」，不能完工' });
    assert.deepEqual(workOrderTransition('completed', 'cancel'), { ok: false, message: '工单当前状态为「待验收」，不能取消工单' });
    assert.equal(workOrderTransition('nonsense', 'assign').ok, false);
  });

  it('allows each status exactly the actions of the diagram', () => {
    const expected: Record<string, WorkOrderAction[]> = {
      pending_dispatch: ['assign', 'outsource', 'cancel'],
      assigned: ['reassign', 'outsource', 'accept', 'cancel'],
      accepted: ['reassign', 'outsource', 'start', 'cancel'],
      in_progress: ['reassign', 'pause', 'complete', 'cancel'],
      paused: ['reassign', 'resume', 'cancel'],
      completed: ['confirm', 'auto_confirm', 'reopen'],
      confirmed: [],
      cancelled: [],
    };
    for (const status of WORK_ORDER_STATUSES) assert.deepEqual(actionsFrom(status), expected[status], status);
    assert.equal(WORK_ORDER_ACTIONS.length, 12);
  });
});

describe('repair request state machine', () => {
  it('triages a fresh request any way', () => {
    for (const [action, to] of [['convert', 'converted'], ['merge', 'merged'], ['decline', 'declined'], ['cancel', 'cancelled']] as [RequestAction, string][]) {
      assert.deepEqual(requestTransition('submitted', null, action), { ok: true, to });
    }
  });

  it('still merges or declines a converted request while nobody has accepted it', () => {
    assert.equal(requestTransition('converted', 'pending_dispatch', 'merge').ok, true);
    assert.equal(requestTransition('converted', 'assigned', 'decline').ok, true);
    assert.equal(requestTransition('converted', 'accepted', 'decline').ok, false);
    assert.equal(requestTransition('converted', 'accepted', 'cancel').ok, true, 'the requester may still withdraw before work starts');
    assert.deepEqual(requestTransition('converted', 'in_progress', 'cancel'), {
      ok: false, message: '报修单已转为工单，工单当前状态为「维修中」，不能撤回',
    });
  });

  it('converts only once and never reopens a closed request', () => {
    assert.deepEqual(requestTransition('converted', 'assigned', 'convert'), { ok: false, message: '报修单当前状态为「已转工单」，不能转为工单' });
    assert.deepEqual(requestTransition('declined', null, 'merge'), { ok: false, message: '报修单当前状态为「已驳回」，不能合并' });
    assert.equal(requestTransition('merged', null, 'cancel').ok, false);
  });

  it('takes follow-ups (跟进) only while the fault is being handled, including while waiting for acceptance', () => {
    assert.equal(requestTransition('submitted', null, 'follow_up').ok, true);
    assert.equal(requestTransition('converted', 'completed', 'follow_up').ok, true);
    assert.deepEqual(requestTransition('converted', 'confirmed', 'follow_up'), { ok: false, message: '报修单当前状态为「已验收」，不能跟进' });
    assert.equal(isRequestOpen('converted', 'paused'), true);
    assert.equal(isRequestOpen('converted', 'cancelled'), false);
    assert.equal(isRequestOpen('declined', null), false);
  });
});
