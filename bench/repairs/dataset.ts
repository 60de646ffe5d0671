/**
 * Writes a repairs dataset with server-side INSERT … SELECT (generate_series on PostgreSQL, a
 * recursive CTE on SQLite) into a database the app's own migrations have built. Schools are made
 * by the app's createSchool (categories, settings, calendar); people, rooms and repairs are bulk
 * rows that follow the same columns the module writes.
 *
 * Spread: reports uniform over the last `days` days, ids in time order; work reported in the last week is spread
 * over every state, older work is mostly 已验收 (5 % cancelled, a few forgotten open jobs).
 * Every request has a work order (1:1) and three timeline events (submitted, assigned or
 * converted, accepted or a follow-up).
 */
import { type Kysely, sql } from 'kysely';
import type { Db, DialectName } from '../../apps/server/src/platform/db/database.js';
import type { Database } from '../../apps/server/src/platform/db/schema.js';
import { hashPassword } from '../../apps/server/src/platform/auth/passwords.js';
import { makeDistrict, makeSchool, makeUser } from '../../apps/server/test/factories.js';

export const BENCH_PASSWORD = 'Bench-Pass-2026';

export interface DatasetShape {
  schools: number;
  /** spread round-robin over the schools */
  workOrders: number;
  buildingsPerSchool: number;
  roomsPerBuilding: number;
  techniciansPerSchool: number;
  teachersPerSchool: number;
  days: number;
}

export interface DatasetInfo {
  districtId: number;
  schoolIds: number[];
  /** logistics_head of the first school (the dispatcher), the inspector of the district */
  headId: number;
  inspectorId: number;
  workOrders: number;
}

type Raw = Kysely<Database>;
const run = (db: Raw, text: string) => sql.raw(text).execute(db);

/** The few expressions that differ between the two databases. */
function dialectSql(d: DialectName) {
  const pg = d === 'postgres';
  return {
    rand: pg ? 'random()' : '((abs(random()) % 1000000) / 1000000.0)',
    int: (x: string) => (pg ? `floor(${x})::int` : `cast(${x} as integer)`),
    iso: (epoch: string) => (pg
      ? `to_char(to_timestamp(${epoch}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
      : `strftime('%Y-%m-%dT%H:%M:%fZ', ${epoch}, 'unixepoch')`),
    /** `insert into t (cols) select <select> from <n = 1..count>` */
    insertSeq: (head: string, select: string, count: number) => (pg
      ? `${head} select ${select} from generate_series(1, ${count}) as g(n)`
      : `with recursive g(n) as (select 1 union all select n + 1 from g where n < ${count}) ${head} select ${select} from g`),
    pad: (x: string, width: number) => (pg ? `lpad((${x})::text, ${width}, '0')` : `substr('0000' || (${x}), -${width})`),
    createAs: (table: string, select: string) => (pg ? `create unlogged table ${table} as ${select}` : `create table ${table} as ${select}`),
  };
}

/** The first school's people get known 工号 so benches can log in: head, T0001 (teacher), W01 (technician). */
async function seedOrg(db: Db, shape: DatasetShape): Promise<Omit<DatasetInfo, 'workOrders'>> {
  const k = db.kysely;
  const districtId = await makeDistrict(db, '基准区教育局', 'BENCHD');
  const schoolIds: number[] = [];
  for (let i = 0; i < shape.schools; i += 1) {
    schoolIds.push(await makeSchool(db, `基准第${i + 1}小学`, `BS${String(i + 1).padStart(4, '0')}`, districtId));
  }
  const headId = await makeUser(db, { schoolId: schoolIds[0] ?? null, staffNo: 'head', name: '总务主任', roles: ['logistics_head'] });
  const inspectorId = await makeUser(db, { schoolId: null, districtId, staffNo: 'inspector', name: '督查员', roles: ['inspector'] });
  const hash = (await hashPassword(BENCH_PASSWORD)).replace(/'/g, "''");
  const d = dialectSql(db.dialect);
  const now = new Date().toISOString();
  const S = shape.schools;
  const { buildingsPerSchool: B, roomsPerBuilding: R, techniciansPerSchool: K, teachersPerSchool: T } = shape;

  // School index i (0-based) → id, in creation order.
  await run(k, 'drop table if exists bench_schools');
  await run(k, `create table bench_schools (idx integer primary key, school_id integer not null, campus_id integer, dept0 integer,
    cat0 integer, bld0 integer, room0 integer, tech0 integer, teacher0 integer, team0 integer, head_id integer)`);
  await run(k, `insert into bench_schools (idx, school_id) select s.rn - 1, s.id from
    (select id, row_number() over (order by id) as rn from schools where district_id = ${districtId}) s`);
  await run(k, `update bench_schools set
    campus_id = (select min(id) from campuses c where c.school_id = bench_schools.school_id),
    dept0 = (select min(id) from departments x where x.school_id = bench_schools.school_id),
    cat0 = (select min(id) from repair_categories x where x.school_id = bench_schools.school_id)`);

  const school = (expr: string) => `(select school_id from bench_schools where idx = ${expr})`;
  const campus = (expr: string) => `(select campus_id from bench_schools where idx = ${expr})`;
  // Buildings, rooms, users: contiguous ids per school because each table is filled in one ordered statement.
  await run(k, d.insertSeq(`insert into buildings (school_id, campus_id, name, code, floors_above, floors_below, sort, created_at, updated_at, version)`,
    `${school(`(n - 1) / ${B}`)}, ${campus(`(n - 1) / ${B}`)}, ((n - 1) % ${B} + 1) || '号楼', 'B' || ((n - 1) % ${B} + 1), 5, 0, (n - 1) % ${B}, '${now}', '${now}', 1`, S * B));
  await run(k, `update bench_schools set bld0 = (select min(id) from buildings x where x.school_id = bench_schools.school_id)`);
  await run(k, d.insertSeq(`insert into rooms (school_id, campus_id, building_id, floor, code, name, room_type, capacity, area_m2, active, created_at, updated_at, version)`,
    `${school(`(n - 1) / ${B * R}`)}, ${campus(`(n - 1) / ${B * R}`)}, (select bld0 from bench_schools where idx = (n - 1) / ${B * R}) + ((n - 1) % ${B * R}) / ${R},
     ((n - 1) % ${R}) / 10 + 1, null, (((n - 1) % ${R}) / 10 + 1) || '0' || ((n - 1) % 10 + 1) || '室', 'classroom', 45, 60, 1, '${now}', '${now}', 1`, S * B * R));
  await run(k, `update bench_schools set room0 = (select min(id) from rooms x where x.school_id = bench_schools.school_id)`);
  // Technicians then teachers, each block in school order.
  await run(k, d.insertSeq(`insert into users (school_id, staff_no, name, department_id, password_hash, must_change_password, active, failed_login_count, created_at, updated_at, version)`,
    `${school(`(n - 1) / ${K}`)}, 'W' || ${d.pad(`(n - 1) % ${K} + 1`, 2)}, '维修工' || ((n - 1) % ${K} + 1),
     (select dept0 from bench_schools where idx = (n - 1) / ${K}) + 2, '${hash}', 0, 1, 0, '${now}', '${now}', 1`, S * K));
  await run(k, `update bench_schools set tech0 = (select min(id) from users x where x.school_id = bench_schools.school_id and x.staff_no like 'W%')`);
  await run(k, d.insertSeq(`insert into users (school_id, staff_no, name, department_id, password_hash, must_change_password, active, failed_login_count, created_at, updated_at, version)`,
    `${school(`(n - 1) / ${T}`)}, 'T' || ${d.pad(`(n - 1) % ${T} + 1`, 4)}, '教师' || ((n - 1) % ${T} + 1),
     (select dept0 from bench_schools where idx = (n - 1) / ${T}) + 3 + ((n - 1) % 3), '${hash}', 0, 1, 0, '${now}', '${now}', 1`, S * T));
  await run(k, `update bench_schools set teacher0 = (select min(id) from users x where x.school_id = bench_schools.school_id and x.staff_no like 'T%'),
    head_id = coalesce((select min(u.id) from users u join user_roles r on r.user_id = u.id where u.school_id = bench_schools.school_id and r.role_key = 'logistics_head'),
                       (select min(id) from users u where u.school_id = bench_schools.school_id))`);
  await run(k, `insert into user_roles (user_id, school_id, role_key) select id, school_id, 'technician' from users where staff_no like 'W%' and school_id is not null`);
  await run(k, `insert into user_roles (user_id, school_id, role_key) select id, school_id, 'teacher' from users where staff_no like 'T%' and school_id is not null`);
  // Two teams per school: 水电组 (first half of the technicians) and 木工组.
  await run(k, `insert into repair_teams (school_id, name, active, created_at, updated_at, version)
    select school_id, t.name, 1, '${now}', '${now}', 1 from bench_schools, (select '水电组' as name, 0 as o union all select '木工组', 1) t order by idx, t.o`);
  await run(k, `update bench_schools set team0 = (select min(id) from repair_teams x where x.school_id = bench_schools.school_id)`);
  await run(k, `insert into repair_team_members (team_id, user_id, school_id)
    select b.team0 + case when u.id - b.tech0 < ${K / 2} then 0 else 1 end, u.id, b.school_id
    from users u join bench_schools b on b.school_id = u.school_id where u.staff_no like 'W%'`);
  return { districtId, schoolIds, headId, inspectorId };
}

/** Raw random draws, stored once (SQLite would re-evaluate random() in every reference to a subquery column). */
async function seedRandoms(db: Db, shape: DatasetShape, count: number): Promise<void> {
  const d = dialectSql(db.dialect);
  const k = db.kysely;
  const r = (i: number) => `${d.rand} as r${i}`;
  await run(k, 'drop table if exists bench_rand');
  const select = `n, (n - 1) % ${shape.schools} as sidx, ${Array.from({ length: 14 }, (_, i) => r(i + 1)).join(', ')}`;
  await run(k, db.dialect === 'postgres'
    ? d.createAs('bench_rand', `select ${select} from generate_series(1, ${count}) as g(n)`)
    : d.createAs('bench_rand', `with recursive g(n) as (select 1 union all select n + 1 from g where n < ${count}) select ${select} from g`));
}

/** Every column of a request and its work order, derived from the draws. */
async function seedPlan(db: Db, shape: DatasetShape, nowEpoch: number): Promise<void> {
  const d = dialectSql(db.dialect);
  const { buildingsPerSchool: B, roomsPerBuilding: R, techniciansPerSchool: K, teachersPerSchool: T } = shape;
  // Ids grow with time as in a live database (report n is newer than n - 1), within an hour of jitter.
  const age = `((1.0 - (n * 1.0) / ${shape.workOrders}) * ${shape.days} * 86400 + r1 * 3600)`;
  const status = `case
    when ${age} < 7 * 86400 then (case when r2 < 0.10 then 'pending_dispatch' when r2 < 0.25 then 'assigned' when r2 < 0.35 then 'accepted'
      when r2 < 0.50 then 'in_progress' when r2 < 0.55 then 'paused' when r2 < 0.80 then 'completed' when r2 < 0.95 then 'confirmed' else 'cancelled' end)
    when ${age} < 14 * 86400 then (case when r2 < 0.05 then 'in_progress' when r2 < 0.10 then 'completed' when r2 < 0.95 then 'confirmed' else 'cancelled' end)
    else (case when r2 < 0.002 then 'in_progress' when r2 < 0.003 then 'paused' when r2 < 0.95 then 'confirmed' else 'cancelled' end) end`;
  const select = `select n, b.school_id, b.campus_id, b.head_id,
    ${d.int(`${nowEpoch} - ${age}`)} as reported,
    ${status} as status,
    case when r3 < 0.1 then 'urgent' when r3 < 0.9 then 'normal' else 'scheduled' end as urgency,
    b.cat0 + ${d.int('r4 * 9')} as category_id,
    b.bld0 + ${d.int(`r5 * ${B}`)} as building_id,
    b.room0 + ${d.int(`r5 * ${B}`)} * ${R} + ${d.int(`r6 * ${R}`)} as room_id,
    b.teacher0 + ${d.int(`r7 * ${T}`)} as requester_id,
    b.dept0 + 3 + (${d.int(`r7 * ${T}`)} % 3) as requester_department_id,
    b.tech0 + ${d.int(`r8 * ${K}`)} as tech_id,
    b.team0 + case when ${d.int(`r8 * ${K}`)} < ${K / 2} then 0 else 1 end as team_id,
    r9, ${d.int('600 + r10 * 3000')} as d_assign, ${d.int('300 + r11 * 7200')} as d_accept, ${d.int('300 + r12 * 3600')} as d_start,
    ${d.int('1800 + r13 * 36000')} as d_complete, ${d.int('86400 + r14 * 6 * 86400')} as d_confirm, ${d.int('r2 * 100000')} as seed
    from bench_rand join bench_schools b on b.idx = bench_rand.sidx`;
  await run(db.kysely, 'drop table if exists bench_plan');
  await run(db.kysely, d.createAs('bench_plan', select));
}

const STAGE = `case status when 'pending_dispatch' then 0 when 'assigned' then 1 when 'cancelled' then 1 when 'accepted' then 2
  when 'in_progress' then 3 when 'paused' then 3 when 'completed' then 4 else 5 end`;

const DESCRIPTIONS = ['教室灯管不亮', '水龙头漏水', '门锁坏了，关不上', '课桌桌面开裂', '投影仪无信号', '网络时断时续', '空调不制冷', '窗户玻璃裂了'];

/** Requests, work orders, assignments, followers and events from the plan, in that order. */
async function seedRepairs(db: Db): Promise<void> {
  const d = dialectSql(db.dialect);
  const k = db.kysely;
  const t = (offset: string) => d.iso(offset);
  const assigned = 'reported + d_assign';
  const accepted = `${assigned} + d_accept`;
  const started = `${accepted} + d_start`;
  const completed = `${started} + d_complete`;
  const confirmed = `${completed} + d_confirm`;
  const desc = `case seed % 8 ${DESCRIPTIONS.map((x, i) => `when ${i} then '${x}'`).join(' ')} end`;
  const dueRespond = `reported + case urgency when 'urgent' then 1800 else 14400 end`;
  const dueResolve = `reported + case urgency when 'urgent' then 14400 when 'normal' then 172800 else 259200 end`;
  const closedAt = `case status when 'confirmed' then ${t(confirmed)} when 'cancelled' then ${t(assigned + ' + 3600')} end`;
  const stage = `(${STAGE})`;
  // An assigned job a third of the time waits for a team member to claim it.
  const teamOnly = `(status = 'assigned' and r9 < 0.3)`;

  await run(k, `insert into repair_requests (id, school_id, requester_id, requester_department_id, room_id, location_text, campus_id, building_id,
      category_id, description, urgency, preferred_at, status, repeat_of_id, reported_at, closed_at, confirmed_at, created_at, updated_at, version)
    select n, school_id, requester_id, requester_department_id, room_id, null, campus_id, building_id, category_id, ${desc}, urgency,
      case when urgency = 'scheduled' then ${t('reported + 86400')} end, 'converted',
      case when r9 > 0.97 and n > (select count(*) from bench_schools) then n - (select count(*) from bench_schools) end,
      ${t('reported')}, ${closedAt}, case when status = 'confirmed' then ${t(confirmed)} end, ${t('reported')}, ${t('reported')}, 1
    from bench_plan order by n`);
  await run(k, `insert into work_orders (id, school_id, request_id, category_id, room_id, campus_id, building_id, urgency, status, assignee_id, team_id,
      assigned_at, accepted_at, started_at, paused_at, pause_reason, paused_minutes, completed_at, confirmed_at, auto_confirmed, auto_confirm_at,
      cancelled_at, cancel_reason, respond_due_at, resolve_due_at, reopen_count, labor_minutes, cost_fen, completion_note, rating, rating_comment,
      created_at, updated_at, version)
    select n, school_id, n, category_id, room_id, campus_id, building_id, urgency, status,
      case when ${stage} >= 1 and not ${teamOnly} then tech_id end, case when ${stage} >= 1 then team_id end,
      case when ${stage} >= 1 then ${t(assigned)} end, case when ${stage} >= 2 then ${t(accepted)} end, case when ${stage} >= 3 then ${t(started)} end,
      case when status = 'paused' then ${t(started + ' + 3600')} end, case when status = 'paused' then '等配件' end, 0,
      case when ${stage} >= 4 then ${t(completed)} end, case when status = 'confirmed' then ${t(confirmed)} end,
      case when status = 'confirmed' and r9 < 0.2 then 1 else 0 end, case when status = 'completed' then ${t(completed + ' + 7 * 86400')} end,
      case when status = 'cancelled' then ${t(assigned + ' + 3600')} end, case when status = 'cancelled' then '重复报修' end,
      ${t(dueRespond)}, ${t(dueResolve)}, 0, case when ${stage} >= 4 then 30 + seed % 240 else 0 end,
      case when ${stage} >= 4 then (seed * 7) % 50000 else 0 end, case when ${stage} >= 4 then '已修复' end,
      case when status = 'confirmed' and r9 < 0.8 then 3 + seed % 3 end, null,
      ${t('reported')}, ${t('reported')}, 1
    from bench_plan order by n`);
  await run(k, `insert into work_order_assignments (id, school_id, work_order_id, assignee_id, team_id, assigned_by, reason, assigned_at, ended_at)
    select n, school_id, n, case when not ${teamOnly} then tech_id end, team_id, head_id, null, ${t(assigned)}, null
    from bench_plan where ${stage} >= 1 order by n`);
  await run(k, `insert into repair_request_followers (request_id, user_id, school_id, created_at)
    select n, requester_id, school_id, ${t('reported')} from bench_plan order by n`);
  // Three timeline events per work order.
  const event = (kind: string, actor: string, to: string, at: string) =>
    `insert into repair_events (school_id, request_id, work_order_id, actor_id, actor_name, kind, from_status, to_status, note, data, at)
     select school_id, n, n, ${actor}, '基准', ${kind}, null, ${to}, null, null, ${at} from bench_plan order by n`;
  await run(k, event(`'submitted'`, 'requester_id', `'submitted'`, t('reported')));
  await run(k, event(`case when ${stage} >= 1 then 'assigned' else 'converted' end`, 'head_id',
    `case when ${stage} >= 1 then 'assigned' else 'pending_dispatch' end`, `case when ${stage} >= 1 then ${t(assigned)} else ${t('reported + 60')} end`));
  await run(k, event(`case when ${stage} >= 2 then 'accepted' else 'follow_up' end`, `case when ${stage} >= 2 then tech_id else requester_id end`,
    `case when ${stage} >= 2 then 'accepted' end`, `case when ${stage} >= 2 then ${t(accepted)} else ${t('reported + 1800')} end`));
}

/** Non-constraint indexes of the big tables: dropped during the load, rebuilt after (much faster than row-by-row upkeep). */
const BIG_TABLES = ['repair_requests', 'work_orders', 'work_order_assignments', 'repair_request_followers', 'repair_events'];

async function withoutIndexes(db: Db, load: () => Promise<void>): Promise<void> {
  if (db.dialect !== 'postgres') return load();
  const k = db.kysely;
  const list = BIG_TABLES.map((x) => `'${x}'`).join(', ');
  const r = await sql<{ indexname: string; indexdef: string }>`select i.indexname, i.indexdef from pg_indexes i
    where i.schemaname = current_schema() and i.tablename in (${sql.raw(list)})
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`.execute(k);
  for (const ix of r.rows) await run(k, `drop index ${ix.indexname}`);
  await load();
  await run(k, `set maintenance_work_mem = '256MB'`);
  for (const ix of r.rows) await run(k, ix.indexdef);
}

async function fixSequences(db: Db): Promise<void> {
  if (db.dialect !== 'postgres') return;
  for (const table of ['repair_requests', 'work_orders', 'work_order_assignments']) {
    await run(db.kysely, `select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
  }
}

export async function generateRepairsDataset(db: Db, shape: DatasetShape, log: (line: string) => void = () => {}): Promise<DatasetInfo> {
  const t0 = performance.now();
  const step = (what: string) => log(`  ${what} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const org = await seedOrg(db, shape);
  step(`${shape.schools} schools, their buildings, rooms, people and teams`);
  const count = shape.workOrders;
  if (db.dialect === 'postgres') await run(db.kysely, 'set synchronous_commit = off');
  await seedRandoms(db, shape, count);
  await seedPlan(db, shape, Math.floor(Date.now() / 1000));
  step(`plan of ${count} requests`);
  const load = async () => {
    await db.kysely.transaction().execute(async (tx) => {
      const txDb = { ...db, kysely: tx as unknown as Kysely<Database> };
      await seedRepairs(txDb);
    });
  };
  await withoutIndexes(db, load);
  await fixSequences(db);
  step('requests, work orders, assignments, followers, events and their indexes');
  await run(db.kysely, 'drop table bench_rand');
  await run(db.kysely, 'drop table bench_plan');
  await run(db.kysely, 'analyze');
  step('analyze');
  return { ...org, workOrders: count };
}
