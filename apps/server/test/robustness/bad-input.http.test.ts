import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiResponse } from '../api-client.js';
import { type TwoSchools, startWithTwoSchools } from '../test-server.js';
import { badInputCases } from './bad-input-cases.js';
import { rowCounts } from './database-catalog.js';
import { foreignValueFinder, seedForeignRecords } from './foreign-records.js';
import { type Case, type OpenApiDoc, RequestValidator, operationsOf } from './openapi-cases.js';

const CHINESE = /[\u4e00-\u9fff]/;

/** What is wrong with the answer to a case, or undefined when it is as it should be. */
function problemWith(c: Case, res: ApiResponse<unknown>): string | undefined {
  if (res.status >= 500) return `HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
  if (c.expect === 'reject' && (res.status < 400 || res.status >= 500)) return `expected a 4xx, got ${res.status}`;
  if (res.status < 400) return undefined;
  const body = res.body as { code?: unknown; message?: unknown } | string;
  if (typeof body !== 'object' || body === null) return `HTTP ${res.status} without a JSON error body`;
  if (typeof body.code !== 'string' || typeof body.message !== 'string') return `HTTP ${res.status} error body lacks code/message`;
  if (!CHINESE.test(body.message)) return `HTTP ${res.status} message is not Chinese: ${body.message}`;
  return undefined;
}

describe('bad input against every documented operation', () => {
  let w: TwoSchools;
  before(async () => {
    w = await startWithTwoSchools();
    await seedForeignRecords(w.ts.server.db, w.schoolB);
  });
  after(async () => { await w.ts.close(); });

  it('answers with a Chinese 4xx (never a 5xx) and writes nothing', async (t) => {
    const db = w.ts.server.db;
    const admin = await w.ts.as('sysadmin');
    const doc = (await admin.get<OpenApiDoc>('/api/docs/json')).body;
    const operations = operationsOf(doc);
    assert.ok(operations.length >= 10, 'the API documents its operations');
    const findForeign = await foreignValueFinder(db, w.schoolB);
    const validator = new RequestValidator();
    const countsBefore = await rowCounts(db);

    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    for (const op of operations) {
      const segments = op.path.split('/');
      const foreignPath: Record<string, string> = {};
      for (const p of op.pathParams) {
        const isInteger = p.schema.type === 'integer';
        const real = await findForeign(segments, segments.indexOf(`{${p.name}}`), p.name, isInteger);
        foreignPath[p.name] = real ?? (isInteger ? '2147480000' : 'zz-none');
      }
      for (const c of badInputCases(op, validator, foreignPath)) {
        sent += 1;
        const where = `${c.method} ${c.url.slice(0, 100)} [${c.label.slice(0, 60)}]`;
        try {
          const res = await admin.request<unknown>(c.method, c.url, c.body, c.body === undefined ? {} : { 'content-type': 'application/json' });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const problem = problemWith(c, res);
          if (problem) failures.push(`${where} → ${problem}`);
        } catch (err) {
          failures.push(`${where} → no answer: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    }
    t.diagnostic(`${operations.length} operations, ${sent} bad requests; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    assert.deepEqual(failures, []);
    assert.deepEqual(await rowCounts(db), countsBefore, 'no table gained or lost a row');
    assert.equal((await admin.get('/api/v1/auth/me')).status, 200, 'the administrator stayed signed in, so every request was judged as them');
  });
});
