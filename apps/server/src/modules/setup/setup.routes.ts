import { loadActor } from '../../platform/authz/load-actor.js';
import { SESSION_COOKIE, SESSION_DAYS, createSession } from '../../platform/auth/sessions.js';
import type { ModuleRoutes } from '../../platform/http/typed-app.js';
import { Me } from '../auth/auth.schemas.js';
import { presentMe } from '../auth/me.js';
import { SetupBody, SetupStatus } from './setup.schemas.js';
import { runSetup } from './run-setup.js';

const TAGS = ['初始化'];

export const setupRoutes: ModuleRoutes = (app, { db, config, setupState }) => {
  app.get('/setup/status', { schema: { tags: TAGS, summary: '是否已完成初始化', response: { 200: SetupStatus } } }, async () => {
    if (!setupState.done) setupState.done = !!(await db.kysely.selectFrom('schools').select('id').limit(1).executeTakeFirst());
    return { done: setupState.done };
  });

  app.post('/setup', {
    schema: { tags: TAGS, summary: '创建学校和第一个管理员（仅首次）', body: SetupBody, response: { 200: Me } },
  }, async (req, reply) => {
    const { userId } = await runSetup(db.kysely, req.body, req.ip);
    setupState.done = true;
    const session = await createSession(db.kysely, userId, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
    reply.setCookie(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'lax', path: '/', secure: config.secureCookies, maxAge: SESSION_DAYS * 86400 });
    const actor = await loadActor(db.kysely, userId, '', req.ip);
    return presentMe(db.kysely, actor!, session.csrfToken);
  });
};
