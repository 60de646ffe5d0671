import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db } from './database.js';
import { foundationMigration } from './migrations/2026-11-21-0001-foundation.js';

/** Ordered list: append only, never edit a migration that has landed. */
function allMigrations(db: Db): Record<string, Migration> {
  return {
    '2026-11-21-0001-foundation': foundationMigration(db.dialect),
  };
}

class InCodeProvider implements MigrationProvider {
  constructor(private readonly db: Db) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return allMigrations(this.db);
  }
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db: db.kysely, provider: new InCodeProvider(db) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
