import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/schema.js';
import { nowIso } from '../../platform/db/dialect-helpers.js';
import { platformError } from '../../platform/http/errors.js';
import { dummyPasswordHash, verifyPassword } from '../../platform/auth/passwords.js';
import { createSession } from '../../platform/auth/sessions.js';
import { formatLocalTime } from '../../platform/calendar/time-zone.js';
import type { LoginBody } from './auth.schemas.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

interface LoginMeta { ip: string | null; userAgent: string | null }

async function findCandidates(db: Kysely<Database>, body: LoginBody) {
  let q = db
    .selectFrom('users')
    .leftJoin('schools', 'schools.id', 'users.school_id')
    .select(['users.id', 'users.name', 'users.school_id', 'users.password_hash', 'users.active', 'users.failed_login_count',
      'users.locked_until', 'schools.timezone'])
    .where((eb) => eb.or([eb('users.staff_no', '=', body.identifier), eb('users.phone', '=', body.identifier)]));
  if (body.schoolCode) q = q.where('schools.code', '=', body.schoolCode);
  return q.limit(5).execute();
}

/**
 * Checks the password and opens a session. Every attempt, good or bad, lands in the audit
 * trail; five bad passwords in a row lock the account for fifteen minutes.
 */
export async function login(db: Kysely<Database>, body: LoginBody, meta: LoginMeta): Promise<{ userId: number; token: string; csrfToken: string }> {
  const candidates = await findCandidates(db, body);
  if (candidates.length > 1) {
    throw platformError('LOGIN_SCHOOL_REQUIRED', '该工号在多所学校存在，请同时填写学校代码', [
      { field: 'schoolCode', message: '请填写学校代码' },
    ]);
  }
  const user = candidates[0];
  const ctx = { actorId: user?.id ?? null, actorName: user?.name ?? body.identifier.slice(0, 64), schoolId: user?.school_id ?? null, ip: meta.ip };
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), body.password);
    await recordAudit(db, ctx, { entity: 'session', entityId: body.identifier.slice(0, 64), action: 'login_failed', after: { reason: '账号不存在' } });
    throw platformError('LOGIN_FAILED', '账号或密码错误');
  }
  if (user.locked_until && user.locked_until > nowIso()) {
    throw platformError('ACCOUNT_LOCKED', `密码错误次数过多，账号已临时锁定，请于 ${formatLocalTime(user.locked_until, user.timezone ?? 'Asia/Shanghai')} 后重试`);
  }
  if (user.active !== 1) throw platformError('ACCOUNT_DISABLED', '账号已停用，请联系学校管理员');

  if (!(await verifyPassword(user.password_hash, body.password))) {
    const failures = user.failed_login_count + 1;
    const lockedUntil = failures >= MAX_FAILED_LOGINS ? new Date(Date.now() + LOCK_MINUTES * 60_000).toISOString() : null;
    await db.transaction().execute(async (tx) => {
      // scope: the account the credentials named.
      await tx.updateTable('users')
        .set((eb) => ({ failed_login_count: eb('failed_login_count', '+', 1), locked_until: lockedUntil }))
        .where('id', '=', user.id).execute();
      await recordAudit(tx, ctx, { entity: 'session', entityId: user.id, action: 'login_failed', after: { reason: '密码错误', failures } });
    });
    if (lockedUntil) {
      throw platformError('ACCOUNT_LOCKED', `密码错误次数过多，账号已临时锁定，请于 ${formatLocalTime(lockedUntil, user.timezone ?? 'Asia/Shanghai')} 后重试`);
    }
    throw platformError('LOGIN_FAILED', `账号或密码错误，再错 ${MAX_FAILED_LOGINS - failures} 次将临时锁定账号`);
  }

  const session = await createSession(db, user.id, meta);
  await db.transaction().execute(async (tx) => {
    // scope: the account that just proved its password.
    await tx.updateTable('users').set({ failed_login_count: 0, locked_until: null, last_login_at: nowIso() }).where('id', '=', user.id).execute();
    await recordAudit(tx, ctx, { entity: 'session', entityId: user.id, action: 'login', after: { userAgent: meta.userAgent?.slice(0, 200) ?? null } });
  });
  return { userId: user.id, ...session };
}
