import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppServices } from '../../app-services.js';
import { loadSessionActor } from '../authz/load-actor.js';
import { SESSION_COOKIE, touchSession } from '../auth/sessions.js';
import { platformError } from './errors.js';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Routes a user who must change their password can still reach.
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['/api/v1/auth/me', '/api/v1/auth/password', '/api/v1/auth/logout', '/api/v1/setup/status']);

function pathOf(req: FastifyRequest): string {
  return req.url.split('?')[0] ?? req.url;
}

/** Answers 503 to every API route but setup, health and docs until the first school exists. */
export function setupGate({ db, setupState }: AppServices) {
  return async (req: FastifyRequest): Promise<void> => {
    if (setupState.done) return;
    const path = pathOf(req);
    if (!path.startsWith('/api/') || path.startsWith('/api/v1/setup') || path === '/api/health' || path.startsWith('/api/docs')) return;
    const school = await db.kysely.selectFrom('schools').select('id').limit(1).executeTakeFirst();
    if (school) {
      setupState.done = true;
      return;
    }
    throw platformError('SETUP_REQUIRED', '系统尚未初始化：请先在浏览器中打开首页完成学校和管理员的设置');
  };
}

/** Resolves the session cookie into req.actor and enforces CSRF and forced password change. */
export function sessionHook({ db }: AppServices) {
  return async (req: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    req.actor = null;
    req.csrfToken = null;
    const token = req.cookies[SESSION_COOKIE];
    if (!token || !pathOf(req).startsWith('/api/')) return;
    const loaded = await loadSessionActor(db.kysely, token, req.ip);
    if (!loaded) return;
    const { actor, session } = loaded;
    if (MUTATING.has(req.method) && req.headers['x-csrf-token'] !== session.csrf_token) {
      throw platformError('CSRF_FAILED', '页面已过期，请刷新页面后重试');
    }
    await touchSession(db.kysely, session);
    req.actor = actor;
    req.csrfToken = session.csrf_token;
    const path = pathOf(req);
    // The QR landing page is public anyway; a half-signed-in user may still see what a label is.
    if (actor.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(path) && !path.startsWith('/api/v1/qr/resolve/')) {
      throw platformError('PASSWORD_CHANGE_REQUIRED', '首次登录或密码被重置后，请先修改密码');
    }
  };
}
