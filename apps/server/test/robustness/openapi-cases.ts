import { Ajv, type ValidateFunction } from 'ajv';
import * as ajvFormats from 'ajv-formats';

// why: ajv-formats ships CommonJS; under NodeNext its function is the namespace's default.
const addFormats = (ajvFormats as unknown as { default: (ajv: Ajv) => Ajv }).default;

export type JsonSchema = Record<string, unknown>;
interface OpenApiParam { name: string; in: string; required?: boolean; schema?: JsonSchema }
interface OpenApiOperation { parameters?: OpenApiParam[]; requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> } }
export interface OpenApiDoc { paths: Record<string, Record<string, OpenApiOperation>>; components?: { schemas?: Record<string, JsonSchema> } }

export interface Param { name: string; required: boolean; schema: JsonSchema }
export interface Operation { method: string; path: string; pathParams: Param[]; queryParams: Param[]; body?: JsonSchema; bodyRequired: boolean }

/** reject: must be a 4xx with a Chinese JSON error. tolerate: a legitimate request that must simply not fail (no 5xx). */
export type Expectation = 'reject' | 'tolerate';
export interface Case { label: string; method: string; url: string; body?: string; expect: Expectation }

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function deref(schema: unknown, doc: OpenApiDoc, depth = 0): unknown {
  if (depth > 20 || schema === null || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema.map((s) => deref(s, doc, depth + 1));
  const ref = (schema as { $ref?: unknown }).$ref;
  if (typeof ref === 'string') return deref(doc.components?.schemas?.[ref.replace('#/components/schemas/', '')] ?? {}, doc, depth + 1);
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, deref(v, doc, depth + 1)]));
}

/** Every operation the API documents under /api/v1, with its parameters and JSON body schema. */
export function operationsOf(doc: OpenApiDoc): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/v1/')) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = (op.parameters ?? []).map((p) => ({ ...p, schema: deref(p.schema ?? {}, doc) as JsonSchema }));
      const pick = (where: string) => params.filter((p) => p.in === where).map((p) => ({ name: p.name, required: p.required === true || where === 'path', schema: p.schema }));
      const json = op.requestBody?.content?.['application/json']?.schema;
      out.push({
        method: method.toUpperCase(), path, pathParams: pick('path'), queryParams: pick('query'),
        ...(json ? { body: deref(json, doc) as JsonSchema } : {}), bodyRequired: op.requestBody?.required === true,
      });
    }
  }
  return out;
}

/** Validators configured like the server's: query and path coerced from text, bodies exact. */
export class RequestValidator {
  private readonly coercing = this.make(true);
  private readonly exact = this.make(false);
  private readonly cache = new Map<string, ValidateFunction>();

  private make(coerceTypes: boolean): Ajv {
    const ajv = new Ajv({ allErrors: false, coerceTypes, useDefaults: true, strict: false });
    addFormats(ajv);
    return ajv;
  }

  private validator(schema: JsonSchema, coerce: boolean): ValidateFunction {
    const key = `${coerce}:${JSON.stringify(schema)}`;
    let fn = this.cache.get(key);
    if (!fn) {
      fn = (coerce ? this.coercing : this.exact).compile(schema);
      this.cache.set(key, fn);
    }
    return fn;
  }

  paramsValid(params: Param[], values: Record<string, string>): boolean {
    const schema = { type: 'object', properties: Object.fromEntries(params.map((p) => [p.name, p.schema])), required: params.filter((p) => p.required).map((p) => p.name) };
    return this.validator(schema, true)(structuredClone(values));
  }

  bodyValid(op: Operation, body: unknown): boolean {
    if (!op.body) return true;
    if (body === undefined) return false;
    return this.validator(op.body, false)(structuredClone(body));
  }
}

const PATTERN_TRIES = ['a', 'A1', 'abc', 'SFXX', 'a_b', '1', '13800000000', 'zz'];

/** A minimal value that satisfies the schema, or undefined when none is found. */
export function sampleOf(schema: JsonSchema, validator?: (v: unknown) => boolean): unknown {
  const pick = (): unknown => {
    const union = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
    if (union) return sampleOf(union.find((s) => s.type !== 'null') ?? union[0] ?? {});
    if (Array.isArray(schema.enum)) return schema.enum[0];
    if ('const' in schema) return schema.const;
    if ('default' in schema) return schema.default;
    switch (schema.type) {
      case 'object': {
        const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
        const required = (schema.required ?? []) as string[];
        return Object.fromEntries(required.map((k) => [k, sampleOf(props[k] ?? {})]));
      }
      case 'array': return Array.from({ length: Number(schema.minItems ?? 0) }, () => sampleOf((schema.items ?? {}) as JsonSchema));
      case 'integer':
      case 'number': return Math.min(Math.max(Number(schema.minimum ?? 1), 1), Number(schema.maximum ?? Number.MAX_SAFE_INTEGER));
      case 'boolean': return true;
      case 'string': {
        if (schema.format === 'date') return '2026-03-02';
        if (schema.format === 'date-time') return '2026-03-02T08:00:00+08:00';
        if (schema.format === 'email') return 'a@example.cn';
        const min = Number(schema.minLength ?? 1);
        if (typeof schema.pattern === 'string') {
          const re = new RegExp(schema.pattern, 'u');
          return PATTERN_TRIES.find((t) => re.test(t) && t.length >= min) ?? 'a'.repeat(Math.max(min, 1));
        }
        return 'a'.repeat(Math.max(min, 1));
      }
      default: return 'a';
    }
  };
  const value = pick();
  return validator && !validator(value) ? undefined : value;
}

/** A value of the wrong JSON type for the schema. */
export function wrongTypeOf(schema: JsonSchema): unknown {
  const type = schema.type ?? ((schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined)?.[0]?.type;
  switch (type) {
    case 'string': return 12345;
    case 'integer':
    case 'number': return '不是数字';
    case 'boolean': return '是';
    case 'array': return '不是列表';
    case 'object': return ['不是对象'];
    default: return { unexpected: ['嵌套'] };
  }
}

export const SQL_INJECTIONS = ["' OR '1'='1' --", "1; DROP TABLE users; --", "\\'; DELETE FROM audit_events WHERE ''='"];
export const HTML_INJECTIONS = ['<script>alert("xss")</script>', '"><img src=x onerror=alert(1)>'];
