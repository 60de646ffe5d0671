import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import * as ajvFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { FieldError } from './errors.js';

// why: ajv-formats ships CommonJS; under NodeNext its function is the namespace's default.
const addFormats = (ajvFormats as unknown as { default: (ajv: Ajv) => Ajv }).default;

function makeAjv(coerceTypes: boolean): Ajv {
  // verbose: the error carries the schema, so messages can name the field by its Chinese title.
  const ajv = new Ajv({ allErrors: false, coerceTypes, removeAdditional: false, useDefaults: true, verbose: true, strict: false });
  addFormats(ajv);
  return ajv;
}

// Query strings and path params arrive as text and need coercion; JSON bodies must already be typed.
const coercing = makeAjv(true);
const exact = makeAjv(false);

/**
 * Compiles a route's validator on its first request instead of at start-up: with a few hundred
 * routes, compiling them all up front costs most of a second before the server can answer.
 * Fastify reads `errors` from the function it was given, so the wrapper carries them over.
 */
export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? exact : coercing;
  let compiled: ValidateFunction | undefined;
  const validate = ((data: unknown) => {
    compiled ??= ajv.compile(schema as object);
    const ok = compiled(data);
    validate.errors = compiled.errors ?? null;
    return ok;
  }) as ValidateFunction;
  validate.errors = null;
  return validate;
};

interface SchemaWithTitle { title?: string; properties?: Record<string, { title?: string }> }

function fieldPath(error: ErrorObject): string {
  const base = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return base ? `${base}.${missing}` : missing;
  }
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    return base ? `${base}.${extra}` : extra;
  }
  return base;
}

function labelOf(error: ErrorObject, field: string): string {
  const parent = error.parentSchema as SchemaWithTitle | undefined;
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return parent?.properties?.[missing]?.title ?? missing;
  }
  return parent?.title ?? (field || '请求');
}

const TYPE_LABELS: Record<string, string> = {
  string: '文本', integer: '整数', number: '数字', boolean: '布尔值（true/false）', object: '对象', array: '列表', null: '空值',
};

function messageOf(error: ErrorObject, label: string): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': return `缺少必填字段「${label}」`;
    case 'type': return `「${label}」类型不正确，应为${TYPE_LABELS[String(p.type)] ?? String(p.type)}`;
    case 'minLength': return Number(p.limit) <= 1 ? `「${label}」不能为空` : `「${label}」至少需要 ${String(p.limit)} 个字符`;
    case 'maxLength': return `「${label}」不能超过 ${String(p.limit)} 个字符`;
    case 'minimum': return `「${label}」不能小于 ${String(p.limit)}`;
    case 'maximum': return `「${label}」不能大于 ${String(p.limit)}`;
    case 'minItems': return `「${label}」至少需要 ${String(p.limit)} 项`;
    case 'maxItems': return `「${label}」最多 ${String(p.limit)} 项`;
    case 'pattern': return `「${label}」格式不正确`;
    case 'format': return `「${label}」格式不正确，应为${p.format === 'date' ? '日期（YYYY-MM-DD）' : p.format === 'date-time' ? '时间（ISO 8601）' : String(p.format)}`;
    case 'enum':
    case 'const':
    case 'anyOf':
    case 'oneOf': return `「${label}」的取值无效`;
    case 'additionalProperties': return `不认识的字段「${String(p.additionalProperty)}」`;
    default: return `「${label}」不符合要求`;
  }
}

export function toFieldErrors(errors: ErrorObject[]): FieldError[] {
  return errors.map((e) => {
    const field = fieldPath(e);
    return { field, message: messageOf(e, labelOf(e, field)) };
  });
}
