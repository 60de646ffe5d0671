import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout this file lives in (not a fixed path, so CI clones work too). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The project's temp folder (git-ignored); browser profiles and screenshots go under it. */
export function projectTmp(...parts: string[]): string {
  const dir = path.join(repoRoot, '.tmp', ...parts);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
