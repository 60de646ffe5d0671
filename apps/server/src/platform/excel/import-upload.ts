import type { FastifyRequest } from 'fastify';
import { invalidField, platformError } from '../http/errors.js';
import { IMPORT_MAX_BYTES } from './xlsx-guard.js';

export interface ImportUpload {
  buffer: Buffer;
  fileName: string;
  /** True unless the form says dryRun=false: a forgotten field must never write data. */
  dryRun: boolean;
  /** Other text fields of the form (an import's own options, e.g. a column mapping as JSON). */
  options: Record<string, string>;
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);

function dryRunOf(value: unknown): boolean {
  const word = String(value).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  throw invalidField('dryRun', '「仅检查」应为 true 或 false');
}

function hasCode(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}

/**
 * Reads an import form (multipart: `file` and optional `dryRun`). The file is read into memory
 * with a hard 10 MB cap; anything larger is cut off by the parser and answered with 413.
 */
export async function readImportUpload(req: FastifyRequest): Promise<ImportUpload> {
  if (!req.isMultipart()) throw platformError('UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 上传 Excel 文件（字段名 file）');
  let file: { buffer: Buffer; fileName: string } | undefined;
  let dryRun = true;
  const options: Record<string, string> = {};
  try {
    for await (const part of req.parts({ limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 10, parts: 11, fieldSize: 4096 } })) {
      if (part.type === 'file') {
        const buffer = await part.toBuffer();
        if (part.fieldname === 'file') file = { buffer, fileName: part.filename };
      } else if (part.fieldname === 'dryRun') {
        dryRun = dryRunOf(part.value);
      } else {
        options[part.fieldname] = String(part.value);
      }
    }
  } catch (err) {
    if (hasCode(err, 'FST_REQ_FILE_TOO_LARGE')) throw platformError('PAYLOAD_TOO_LARGE', '文件超过 10 MB：请删除无关的工作表或拆分成几个文件分批导入');
    throw err;
  }
  if (!file) throw invalidField('file', '请选择要导入的 Excel 文件（字段名 file）');
  return { ...file, dryRun, options };
}
