import { type Kysely, sql } from 'kysely';

/**
 * At most one QR code per target. The link use case checks this too, but only the database can
 * stop two people linking (or printing) codes for the same room at the same moment on
 * PostgreSQL. A partial unique index works the same way on SQLite and PostgreSQL.
 */
export function qrOneCodePerTargetMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createIndex('qr_codes_one_per_target')
        .ifNotExists()
        .unique()
        .on('qr_codes')
        .columns(['school_id', 'target_type', 'target_id'])
        .where(sql.ref('target_id'), 'is not', null)
        .execute();
    },
  };
}
