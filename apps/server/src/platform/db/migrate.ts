import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db } from './database.js';
import { foundationMigration } from './migrations/2026-11-21-0001-foundation.js';
import { qrOneCodePerTargetMigration } from './migrations/2026-11-21-0020-qr-one-code-per-target.js';
import { repairsMigration } from './migrations/2026-11-21-0100-repairs.js';
import { checklistsMigration } from './migrations/2026-11-21-0110-checklists.js';
import { contractorsMigration } from './migrations/2026-11-21-0130-contractors.js';
import { maintenanceMigration } from './migrations/2026-11-21-0120-maintenance.js';
import { repairPublicBoardMigration } from './migrations/2026-11-21-0140-repair-public-board.js';
import { repairsIndexesMigration } from './migrations/2026-11-21-0150-repairs-indexes.js';
import { assetsMigration } from './migrations/2026-11-21-0200-assets.js';
import { maintenanceAssetTargetsMigration } from './migrations/2026-11-21-0210-maintenance-asset-targets.js';
import { assetRoomChecksMigration } from './migrations/2026-11-21-0220-asset-room-checks.js';
import { assetMovementsMigration } from './migrations/2026-11-21-0240-asset-movements.js';
import { assetDamageDisposalMigration } from './migrations/2026-11-21-0250-asset-damage-disposal.js';
import { assetStocktakesMigration } from './migrations/2026-11-21-0230-asset-stocktakes.js';
import { assetSearchPinyinMigration } from './migrations/2026-11-21-0260-asset-search-pinyin.js';
import { repairsBoardSpeedMigration } from './migrations/2026-11-21-0270-repairs-board-speed.js';
import { assetDepreciationStateMigration } from './migrations/2026-11-21-0280-asset-depreciation-state.js';
import { stocktakeExtrasPhotosMigration } from './migrations/2026-11-21-0290-stocktake-extras-photos.js';
import { assetLoanExtensionsMigration } from './migrations/2026-11-21-0300-asset-loan-extensions.js';
import { loanExtensionRequestsMigration } from './migrations/2026-11-22-0310-loan-extension-requests.js';

/** Ordered list: append only, never edit a migration that has landed. */
function allMigrations(db: Db): Record<string, Migration> {
  return {
    '2026-11-21-0001-foundation': foundationMigration(db.dialect),
    '2026-11-21-0020-qr-one-code-per-target': qrOneCodePerTargetMigration(),
    '2026-11-21-0100-repairs': repairsMigration(db.dialect),
    '2026-11-21-0110-checklists': checklistsMigration(db.dialect),
    '2026-11-21-0120-maintenance': maintenanceMigration(db.dialect),
    '2026-11-21-0130-contractors': contractorsMigration(db.dialect),
    '2026-11-21-0140-repair-public-board': repairPublicBoardMigration(),
    '2026-11-21-0150-repairs-indexes': repairsIndexesMigration(),
    '2026-11-21-0200-assets': assetsMigration(db.dialect),
    '2026-11-21-0210-maintenance-asset-targets': maintenanceAssetTargetsMigration(),
    '2026-11-21-0220-asset-room-checks': assetRoomChecksMigration(db.dialect),
    '2026-11-21-0240-asset-movements': assetMovementsMigration(db.dialect),
    '2026-11-21-0250-asset-damage-disposal': assetDamageDisposalMigration(db.dialect),
    '2026-11-21-0230-asset-stocktakes': assetStocktakesMigration(db.dialect),
    '2026-11-21-0260-asset-search-pinyin': assetSearchPinyinMigration(),
    '2026-11-21-0270-repairs-board-speed': repairsBoardSpeedMigration(db.dialect),
    '2026-11-21-0280-asset-depreciation-state': assetDepreciationStateMigration(db.dialect),
    '2026-11-21-0290-stocktake-extras-photos': stocktakeExtrasPhotosMigration(),
    '2026-11-21-0300-asset-loan-extensions': assetLoanExtensionsMigration(db.dialect),
    '2026-11-22-0310-loan-extension-requests': loanExtensionRequestsMigration(db.dialect),
  };
}

class InCodeProvider implements MigrationProvider {
  constructor(private readonly db: Db) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return allMigrations(this.db);
  }
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  // why: without a schema Kysely looks for its lock table in every schema, so a database
  // holding several schemas (tests, or a district sharing one database) would skip creating it.
  const migrator = new Migrator({
    db: db.kysely, provider: new InCodeProvider(db), ...(db.pgSchema ? { migrationTableSchema: db.pgSchema } : {}),
  });
  return runMigrations(migrator);
}

/**
 * Runs the migrator to its latest step. Before anything else Kysely lists every table of the
 * database to find its own; on PostgreSQL that listing fails with 3F000 (schema) or 42P01 (table)
 * when another schema is dropped at that instant (test runs drop theirs when done). Nothing is
 * written by then, so the run is simply tried again.
 */
const VANISHED = new Set(['3F000', '42P01']);

export async function runMigrations(migrator: Migrator, attempts = 5): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    const vanishedSchema = typeof error === 'object' && error !== null && 'code' in error && VANISHED.has(String(error.code)) && (results ?? []).length === 0;
    if (!vanishedSchema || attempt >= attempts) throw error instanceof Error ? error : new Error(String(error));
  }
}
