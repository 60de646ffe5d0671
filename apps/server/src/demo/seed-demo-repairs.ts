import { type AuditContext, recordAudit } from '../platform/audit/audit.js';
import type { Tx } from '../platform/db/audited-writes.js';
import { loadSchoolCalendar } from '../modules/calendar/load-school-calendar.js';
import { URGENCY_LABELS, type Urgency } from '../modules/repairs/repairs.labels.js';
import { loadRepairSettings } from '../modules/repairs/settings.repository.js';
import { slaDueTimes } from '../modules/repairs/sla-clock.js';

// What teachers actually report, per category, with typical material cost in fen.
const FAULTS: Record<string, { texts: string[]; costFen: [number, number] }> = {
  电: { texts: ['灯管闪烁，看黑板刺眼', '插座没电，投影仪用不了', '两根灯管不亮', '开关面板松动，有打火声'], costFen: [800, 6000] },
  水: { texts: ['水龙头关不紧，一直滴水', '拖把池下水堵了', '洗手池下面漏水', '冲水阀失灵'], costFen: [500, 8000] },
  门窗: { texts: ['门锁坏了，钥匙拧不动', '窗户合页脱落关不严', '门吸掉了，门撞墙', '纱窗破洞'], costFen: [1000, 9000] },
  桌椅: { texts: ['课桌桌腿松动', '椅子螺丝掉了，坐着晃', '讲台抽屉拉不开'], costFen: [0, 3000] },
  多媒体: { texts: ['投影仪开机后没有画面', '一体机触摸不灵', '音箱有杂音', '展台摄像头黑屏'], costFen: [0, 35000] },
  网络: { texts: ['教室网络连不上', '无线信号很弱'], costFen: [0, 12000] },
  空调: { texts: ['空调不制冷', '空调滴水到窗台', '遥控器失灵'], costFen: [2000, 30000] },
  木工: { texts: ['黑板边框木条翘起', '图书角书架层板断了'], costFen: [1500, 10000] },
};

/** A small deterministic generator: the same demo every time, so screenshots and guides stay true. */
function randomOf(seed: number) {
  let s = seed;
  const next = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  return { next, int: (a: number, b: number) => a + Math.floor(next() * (b - a + 1)), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T };
}

const iso = (d: Date) => d.toISOString();
const plusMinutes = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);

type Outcome = 'confirmed' | 'completed' | 'in_progress' | 'paused' | 'assigned' | 'pending_dispatch' | 'submitted' | 'declined' | 'cancelled';

/** Older reports are settled; the last days hold the work still moving. A few jobs run late on purpose. */
function outcomeOf(ageDays: number, r: number): Outcome {
  if (ageDays > 12) return r < 0.9 ? 'confirmed' : r < 0.95 ? 'declined' : 'cancelled';
  if (ageDays > 4) return r < 0.55 ? 'confirmed' : r < 0.75 ? 'completed' : r < 0.9 ? 'in_progress' : 'paused';
  return r < 0.2 ? 'confirmed' : r < 0.4 ? 'completed' : r < 0.6 ? 'in_progress' : r < 0.75 ? 'assigned' : r < 0.9 ? 'pending_dispatch' : 'submitted';
}

/** A step that would lie in the future has not happened yet: the job stays at the step before. */
function settled(o: Outcome, now: Date, t: { accepted: Date; started: Date; completed: Date; confirmed: Date }): Outcome {
  const past = (d: Date) => d < now;
  if (o === 'confirmed' && !past(t.confirmed)) o = 'completed';
  if (o === 'completed' && !past(t.completed)) o = 'in_progress';
  if ((o === 'in_progress' || o === 'paused') && !past(plusMinutes(t.started, 40))) o = 'assigned';
  return o;
}

/**
 * Half a year of repair history for the demo school: a few dozen reports from its teachers in
 * classrooms and offices, dispatched to its technician, worked, rated and paid for, with deadlines
 * from the school's own SLA policy and calendar. Rows carry their historic times; each request and
 * work order is audited as created by 演示数据. The e2e journey's classroom 一(1)班教室 is left out.
 */
export async function seedDemoRepairs(tx: Tx, ctx: AuditContext, schoolId: number, count: number, now = new Date()): Promise<number> {
  const rnd = randomOf(schoolId * 7919);
  const [cal, settings, rooms, categories, people] = await Promise.all([
    loadSchoolCalendar(tx, schoolId), loadRepairSettings(tx, schoolId),
    tx.selectFrom('rooms').select(['id', 'name', 'campus_id', 'building_id', 'room_type']).where('school_id', '=', schoolId)
      .where('building_id', 'is not', null).where('name', '!=', '一(1)班教室').orderBy('id').execute(),
    tx.selectFrom('repair_categories').select(['id', 'name']).where('school_id', '=', schoolId).execute(),
    tx.selectFrom('users as u').innerJoin('user_roles as ur', 'ur.user_id', 'u.id').select(['u.id', 'u.name', 'u.department_id', 'ur.role_key'])
      .where('u.school_id', '=', schoolId).execute(),
  ]);
  const requesters = people.filter((p) => p.role_key === 'teacher');
  const tech = people.find((p) => p.role_key === 'technician');
  const head = people.find((p) => p.role_key === 'logistics_head');
  const faultCategories = categories.filter((c) => FAULTS[c.name]);
  if (!tech || !head || requesters.length === 0 || rooms.length === 0 || faultCategories.length === 0) return 0;
  const places = rooms.filter((r) => r.room_type !== 'outdoor');

  // The last two weeks hold the work still moving; older reports thin out towards half a year ago.
  // Oldest first, so 报修单号 rise with time as they would have.
  const ages = Array.from({ length: count }, (_, i) => (i < 18 ? rnd.int(0, 14) : 15 + Math.floor(165 * rnd.next() ** 1.4))).sort((a, b) => b - a);
  for (const ageDays of ages) {
    const day = new Date(now.getTime() - ageDays * 86_400_000);
    let reported = cal.addWorkingMinutes(new Date(day.getTime() - 86_400_000), rnd.int(30, 400));
    if (reported > now) reported = plusMinutes(now, -rnd.int(20, 90));
    const category = rnd.pick(faultCategories);
    const fault = FAULTS[category.name]!;
    const room = rnd.pick(places);
    const requester = rnd.pick(requesters);
    const urgency: Urgency = rnd.next() < 0.25 ? 'urgent' : 'normal';
    const due = slaDueTimes(cal, settings.slaPolicy, urgency, reported, null);
    // Most jobs finish in time; one in six runs past its deadline.
    const late = rnd.next() < 1 / 6;
    const accepted = plusMinutes(reported, rnd.int(5, urgency === 'urgent' ? 40 : 200));
    const started = plusMinutes(accepted, rnd.int(5, 60));
    const spanMinutes = Math.max(20, Math.round((due.resolveDueAt.getTime() - started.getTime()) / 60_000));
    const completed = late ? plusMinutes(due.resolveDueAt, rnd.int(60, 2880)) : plusMinutes(started, Math.min(spanMinutes - 5, rnd.int(20, 300)));
    const confirmed = plusMinutes(completed, rnd.int(30, 2000));
    const outcome = settled(outcomeOf(ageDays, rnd.next()), now, { accepted, started, completed, confirmed });
    const finished = outcome === 'confirmed' || outcome === 'completed';
    const costFen = finished ? Math.round(rnd.int(fault.costFen[0], fault.costFen[1]) / 100) * 100 : 0;
    const laborMinutes = finished ? rnd.int(1, 6) * 30 : 0;
    const rating = outcome === 'confirmed' ? rnd.pick([5, 5, 5, 4, 4, 3]) : null;
    const closedAt = outcome === 'confirmed' ? confirmed : outcome === 'declined' || outcome === 'cancelled' ? plusMinutes(reported, rnd.int(20, 300)) : null;
    const requestStatus = outcome === 'submitted' || outcome === 'declined' || outcome === 'cancelled' ? outcome : 'converted';

    const request = await tx.insertInto('repair_requests').values({
      school_id: schoolId, requester_id: requester.id, requester_department_id: requester.department_id, room_id: room.id, location_text: null,
      campus_id: room.campus_id, building_id: room.building_id, asset_id: null, category_id: category.id, description: rnd.pick(fault.texts), urgency,
      preferred_at: null, status: requestStatus, merged_into_id: null, repeat_of_id: null,
      decline_reason: outcome === 'declined' ? '属于教室日常保洁，请联系班级处理' : null, cancel_reason: outcome === 'cancelled' ? '已自行解决' : null,
      reported_at: iso(reported), closed_at: closedAt ? iso(closedAt) : null, confirmed_at: outcome === 'confirmed' ? iso(confirmed) : null,
      created_at: iso(reported), updated_at: iso(closedAt ?? reported),
    }).returningAll().executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { entity: 'repair_request', entityId: request.id, action: 'create', after: request, schoolId });
    await tx.insertInto('repair_request_followers').values({ request_id: request.id, user_id: requester.id, school_id: schoolId, created_at: iso(reported) }).execute();
    let workOrderId: number | null = null;
    const events: { kind: string; at: Date; actor: { id: number; name: string } | null; to: string | null; data?: Record<string, unknown>; note?: string }[] = [
      { kind: 'submitted', at: reported, actor: requester, to: 'submitted', note: `${URGENCY_LABELS[urgency]}报修` },
    ];
    if (requestStatus === 'converted') {
      const dispatched = outcome !== 'pending_dispatch';
      const wo = await tx.insertInto('work_orders').values({
        school_id: schoolId, request_id: request.id, category_id: category.id, room_id: room.id, campus_id: room.campus_id, building_id: room.building_id,
        urgency, status: outcome, assignee_id: dispatched ? tech.id : null, team_id: null, assigned_at: dispatched ? iso(plusMinutes(reported, 3)) : null,
        accepted_at: ['assigned', 'pending_dispatch'].includes(outcome) ? null : iso(accepted),
        started_at: ['assigned', 'pending_dispatch'].includes(outcome) ? null : iso(started),
        paused_at: outcome === 'paused' ? iso(plusMinutes(started, 40)) : null, pause_reason: outcome === 'paused' ? '等配件' : null, paused_minutes: 0,
        completed_at: finished ? iso(completed) : null, confirmed_at: outcome === 'confirmed' ? iso(confirmed) : null, auto_confirmed: 0,
        auto_confirm_at: outcome === 'completed' ? iso(plusMinutes(completed, settings.autoConfirmDays * 1440)) : null,
        cancelled_at: null, cancel_reason: null, respond_due_at: iso(due.respondDueAt), resolve_due_at: iso(due.resolveDueAt),
        respond_escalated_at: null, resolve_escalated_at: null, reopen_count: 0, labor_minutes: laborMinutes, cost_fen: costFen,
        completion_note: finished ? '已修复，试用正常' : null, rating, rating_comment: rating === 3 ? '修得有点慢' : null,
        contractor_id: null, quote_fen: null, created_at: iso(reported), updated_at: iso(closedAt ?? (finished ? completed : reported)),
      }).returningAll().executeTakeFirstOrThrow();
      await recordAudit(tx, ctx, { entity: 'work_order', entityId: wo.id, action: 'create', after: wo, schoolId });
      workOrderId = wo.id;
      events.push({ kind: 'converted', at: reported, actor: null, to: 'pending_dispatch' });
      if (dispatched) {
        await tx.insertInto('work_order_assignments').values({
          school_id: schoolId, work_order_id: wo.id, assignee_id: tech.id, team_id: null, contractor_id: null, assigned_by: head.id, reason: null,
          assigned_at: iso(plusMinutes(reported, 3)), ended_at: null,
        }).execute();
        events.push({ kind: 'assigned', at: plusMinutes(reported, 3), actor: head, to: 'assigned', data: { assigneeId: tech.id, assigneeName: tech.name } });
      }
      if (!['assigned', 'pending_dispatch'].includes(outcome)) {
        events.push({ kind: 'accepted', at: accepted, actor: tech, to: 'accepted' }, { kind: 'started', at: started, actor: tech, to: 'in_progress' });
      }
      if (outcome === 'paused') events.push({ kind: 'paused', at: plusMinutes(started, 40), actor: tech, to: 'paused', note: '等配件' });
      if (finished) events.push({ kind: 'completed', at: completed, actor: tech, to: 'completed', data: { laborHours: laborMinutes / 60, costFen } });
      if (outcome === 'confirmed') events.push({ kind: 'confirmed', at: confirmed, actor: requester, to: 'confirmed', data: { rating } });
    } else if (outcome === 'declined') {
      events.push({ kind: 'declined', at: closedAt ?? reported, actor: head, to: 'declined', note: '属于教室日常保洁，请联系班级处理' });
    } else if (outcome === 'cancelled') {
      events.push({ kind: 'withdrawn', at: closedAt ?? reported, actor: requester, to: 'cancelled', note: '已自行解决' });
    }
    await tx.insertInto('repair_events').values(events.map((e) => ({
      school_id: schoolId, request_id: request.id, work_order_id: e.kind === 'submitted' ? null : workOrderId, actor_id: e.actor?.id ?? null,
      actor_name: e.actor?.name ?? '系统', kind: e.kind, from_status: null, to_status: e.to, note: e.note ?? null,
      data: e.data ? JSON.stringify(e.data) : null, at: iso(e.at),
    }))).execute();
  }
  return count;
}
