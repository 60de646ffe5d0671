import type { Tx } from '../../platform/db/audited-writes.js';

export interface NewCardState { assetId: number; openingAccumulatedFen: number }

// why: four values a row; 500 rows stay far under SQLite's and PostgreSQL's bound-parameter limits.
const CHUNK = 500;

/**
 * Every card has exactly one row in asset_depreciation_state (migration 0280), written in the card's
 * own transaction: nothing booked yet, accumulated depreciation = what an older ledger brought.
 * Every path that inserts into `assets` calls this with the new ids.
 */
export async function insertDepreciationStates(tx: Tx, schoolId: number, cards: NewCardState[]): Promise<void> {
  for (let i = 0; i < cards.length; i += CHUNK) {
    await tx.insertInto('asset_depreciation_state').values(cards.slice(i, i + CHUNK).map((c) => ({
      asset_id: c.assetId, school_id: schoolId, booked_dep_months: 0, accumulated_depreciation_fen: c.openingAccumulatedFen,
    }))).execute();
  }
}
