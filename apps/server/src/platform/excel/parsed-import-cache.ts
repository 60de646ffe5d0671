import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

/**
 * An import is checked first (dry run) and committed a moment later with the same file. Reading a
 * large workbook is most of a check's time (50,000 rows: about 4 s in exceljs), so the check keeps
 * what it parsed on disk, keyed by the file's bytes and everything else that shapes the parse; the
 * commit of the same file and options loads that instead of reading the workbook again. A miss —
 * another server process on another host, an expired or damaged entry — simply parses the file.
 */
export interface ParsedImportCache {
  /** `parse()`'s result for these bytes and key, from the cache when a check left it there. */
  read<T>(key: string, buffer: Buffer, parse: () => Promise<T>, mode: 'check' | 'commit'): Promise<T>;
}

/** How long a check's reading waits for its commit; the import dialog is rarely left open longer. */
export const PARSED_IMPORT_KEEP_MS = 30 * 60_000;

// why: a deploy between a check and its commit may change what a parse returns; the running code's
// build time is part of every key, so a new build never loads an old build's entries.
const CODE_STAMP = String(statSync(fileURLToPath(import.meta.url)).mtimeMs);

const digestOf = (key: string, buffer: Buffer) => createHash('sha256').update(CODE_STAMP).update('\0').update(key).update('\0').update(buffer).digest('hex');

async function dropExpired(dir: string, now: number): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.map(async (name) => {
    const file = path.join(dir, name);
    const stat = await fs.stat(file).catch(() => null);
    if (stat && now - stat.mtimeMs > PARSED_IMPORT_KEEP_MS) await fs.rm(file, { force: true });
  }));
}

async function loadFresh(file: string, now: number): Promise<unknown> {
  try {
    const stat = await fs.stat(file);
    if (now - stat.mtimeMs > PARSED_IMPORT_KEEP_MS) return undefined;
    return v8.deserialize(await fs.readFile(file));
  } catch {
    // why: a missing, half-written or foreign file only means the workbook is read again.
    return undefined;
  }
}

/** The cache under `dir` (`${dataDir}/import-cache`); `now` is injectable for the expiry tests. */
export function parsedImportCache(dir: string, now: () => number = Date.now): ParsedImportCache {
  return {
    async read<T>(key: string, buffer: Buffer, parse: () => Promise<T>, mode: 'check' | 'commit'): Promise<T> {
      const file = path.join(dir, `${digestOf(key, buffer)}.v8`);
      if (mode === 'commit') {
        const cached = await loadFresh(file, now());
        // why: the file holds what `parse` returned for exactly these bytes and key, written by this code.
        if (cached !== undefined) return cached as T;
        return parse();
      }
      const parsed = await parse();
      await fs.mkdir(dir, { recursive: true });
      await dropExpired(dir, now());
      const temp = `${file}.${process.pid}.tmp`;
      await fs.writeFile(temp, v8.serialize(parsed));
      await fs.rename(temp, file);
      return parsed;
    },
  };
}
