import type { Db } from '../platform/db/database.js';

/** Placeholder until the demo dataset lands: does nothing on a non-empty database. */
export async function seedDemoIfEmpty(_db: Db): Promise<boolean> {
  return false;
}
