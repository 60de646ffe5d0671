import { loadConfig } from './config/config.js';
import { seedDemoIfEmpty } from './demo/seed-demo.js';
import { startServer } from './server.js';
import { createFileStorage } from './platform/files/file-storage.js';
import { startScheduler } from './platform/jobs/scheduler.js';
import { sweepRepairs } from './modules/repairs/jobs/repairs-sweep.js';
import { generateMaintenance } from './modules/maintenance/jobs/generate-maintenance.js';
import { runDepreciationJob } from './modules/assets/jobs/depreciation-job.js';
import { runOverdueLoansJob } from './modules/assets/movements/jobs/overdue-loans-job.js';

const startedAt = performance.now();
const config = loadConfig();
const logger = { level: config.logLevel };

const server = await startServer(config, {
  logger,
  beforeListen: async (services) => {
    if (config.demo) await seedDemoIfEmpty(services.db);
  },
});
server.app.log.info(
  { url: server.url, database: server.db.dialect, readyMs: Math.round(performance.now() - startedAt) },
  `Houqin 后勤 ready at ${server.url}`,
);

// Escalations of overdue repairs, auto-confirmation and draft-photo clean-up; claimed once across processes.
const stopScheduler = startScheduler([
  { name: 'repairs-sweep', everyMs: 60_000, run: () => sweepRepairs(server.db.kysely, { storage: createFileStorage(config) }) },
  { name: 'maintenance-generate', everyMs: 10 * 60_000, run: () => generateMaintenance(server.db.kysely) },
  { name: 'assets-depreciation', everyMs: 60 * 60_000, run: () => runDepreciationJob(server.db.kysely) },
  { name: 'assets-overdue-loans', everyMs: 30 * 60_000, run: () => runOverdueLoansJob(server.db.kysely) },
], server.app.log);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  server.app.log.info({ signal }, 'shutting down');
  try {
    await stopScheduler();
    await server.close();
    process.exit(0);
  } catch (err) {
    server.app.log.error({ err }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
