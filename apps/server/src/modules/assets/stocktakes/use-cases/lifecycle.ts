import type { Kysely } from 'kysely';
import type { Actor } from '../../../../platform/authz/actor.js';
import { auditContextOf } from '../../../../platform/authz/load-actor.js';
import { type Tx, runInTransaction, updateAudited } from '../../../../platform/db/audited-writes.js';
import { nowIso } from '../../../../platform/db/dialect-helpers.js';
import type { Database } from '../../../../platform/db/schema.js';
import { insertProposals, proposalCount } from '../reconcile.repository.js';
import { stocktakeError } from '../stocktakes.errors.js';
import { requireRunner } from '../stocktakes.policy.js';
import type { StocktakeRow } from '../stocktakes.repository.js';
import type { VersionBody } from '../stocktakes.schemas.js';
import { ownStocktakeOrThrow } from './own-stocktake.js';

async function runnableOrThrow(tx: Tx, actor: Actor, id: number): Promise<StocktakeRow> {
  const row = await ownStocktakeOrThrow(tx, actor, id);
  requireRunner(actor, row);
  return row;
}

function update(tx: Tx, actor: Actor, row: StocktakeRow, version: number, patch: Record<string, unknown>, action: string) {
  return updateAudited(tx, auditContextOf(actor), {
    table: 'asset_stocktakes', entity: 'asset_stocktake', label: '盘点', id: row.id, schoolIds: [row.school_id], version, patch, action,
  });
}

/** 结束清点: no more scans; the results are final and reconciliation can start. */
export async function finishCounting(db: Kysely<Database>, actor: Actor, id: number, body: VersionBody): Promise<void> {
  await runInTransaction(db, async (tx) => {
    const row = await runnableOrThrow(tx, actor, id);
    if (row.status !== 'counting') throw stocktakeError('STOCKTAKE_WRONG_STATUS', `「${row.name}」已经结束清点`);
    await update(tx, actor, row, body.version, { status: 'reconciling', finished_at: nowIso() }, 'finish_counting');
  });
}

/**
 * 核对: proposes an adjustment for every difference (盘亏, 位置不符, 使用人不符, 状况异常,
 * 范围外资产, 盘盈) in set-based statements. Runs once per stocktake; each proposal then waits
 * for approval.
 */
export async function reconcileStocktake(db: Kysely<Database>, actor: Actor, id: number, body: VersionBody): Promise<number> {
  return runInTransaction(db, async (tx) => {
    const row = await runnableOrThrow(tx, actor, id);
    if (row.status !== 'reconciling') throw stocktakeError('STOCKTAKE_WRONG_STATUS', `请先结束「${row.name}」的清点，再核对`);
    if (row.reconciled_at !== null) throw stocktakeError('STOCKTAKE_WRONG_STATUS', `「${row.name}」已经核对过`);
    // The version check first, so a stale request writes no proposals.
    await update(tx, actor, row, body.version, { reconciled_at: nowIso() }, 'reconcile');
    await insertProposals(tx, row.school_id, row.id, nowIso());
    return proposalCount(tx, row.school_id, row.id);
  });
}

/** 结束盘点: only once reconciled and every proposal approved or rejected. */
export async function closeStocktake(db: Kysely<Database>, actor: Actor, id: number, body: VersionBody): Promise<void> {
  await runInTransaction(db, async (tx) => {
    const row = await runnableOrThrow(tx, actor, id);
    if (row.status === 'closed') throw stocktakeError('STOCKTAKE_WRONG_STATUS', `「${row.name}」已经结束`);
    if (row.status !== 'reconciling' || row.reconciled_at === null) throw stocktakeError('STOCKTAKE_NOT_RECONCILED', `「${row.name}」还没有核对，不能结束`);
    const pending = await tx.selectFrom('asset_stocktake_adjustments').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('school_id', '=', row.school_id).where('stocktake_id', '=', row.id).where('status', '=', 'pending').executeTakeFirst();
    const n = Number(pending?.n ?? 0);
    if (n > 0) throw stocktakeError('STOCKTAKE_NOT_RECONCILED', `还有 ${n} 条调整建议待审批，审批完才能结束盘点`);
    await update(tx, actor, row, body.version, { status: 'closed', closed_at: nowIso() }, 'close');
  });
}
