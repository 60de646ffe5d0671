import { type Actor, writableSchoolId } from '../../../../platform/authz/actor.js';
import { forbidden, notFound } from '../../../../platform/http/errors.js';
import { stocktakeError } from '../stocktakes.errors.js';
import { mayScan } from '../stocktakes.policy.js';
import { type Conn, type StocktakeRow, findStocktakeRow, isCounter } from '../stocktakes.repository.js';

/** A stocktake of the actor's own school, for a change: another school's answers 404. */
export async function ownStocktakeOrThrow(db: Conn, actor: Actor, id: number): Promise<StocktakeRow> {
  const row = await findStocktakeRow(db, [writableSchoolId(actor)], id);
  if (!row) throw notFound('盘点');
  return row;
}

/**
 * Changes made while counting (scans, 盘盈, photos): once counting has ended they are refused
 * with 409, saying what can no longer be done; a colleague who is neither a listed counter nor
 * the runner is told so (403).
 */
export async function requireCountingScanner(db: Conn, actor: Actor, row: StocktakeRow, refused: string): Promise<void> {
  if (row.status !== 'counting') throw stocktakeError('STOCKTAKE_WRONG_STATUS', `「${row.name}」已结束清点，${refused}`);
  if (!mayScan(actor, row, await isCounter(db, row.school_id, row.id, actor.userId))) throw forbidden('你不是这次盘点的盘点人');
}
