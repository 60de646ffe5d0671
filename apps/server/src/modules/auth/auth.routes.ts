import type { FastifyReply } from 'fastify';
import { recordAudit } from '../../platform/audit/audit.js';
import { actorOrThrow } from '../../platform/http/request-context.js';
import { auditContextOf, loadActor } from '../../platform/authz/load-actor.js';
import { SESSION_COOKIE, SESSION_DAYS, deleteAllSessions, deleteSession } from '../../platform/auth/sessions.js';
import { platformError } from '../../platform/http/errors.js';
import type { ModuleRoutes } from '../../platform/http/typed-app.js';
import { ChangePasswordBody, LoginBody, Me, OkResponse } from './auth.schemas.js';
import { changeOwnPassword } from './change-password.js';
import { LoginThrottle } from './login-throttle.js';
import { login } from './login.js';
import { presentMe } from './me.js';

const TAGS = ['账号与会话'];

export const authRoutes: ModuleRoutes = (app, { db, config }) => {
  const throttle = new LoginThrottle();
  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true, sameSite: 'lax', path: '/', secure: config.secureCookies, maxAge: SESSION_DAYS * 86400,
    });

  app.post('/auth/login', {
    schema: { tags: TAGS, summary: '登录（工号或手机号 + 密码）', body: LoginBody, response: { 200: Me } },
  }, async (req, reply) => {
    const ip = req.ip;
    const wait = throttle.retryAfterMs(ip);
    if (wait > 0) throw platformError('RATE_LIMITED', `登录失败次数过多，请 ${Math.ceil(wait / 60000)} 分钟后再试`);
    let result;
    try {
      result = await login(db.kysely, req.body, { ip, userAgent: req.headers['user-agent'] ?? null });
    } catch (err) {
      throttle.recordFailure(ip);
      throw err;
    }
    const actor = await loadActor(db.kysely, result.userId, '', ip);
    if (!actor) throw platformError('ACCOUNT_DISABLED', '账号已停用，请联系学校管理员');
    setSessionCookie(reply, result.token);
    return presentMe(db.kysely, actor, result.csrfToken);
  });

  app.get('/auth/me', { schema: { tags: TAGS, summary: '当前用户', response: { 200: Me } } }, async (req) => {
    const actor = actorOrThrow(req.actor);
    return presentMe(db.kysely, actor, req.csrfToken ?? '');
  });

  app.post('/auth/logout', { schema: { tags: TAGS, summary: '退出登录', response: { 200: OkResponse } } }, async (req, reply) => {
    const actor = actorOrThrow(req.actor);
    await deleteSession(db.kysely, actor.sessionId);
    await recordAudit(db.kysely, auditContextOf(actor), { entity: 'session', entityId: actor.userId, action: 'logout' });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.post('/auth/logout-all', { schema: { tags: TAGS, summary: '退出所有设备', response: { 200: OkResponse } } }, async (req, reply) => {
    const actor = actorOrThrow(req.actor);
    await deleteAllSessions(db.kysely, actor.userId);
    await recordAudit(db.kysely, auditContextOf(actor), { entity: 'session', entityId: actor.userId, action: 'logout_all' });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.post('/auth/password', {
    schema: { tags: TAGS, summary: '修改自己的密码', body: ChangePasswordBody, response: { 200: OkResponse } },
  }, async (req) => {
    const actor = actorOrThrow(req.actor);
    await changeOwnPassword(db.kysely, actor, req.body);
    return { ok: true };
  });
};
