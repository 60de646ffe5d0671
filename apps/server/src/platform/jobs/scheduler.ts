import type { FastifyBaseLogger } from 'fastify';

export interface ScheduledJob {
  name: string;
  everyMs: number;
  /** Must claim its own lease when it has to run once across processes (see job-lease.ts). */
  run(): Promise<unknown>;
}

/**
 * Runs background jobs on fixed intervals in this process. A run never overlaps the previous one
 * of the same job, a failure is logged and retried at the next tick, and timers do not keep the
 * process alive. Returns a stop function for clean shutdown.
 */
export function startScheduler(jobs: ScheduledJob[], log: FastifyBaseLogger): () => Promise<void> {
  const running = new Map<string, Promise<unknown>>();
  const timers = jobs.map((job) => {
    const timer = setInterval(() => {
      if (running.has(job.name)) return;
      const run = job.run()
        .then((result) => log.debug({ job: job.name, result }, 'job finished'))
        .catch((err: unknown) => log.error({ err, job: job.name }, 'job failed'))
        .finally(() => running.delete(job.name));
      running.set(job.name, run);
    }, job.everyMs);
    timer.unref();
    return timer;
  });
  return async () => {
    timers.forEach(clearInterval);
    await Promise.allSettled(running.values());
  };
}
