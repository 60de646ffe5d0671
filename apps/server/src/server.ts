import path from 'node:path';
import type { FastifyServerOptions } from 'fastify';
import type { AppConfig } from './config/config.js';
import { buildApp } from './app.js';
import type { AppServices } from './app-services.js';
import { type Db, createDb } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import type { TypedApp } from './platform/http/typed-app.js';

export function sqlitePathOf(config: AppConfig): string {
  return path.join(config.dataDir, 'houqin.sqlite');
}

export function openDatabase(config: AppConfig, extra: { pgSchema?: string } = {}): Db {
  return createDb({ databaseUrl: config.databaseUrl, sqlitePath: sqlitePathOf(config), ...extra });
}

export interface RunningServer { app: TypedApp; db: Db; services: AppServices; url: string; close(): Promise<void> }

/** Opens the database, migrates it, builds the app and listens. */
export async function startServer(
  config: AppConfig,
  options: { db?: Db; logger?: FastifyServerOptions['logger']; beforeListen?: (services: AppServices) => Promise<void> } = {},
): Promise<RunningServer> {
  const db = options.db ?? openDatabase(config);
  await migrateToLatest(db);
  const services: AppServices = { db, config, setupState: { done: false } };
  if (options.beforeListen) await options.beforeListen(services);
  const app = await buildApp(services, { logger: options.logger ?? false });
  const url = await app.listen({ host: config.host, port: config.port });
  let closed = false;
  return {
    app, db, services, url,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await db.close();
    },
  };
}
