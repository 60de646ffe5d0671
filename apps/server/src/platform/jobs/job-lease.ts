import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * Claims the named job for `ttlMs` through the job_leases table, so that of several app processes
 * (a district runs many) exactly one runs it; a holder that died loses the lease when it expires.
 * One statement: insert the lease, or take it over only if it has expired.
 */
export async function claimJobLease(db: Kysely<Database>, name: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
  const row = await db.insertInto('job_leases')
    .values({ name, holder, expires_at: expiresAt })
    .onConflict((oc) => oc.column('name').doUpdateSet({ holder, expires_at: expiresAt }).where('job_leases.expires_at', '<=', now.toISOString()))
    .returning('holder')
    .executeTakeFirst();
  return row?.holder === holder;
}

export async function releaseJobLease(db: Kysely<Database>, name: string, holder: string): Promise<void> {
  await db.deleteFrom('job_leases').where('name', '=', name).where('holder', '=', holder).execute();
}
