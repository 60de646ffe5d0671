// Child processes for the benchmarks: spawn a server, time it to its first 200, read its RSS, stop it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Spawns a process whose stderr (last lines only) is kept for error messages. Its stdout (the
 * request log) goes to /dev/null unless `keepStdout`, so reading it costs the measurement nothing,
 * as when a service manager writes it to a file.
 */
export function spawnServer(args, env = {}, { keepStdout = false } = {}) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
  });
  const lines = [];
  const keep = (chunk) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 50) lines.splice(0, lines.length - 50);
  };
  child.stdout?.on('data', keep);
  child.stderr.on('data', keep);
  child.logs = () => lines.join('\n');
  return child;
}

/** One GET without keep-alive; resolves to the status code, or 0 when nothing is listening. */
export function probe(url, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/** Polls every 5 ms until `url` answers 200; returns the milliseconds since `startedAt`. */
export async function msUntil200(child, url, startedAt, timeoutMs = 30_000) {
  const deadline = startedAt + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode} before answering:\n${child.logs()}`);
    if ((await probe(url)) === 200) return performance.now() - startedAt;
    if (performance.now() > deadline) throw new Error(`no 200 from ${url} within ${timeoutMs} ms:\n${child.logs()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Resident set size in MB from /proc/<pid>/status. */
export function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

export async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
