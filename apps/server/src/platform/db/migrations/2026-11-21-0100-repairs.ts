import type { Kysely } from 'kysely';
import type { DialectName } from '../database.js';

/** Repairs and maintenance tables. */
export function repairsMigration(_dialect: DialectName) {
  return {
    async up(_db: Kysely<unknown>): Promise<void> {
      // Filled in by the repairs module before it lands.
    },
  };
}
