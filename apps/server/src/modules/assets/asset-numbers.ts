import { sql } from 'kysely';
import type { Tx } from '../../platform/db/audited-writes.js';
import { formatNumber, numberingScope } from './rules/numbering.js';

/**
 * Reserves `count` consecutive numbers in one statement: the counter row is inserted or bumped
 * and its new value returned, so two requests (or two processes) can never get the same numbers;
 * the row lock holds until the caller's transaction ends.
 */
export async function reserveAssetNumbers(tx: Tx, schoolId: number, pattern: string, input: { acquiredOn: string; categoryCode: string }, count: number): Promise<string[]> {
  const scope = numberingScope(pattern, input);
  const row = await tx.insertInto('asset_number_counters')
    .values({ school_id: schoolId, scope_key: scope, last_value: count })
    .onConflict((oc) => oc.columns(['school_id', 'scope_key']).doUpdateSet({ last_value: sql<number>`asset_number_counters.last_value + ${count}` }))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  const first = Number(row.last_value) - count + 1;
  return Array.from({ length: count }, (_, i) => formatNumber(scope, first + i));
}
