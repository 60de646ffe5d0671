import { type Actor, hasPermission } from '../../../platform/authz/actor.js';
import { forbidden } from '../../../platform/http/errors.js';

interface StocktakeState { school_id: number; status: string; reconciled_at: string | null }

/** Storekeepers, logistics heads, principals, finance and inspectors read every stocktake of their schools. */
export function seesAllStocktakes(actor: Actor): boolean {
  return hasPermission(actor, 'asset_stocktake', 'read') && (actor.dataScope === 'school' || actor.dataScope === 'district');
}

/** Who runs a stocktake (finish, reconcile, close): those who may open one, in its own school. */
export function runsStocktake(actor: Actor, row: StocktakeState): boolean {
  return actor.schoolId === row.school_id && hasPermission(actor, 'asset_stocktake', 'create') && hasPermission(actor, 'asset_stocktake', 'update');
}

export function requireRunner(actor: Actor, row: StocktakeState): void {
  if (!runsStocktake(actor, row)) throw forbidden('只有资产管理员或总务主任可以推进盘点');
}

/**
 * A teacher scans only in a stocktake that lists them as a counter; the people who run
 * stocktakes may scan in any of their school's, while it is counting.
 */
export function mayScan(actor: Actor, row: StocktakeState, isCounter: boolean): boolean {
  return actor.schoolId === row.school_id && row.status === 'counting' && hasPermission(actor, 'asset_stocktake', 'update')
    && (isCounter || runsStocktake(actor, row));
}

export function mayDecide(actor: Actor, row: StocktakeState): boolean {
  return actor.schoolId === row.school_id && row.status === 'reconciling' && row.reconciled_at !== null && hasPermission(actor, 'asset_stocktake', 'approve');
}
