import {
  type Case, type Expectation, HTML_INJECTIONS, type JsonSchema, type Operation, type RequestValidator, SQL_INJECTIONS, sampleOf, wrongTypeOf,
} from './openapi-cases.js';

const INJECTIONS = [...SQL_INJECTIONS, ...HTML_INJECTIONS];
const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
// Beyond every integer column (PostgreSQL's integer is 32-bit): must be refused, not crash the query.
const HUGE = 99999999999999999999;
const MALFORMED_JSON = '{"名称": "未闭合的字符串, "version": }';

interface Parts { path?: Record<string, string>; query?: Record<string, string>; body?: unknown; raw?: string }

function urlOf(op: Operation, path: Record<string, string>, query: Record<string, string>): string {
  const p = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(path[name] ?? ''));
  const qs = new URLSearchParams(query).toString();
  return qs ? `${p}?${qs}` : p;
}

const isString = (s: JsonSchema) => s.type === 'string' && !Array.isArray(s.enum);

/**
 * The bad requests for one documented operation. Each request is judged by the operation's own
 * schema: one that breaks it must be rejected; one that happens to be valid is only sent when it
 * cannot write (a read, or a write aimed at another school's record, which must be refused).
 */
export function badInputCases(op: Operation, validator: RequestValidator, foreignPath: Record<string, string>): Case[] {
  const isRead = op.method === 'GET';
  const aimsAtRecord = op.pathParams.length > 0;
  const baseQuery: Record<string, string> = {};
  for (const q of op.queryParams) if (q.required) baseQuery[q.name] = String(sampleOf(q.schema));
  const validBody = op.body ? sampleOf(op.body, (b) => validator.bodyValid(op, b)) as Record<string, unknown> | undefined : undefined;
  const props = op.body ? Object.entries((op.body.properties ?? {}) as Record<string, JsonSchema>) : [];
  const cases: Case[] = [];

  const add = (label: string, parts: Parts): void => {
    const path = { ...foreignPath, ...parts.path };
    const query = parts.query ?? baseQuery;
    const body = 'body' in parts ? parts.body : isRead ? undefined : validBody;
    let expect: Expectation | undefined;
    if (parts.raw !== undefined) expect = 'reject';
    else {
      const valid = validator.paramsValid(op.pathParams, path) && validator.paramsValid(op.queryParams, query)
        && (op.body ? validator.bodyValid(op, body) : true);
      expect = !valid ? 'reject' : isRead ? 'tolerate' : aimsAtRecord ? 'reject' : undefined;
    }
    if (!expect) return; // a valid write to the actor's own school would be a real change, not bad input
    const raw = parts.raw ?? (body === undefined ? undefined : JSON.stringify(body));
    cases.push({ label, method: op.method, url: urlOf(op, path, query), ...(raw !== undefined ? { body: raw } : {}), expect });
  };

  if (!isRead) {
    add('malformed JSON', { raw: MALFORMED_JSON });
    add('10 MB string', { raw: `{"${props[0]?.[0] ?? 'text'}":"${TEN_MB}"}` });
  }
  if (op.body) {
    if (((op.body.required ?? []) as string[]).length) add('missing required fields', { body: {} });
    for (const [name, schema] of props) {
      add(`wrong type for ${name}`, { body: { ...validBody, [name]: wrongTypeOf(schema) } });
      if (schema.type === 'integer') add(`out-of-range ${name}`, { body: { ...validBody, [name]: HUGE } });
    }
    add('unknown field', { body: { ...validBody, zzUnknownField: '多余的字段' } });
    for (const s of INJECTIONS) {
      add(`injection in every field: ${s}`, { body: Object.fromEntries(props.map(([name]) => [name, s])) });
      if (aimsAtRecord && validBody) for (const [name, schema] of props) if (isString(schema)) add(`injection in ${name}: ${s}`, { body: { ...validBody, [name]: s } });
    }
  }
  for (const q of op.queryParams) {
    if (!isString(q.schema)) add(`wrong type for query ${q.name}`, { query: { ...baseQuery, [q.name]: '不是数字abc' } });
    if (q.schema.type === 'integer') add(`out-of-range query ${q.name}`, { query: { ...baseQuery, [q.name]: String(HUGE) } });
    else add(`oversized query ${q.name}`, { query: { ...baseQuery, [q.name]: 'x'.repeat(5000) } });
    for (const s of INJECTIONS) add(`injection in query ${q.name}: ${s}`, { query: { ...baseQuery, [q.name]: s } });
  }
  if (op.queryParams.some((q) => q.required)) add('missing required query', { query: {} });
  add('unknown query parameter', { query: { ...baseQuery, 'zz<script>': "1' OR '1'='1" } });
  for (const p of op.pathParams) {
    const tries = p.schema.type === 'integer' ? ['abc', '-1', '99999999999999999999', SQL_INJECTIONS[1] ?? ''] : [...INJECTIONS, 'x'.repeat(300)];
    for (const value of tries) add(`path ${p.name} = ${value.slice(0, 40)}`, { path: { [p.name]: value } });
  }
  const [firstParam] = op.pathParams;
  if (firstParam) {
    // Broken percent-encoding is refused by the router itself, before any route code runs.
    const marker = '\u0000broken\u0000';
    const url = urlOf(op, { ...foreignPath, [firstParam.name]: marker }, baseQuery).replace(encodeURIComponent(marker), '%E0%A4%A');
    cases.push({ label: 'broken URL encoding', method: op.method, url, expect: 'reject' });
  }
  if (aimsAtRecord && (!op.body || validBody)) add('another school\'s record', {});
  return cases;
}
