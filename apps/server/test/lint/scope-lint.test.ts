import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * A query that picks a row by id alone lets one school read or change another's data (IDOR).
 * Every statement in a module that filters on an id column must also name school_id (or a
 * scope helper), or carry a `// scope:` comment explaining why the id is already safe
 * (e.g. the actor's own user id).
 */
const modulesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/modules');
// A query on the schools table by the school's own id is scoped by construction.
const SCOPED = /school_id|schoolIds|readableSchoolIds|requireInSchool|findScopedRow|'id',\s*'=',\s*(?:\w+\.)?schoolId\b|\/\/ scope:/;
const BY_ID = /\.where\(\s*'(?:\w+\.)?id'\s*,\s*'(?:=|in)'/;

function statements(source: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '(' || ch === '{' || ch === '[') depth++;
    else if (ch === ')' || ch === '}' || ch === ']') depth--;
    else if (ch === ';' && depth <= 1) {
      out.push({ text: source.slice(start, i), line: source.slice(0, start).split('\n').length });
      start = i + 1;
    }
  }
  return out;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return walk(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('school scope on id queries', () => {
  it('finds no module query that selects, updates or deletes by id without the school scope', () => {
    const offenders: string[] = [];
    for (const file of walk(modulesDir)) {
      for (const st of statements(fs.readFileSync(file, 'utf8'))) {
        if (!/selectFrom|updateTable|deleteFrom/.test(st.text)) continue;
        if (BY_ID.test(st.text) && !SCOPED.test(st.text)) offenders.push(`${path.relative(modulesDir, file)}:${st.line}`);
      }
    }
    assert.deepEqual(offenders, [], `queries by id without school scope:\n${offenders.join('\n')}`);
  });
});
