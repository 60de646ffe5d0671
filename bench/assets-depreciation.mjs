// Issue 4: the monthly depreciation run for 1,500,000 cards of 300 schools on PostgreSQL, < 2 minutes.
// What production does: the scheduled job (runDepreciationJob, modules/assets/jobs/depreciation-job.ts)
// books last month for every school under its lease. The dataset (bench/assets-search.mjs, database
// houqin_bench_assets) has every card booked through BOOKED_THROUGH; the run books the month after.
// Baseline, same run: one bare UPDATE of the same cards' counters (the statement that undoes the run,
// so the dataset is ready for the next one). Since migration 0280 the counters live in the narrow
// asset_depreciation_state table (one row per card), so the baseline updates that table, not `assets`.
// SQLite is not measured at this size: the embedded deployment holds one school, and 1,500,000 cards
// is a district on PostgreSQL. A dataset made before 0280 is migrated when prepareAssetsDataset opens it.
// `node bench/assets-depreciation.mjs` (no build needed: the job runs in a tsx child).
import { spawn } from 'node:child_process';
import { ASSETS_DB_URL, BOOKED_THROUGH, prepareAssetsDataset } from './assets-search.mjs';
import { root } from './lib/proc.mjs';

const TARGET_MS = 120_000;
const MONTH = (() => {
  const [y, m] = BOOKED_THROUGH.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
})();

/** Runs inside `node --import tsx`: undo any earlier run, time the job, check it, undo it (the baseline). */
async function measure() {
  const { sql } = await import('kysely');
  const { createDb } = await import('../apps/server/src/platform/db/database.ts');
  const { runDepreciationJob } = await import('../apps/server/src/modules/assets/jobs/depreciation-job.ts');
  const { monthsToBook } = await import('../apps/server/src/modules/assets/rules/depreciation.ts');
  const db = createDb({ databaseUrl: ASSETS_DB_URL, poolSize: 2 });
  const k = db.kysely;
  const undo = async () => {
    const t0 = performance.now();
    const r = await sql`update asset_depreciation_state s set booked_dep_months = s.booked_dep_months - 1, accumulated_depreciation_fen = s.accumulated_depreciation_fen - d.amount_fen
      from asset_depreciation d where d.asset_id = s.asset_id and d.month = ${MONTH}`.execute(k);
    const ms = performance.now() - t0;
    await sql`delete from asset_depreciation where month = ${MONTH}`.execute(k);
    await sql`vacuum analyze asset_depreciation_state`.execute(k);
    await sql`vacuum analyze asset_depreciation`.execute(k);
    return { ms, rows: Number(r.numAffectedRows ?? 0) };
  };
  try {
    await undo();
    // The job on the 15th books the month before in each school's time zone (Asia/Shanghai here).
    const now = new Date(`${MONTH.slice(0, 4)}-${MONTH.slice(5)}-15T02:00:00Z`);
    now.setUTCMonth(now.getUTCMonth() + 1);
    const t0 = performance.now();
    const result = await runDepreciationJob(k, now);
    const runMs = performance.now() - t0;
    const t1 = performance.now();
    const again = await runDepreciationJob(k, now);
    const againMs = performance.now() - t1;

    // Exact to the fen: a sample of booked cards against the plan of rules/depreciation.ts.
    const sample = await sql`select a.id, a.original_value_fen, a.life_months, a.dep_start_month, a.opening_dep_months, a.opening_accumulated_fen,
        s.booked_dep_months, s.accumulated_depreciation_fen, d.amount_fen, d.accumulated_fen
      from asset_depreciation d join assets a on a.id = d.asset_id join asset_depreciation_state s on s.asset_id = a.id where d.month = ${MONTH} order by d.asset_id limit 2000`.execute(k);
    for (const r of sample.rows) {
      const plan = { originalFen: Number(r.original_value_fen), lifeMonths: r.life_months, startMonth: r.dep_start_month, openingMonths: r.opening_dep_months, openingAccumulatedFen: Number(r.opening_accumulated_fen) };
      const [expected] = monthsToBook(plan, r.booked_dep_months - 1, MONTH);
      if (!expected || expected.month !== MONTH || expected.amountFen !== Number(r.amount_fen) || expected.accumulatedFen !== Number(r.accumulated_fen) || expected.accumulatedFen !== Number(r.accumulated_depreciation_fen)) {
        throw new Error(`card ${r.id}: booked ${r.amount_fen}/${r.accumulated_fen}, plan says ${JSON.stringify(expected)}`);
      }
    }
    const baseline = await undo();
    if (baseline.rows !== result.assets) throw new Error(`the job booked ${result.assets} cards but ${baseline.rows} month rows were found`);
    return { runMs, againMs, assets: result.assets, schools: result.schools, amountFen: result.amountFen, againAssets: again.assets, baselineMs: baseline.ms, checked: sample.rows.length };
  } finally {
    await db.close();
  }
}

function runChild() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/assets-depreciation.mjs', '--measure'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => { out += c; });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`depreciation run exited with ${code}: ${out.slice(-1000)}`))));
  });
}

export async function benchAssetsDepreciation() {
  const info = await prepareAssetsDataset();
  console.log(`    ${info.reused ? 'reused' : 'generated'} dataset: ${info.schools} schools, ${info.assets.toLocaleString('en-US')} cards, ${info.dueNextMonth.toLocaleString('en-US')} with months left`);
  const r = await runChild();
  return [{
    name: `Monthly depreciation run (scheduled job, every school), PostgreSQL, ${info.schools} schools, ${info.assets.toLocaleString('en-US')} cards`,
    unit: 'ms', value: r.runMs, baseline: r.baselineMs, baselineName: 'one bare UPDATE of the same cards\' counters in asset_depreciation_state (the undo)', target: `< ${TARGET_MS / 1000} s`, pass: r.runMs < TARGET_MS,
    note: `booked ${MONTH} for ${r.assets.toLocaleString('en-US')} cards in ${r.schools} schools, ¥${(r.amountFen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}; `
      + `${r.checked} cards checked against rules/depreciation.ts to the fen; a second run booked ${r.againAssets} cards in ${(r.againMs / 1000).toFixed(1)} s`,
  }];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--measure')) console.log(JSON.stringify(await measure()));
  else console.log(JSON.stringify(await benchAssetsDepreciation(), null, 2));
}
