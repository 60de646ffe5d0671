import type { AppConfig } from '../config/config.js';
import type { Db } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { openDatabase } from '../server.js';

/** Opens the configured database (the same one the server uses), brings it up to date, runs `fn`, closes. */
export async function withMigratedDatabase<T>(config: AppConfig, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = openDatabase(config);
  try {
    await migrateToLatest(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** CLI writes are audited under this name so the trail shows they came from the server console. */
export const CLI_AUDIT = { actorId: null, actorName: 'CLI', ip: null } as const;
