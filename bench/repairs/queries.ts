/**
 * Times the repairs reads through the module's own use cases (dispatch board, technician queue,
 * summary) on a generated dataset, captures the SQL they really run (a Kysely plugin compiles
 * each query as it is executed) and prints its plan: EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL,
 * EXPLAIN QUERY PLAN on SQLite.
 *
 * Usage: node --import tsx bench/repairs/queries.ts --pg <url> | --sqlite <file>, with the
 * dataset's JSON (DatasetInfo) in HOUQIN_BENCH_DATASET. Prints plans, then one JSON line of results.
 */
import {
  CompiledQuery, type Kysely, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult,
  type RootOperationNode, type UnknownRow, sql,
} from 'kysely';
import { loadActor } from '../../apps/server/src/platform/authz/load-actor.js';
import type { Actor } from '../../apps/server/src/platform/authz/actor.js';
import { type Db, createDb } from '../../apps/server/src/platform/db/database.js';
import type { Database } from '../../apps/server/src/platform/db/schema.js';
import { listQueuePage, listWorkOrdersPage } from '../../apps/server/src/modules/repairs/use-cases/list-repairs.js';
import { districtRepairSummary, repairSummary } from '../../apps/server/src/modules/repairs/reports/summary.js';
import type { QueueQuery, WorkOrderListQuery } from '../../apps/server/src/modules/repairs/work-orders.schemas.js';
import type { DatasetInfo } from './dataset.js';

/** Collects every query a Kysely instance runs, compiled exactly as the driver receives it. */
class CaptureSql implements KyselyPlugin {
  readonly queries: CompiledQuery[] = [];
  constructor(private readonly compile: (node: RootOperationNode, args: PluginTransformQueryArgs) => CompiledQuery) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.queries.push(this.compile(args.node, args));
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

function capturing(db: Kysely<Database>): { kysely: Kysely<Database>; capture: CaptureSql } {
  const executor = db.getExecutor();
  const capture = new CaptureSql((node, args) => executor.compileQuery(node, args.queryId));
  return { kysely: db.withPlugin(capture), capture };
}

const BIG_TABLES = ['repair_requests', 'work_orders', 'repair_events', 'work_order_assignments', 'repair_request_followers'];

/** The plan of one captured query; `bad` names big tables read without an index. */
async function planOf(db: Db, q: CompiledQuery): Promise<{ text: string; bad: string[] }> {
  if (db.dialect === 'postgres') {
    const r = await db.kysely.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain (analyze, buffers) ${q.sql}`, [...q.parameters]));
    const text = r.rows.map((x) => x['QUERY PLAN']).join('\n');
    return { text, bad: BIG_TABLES.filter((t) => new RegExp(`Seq Scan on ${t}\\b`).test(text)) };
  }
  const r = await db.kysely.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${q.sql}`, [...q.parameters]));
  const text = r.rows.map((x) => x.detail).join('\n');
  // "SCAN wo" without an index is a full table scan; aliases of the big tables in the module's SQL.
  const aliases: Record<string, string> = { rr: 'repair_requests', wo: 'work_orders', e: 'repair_events', a: 'work_order_assignments', f: 'repair_request_followers' };
  const bad = r.rows.map((x) => /^(?:SCAN|SEARCH) (\w+)\b(?! USING)/.exec(x.detail)?.[1]).filter((a): a is string => a !== undefined && (aliases[a] !== undefined || BIG_TABLES.includes(a)));
  return { text, bad: bad.map((a) => aliases[a] ?? a) };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

async function timed(runs: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn(i);
    out.push(performance.now() - t0);
  }
  return out;
}

/** Runs `fn` once through the capturing instance and prints the plan of every query it issued. */
async function explain(db: Db, title: string, fn: (k: Kysely<Database>) => Promise<unknown>): Promise<string[]> {
  const { kysely, capture } = capturing(db.kysely);
  await fn(kysely);
  const bad: string[] = [];
  console.log(`\n=== ${title}: ${capture.queries.length} queries`);
  for (const [i, q] of capture.queries.entries()) {
    const plan = await planOf(db, q);
    bad.push(...plan.bad);
    console.log(`\n--- query ${i + 1}: ${q.sql}\n    parameters: ${JSON.stringify(q.parameters)}\n${plan.text.split('\n').map((l) => `    ${l}`).join('\n')}`);
  }
  return [...new Set(bad)];
}

/** The last whole calendar month (UTC dates; the schools are all Asia/Shanghai). */
function lastMonth(now = new Date()): { from: string; to: string } {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

export interface QueryRow { key: string; p50: number; p95: number; max: number; runs: number; baselineP95: number; baselineName: string; bad: string[]; note: string }

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const pg = args[args.indexOf('--pg') + 1];
  const file = args[args.indexOf('--sqlite') + 1];
  const info = JSON.parse(process.env.HOUQIN_BENCH_DATASET ?? '{}') as DatasetInfo;
  const db = args.includes('--pg') && pg ? createDb({ databaseUrl: pg }) : createDb({ sqlitePath: file ?? ':memory:' });
  const k = db.kysely;
  const runs = Number(process.env.HOUQIN_BENCH_RUNS ?? 200);
  const schoolId = info.schoolIds[0] ?? 0;
  try {
    const head = await loadActor(k, info.headId, 'bench', null);
    const inspector = await loadActor(k, info.inspectorId, 'bench', null);
    if (!head || !inspector) throw new Error('dataset has no head or inspector');
    const techIds = (await k.selectFrom('users').select('id').where('school_id', '=', schoolId).where('staff_no', 'like', 'W%').orderBy('id').execute()).map((r) => r.id);
    const techs = (await Promise.all(techIds.map((id) => loadActor(k, id, 'bench', null)))).filter((a): a is Actor => a !== null);
    const building = await k.selectFrom('buildings').select('id').where('school_id', '=', schoolId).orderBy('id').executeTakeFirstOrThrow();
    const dialect = db.dialect;

    // What a dispatcher clicks through on the board.
    const boards: WorkOrderListQuery[] = [
      {}, { page: 2 }, { state: 'completed' }, { unassigned: true }, { overdue: true }, { buildingId: building.id },
      { state: 'all', sort: '-reportedAt' }, { q: '漏水' },
    ];
    const queues: QueueQuery[] = [{}, { includeCompleted: true }];
    const board = (kk: Kysely<Database>, i: number) => listWorkOrdersPage(kk, dialect, head, boards[i % boards.length] ?? {});
    const queue = (kk: Kysely<Database>, i: number) => listQueuePage(kk, techs[i % techs.length] ?? head, queues[Math.floor(i / techs.length) % queues.length] ?? {});
    const month = lastMonth();

    const bad: Record<string, string[]> = {};
    bad.board = await explain(db, 'Dispatch board, open work by deadline (GET /work-orders)', (kk) => board(kk, 0));
    bad.boardAll = await explain(db, 'Dispatch board, every state by report time (GET /work-orders?state=all&sort=-reportedAt)', (kk) => board(kk, 6));
    bad.boardOverdue = await explain(db, 'Dispatch board, overdue (GET /work-orders?overdue=true)', (kk) => board(kk, 4));
    bad.boardKeyword = await explain(db, 'Dispatch board, keyword (GET /work-orders?q=漏水)', (kk) => board(kk, 7));
    bad.queue = await explain(db, 'Technician queue (GET /work-orders/queue)', (kk) => queue(kk, 0));
    bad.summary = await explain(db, `Summary of one school, ${month.from}..${month.to}`, (kk) => repairSummary(kk, head, month));
    bad.district = await explain(db, `Summary of the district (${inspector.readableSchoolIds.length} schools), ${month.from}..${month.to}`, (kk) => districtRepairSummary(kk, inspector, month));

    // Same-run baseline: a primary-key read of one work order through the same connection pool.
    const ids = (await k.selectFrom('work_orders').select('id').where('school_id', '=', schoolId).limit(50).execute()).map((r) => r.id);
    const pk = (i: number) => k.selectFrom('work_orders').select(['id', 'status']).where('id', '=', ids[i % ids.length] ?? 0).where('school_id', '=', schoolId).executeTakeFirst();
    const countOf = (schools: number[]) => k.selectFrom('repair_requests').select(sql<number>`count(*)`.as('n'))
      .where('school_id', 'in', schools).where('reported_at', '>=', `${month.from}T00:00:00.000Z`).where('reported_at', '<', `${month.to}T23:59:59.999Z`).executeTakeFirst();

    const results: QueryRow[] = [];
    const row = (key: string, t: number[], base: number[], baselineName: string, b: string[], note: string) =>
      results.push({ key, p50: percentile(t, 50), p95: percentile(t, 95), max: Math.max(...t), runs: t.length, baselineP95: percentile(base, 95), baselineName, bad: b, note });

    for (let i = 0; i < boards.length; i += 1) await board(k, i);
    for (let i = 0; i < techs.length * 2; i += 1) await queue(k, i);
    await timed(20, pk);
    // Interleave the measured call and its baseline so load from neighbours hits both alike.
    const interleave = async (n: number, fn: (i: number) => Promise<unknown>, base: (i: number) => Promise<unknown>) => {
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < n; i += 1) { a.push(...await timed(1, () => fn(i))); b.push(...await timed(1, () => base(i))); }
      return [a, b] as const;
    };
    const [tb, bb] = await interleave(runs, (i) => board(k, i), pk);
    const views = ['open', 'page 2', 'completed', 'unassigned', 'overdue', 'one building', 'all by report time', 'keyword'];
    const perView = views.map((v, j) => `${v} ${percentile(tb.filter((_, i) => i % boards.length === j), 95).toFixed(1)}`).join(', ');
    row('board', tb, bb, 'primary-key read of one work order', [...bad.board ?? [], ...bad.boardAll ?? [], ...bad.boardOverdue ?? [], ...bad.boardKeyword ?? []],
      `${boards.length} board views in rotation, p95 ms per view: ${perView}; count + page + presentation`);
    const [tq, bq] = await interleave(runs, (i) => queue(k, i), pk);
    row('queue', tq, bq, 'primary-key read of one work order', bad.queue ?? [], `${techs.length} technicians, open and with 待验收`);
    const [tdb, bdb] = await interleave(Math.max(10, runs / 10), () => listWorkOrdersPage(k, dialect, inspector, {}), pk);
    row('districtBoard', tdb, bdb, 'primary-key read of one work order', [], `inspector, open work of all ${inspector.readableSchoolIds.length} schools`);
    const [ts, bs] = await interleave(Math.max(10, runs / 10), () => repairSummary(k, head, month), () => countOf([schoolId]));
    row('summary', ts, bs, 'bare count(*) of the same requests', bad.summary ?? [], `${month.from}..${month.to}`);
    const [td, bd] = await interleave(5, () => districtRepairSummary(k, inspector, month), () => countOf(inspector.readableSchoolIds));
    row('district', td, bd, 'bare count(*) of the same requests', bad.district ?? [], `${inspector.readableSchoolIds.length} schools, ${month.from}..${month.to}`);
    const counts = await k.selectFrom('work_orders').select(sql<number>`count(*)`.as('n')).where('school_id', '=', schoolId)
      .where('status', 'in', ['pending_dispatch', 'assigned', 'accepted', 'in_progress', 'paused']).executeTakeFirst();
    console.log(JSON.stringify({ dialect, openInSchool: Number(counts?.n ?? 0), results }));
  } finally {
    await db.close();
  }
}

await main();
