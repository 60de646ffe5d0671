import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyReply, type FastifyRequest, type FastifyServerOptions, LogController } from 'fastify';
import type { AppServices } from './app-services.js';
import { sessionHook, setupGate } from './platform/http/auth-hooks.js';
import { errorHandler } from './platform/http/error-handler.js';
import { platformError } from './platform/http/errors.js';
import type { ModuleRoutes, TypedApp } from './platform/http/typed-app.js';
import { serializerCompiler } from './platform/http/serialization.js';
import { validatorCompiler } from './platform/http/validation.js';
import { moduleRoutes } from './modules/index.js';

export interface BuildOptions { logger?: FastifyServerOptions['logger'] }

/** Composes platform plugins and every module's routes into one Fastify app. */
export async function buildApp(services: AppServices, options: BuildOptions = {}): Promise<TypedApp> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: process.env.HOUQIN_TRUST_PROXY === '1',
    ajv: { customOptions: { strict: false } },
    // Errors Fastify raises before routing (bad %-encoding, over-long params) get the same Chinese body.
    frameworkErrors: errorHandler,
    // One structured line per request (in onResponse) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);

  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: services.config.maxUploadBytes, files: 10, fields: 20, parts: 30, fieldSize: 64 * 1024 },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Houqin 后勤 API', version: '1', description: '学校后勤管理系统接口。错误统一为 { code, message, fields? }，message 为中文。' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'houqin_sid' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onRequest', setupGate(services));
  app.addHook('onRequest', sessionHook(services));
  app.addHook('onResponse', async (req, reply) => {
    req.log.info({ method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime), user: req.actor?.userId }, 'request');
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    return payload;
  });

  await app.register(async (api) => {
    const typed = api.withTypeProvider<TypeBoxTypeProvider>() as TypedApp;
    for (const routes of moduleRoutes as ModuleRoutes[]) await routes(typed, services);
  }, { prefix: '/api/v1' });

  await registerHealth(app, services);
  await registerWeb(app, services);
  return app;
}

async function registerHealth(app: TypedApp, { db }: AppServices): Promise<void> {
  app.get('/api/health', { schema: { tags: ['系统'], summary: '健康检查' } }, async () => ({
    status: 'ok', database: db.dialect, databaseVersion: await db.version(),
  }));
}

/** Serves the built web UI; the phone entry answers for /q/… and /m/…, the admin shell for the rest. */
async function registerWeb(app: TypedApp, { config }: AppServices): Promise<void> {
  const hasWeb = fs.existsSync(path.join(config.webDir, 'index.html'));
  // wildcard: files are looked up per request, so a rebuilt UI is served without a restart; misses fall through to the SPA handler.
  if (hasWeb) await app.register(fastifyStatic, { root: config.webDir, index: false, wildcard: true, maxAge: '1h' });
  const sendPage = async (req: FastifyRequest, reply: FastifyReply) => {
    const url = req.url.split('?')[0] ?? '/';
    if (url.startsWith('/api/') || (req.method !== 'GET' && req.method !== 'HEAD')) throw platformError('NOT_FOUND', '接口不存在');
    if (!hasWeb) return reply.status(503).type('text/plain; charset=utf-8').send('网页界面尚未构建：请运行 npm run build');
    // The phone entry serves label scans, the phone pages and the public repair board (报修公示).
    const page = url.startsWith('/q/') || url.startsWith('/board/') || url === '/m' || url.startsWith('/m/') ? 'mobile.html' : 'index.html';
    // The HTML names hashed assets, so it must never be cached; the assets themselves may be.
    return reply.code(200).header('cache-control', 'no-cache').sendFile(page);
  };
  // '/' would otherwise reach the static wildcard, which refuses to list the directory.
  app.get('/', { schema: { hide: true } }, sendPage);
  app.setNotFoundHandler(sendPage);
}
