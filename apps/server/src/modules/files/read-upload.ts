import type { MultipartFields, MultipartFile } from '@fastify/multipart';
import type { ErrorObject } from 'ajv';
import type { FastifyRequest } from 'fastify';
import { invalidField, platformError } from '../../platform/http/errors.js';
import { toFieldErrors, validatorCompiler } from '../../platform/http/validation.js';
import { UploadFields } from './files.schemas.js';

// Multipart fields arrive as text: validated with the same coercing rules as a query string.
const validateFields = validatorCompiler({ schema: UploadFields, method: 'POST', url: '/files', httpPart: 'querystring' }) as unknown as {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
};

function textField(fields: MultipartFields, name: string): string | undefined {
  const part = fields[name];
  return part && !Array.isArray(part) && part.type === 'field' && typeof part.value === 'string' ? part.value : undefined;
}

function tooLarge(maxBytes: number) {
  const limit = maxBytes >= 1024 * 1024 ? `${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(maxBytes / 1024)} KB`;
  return platformError('PAYLOAD_TOO_LARGE', `文件太大：单个文件不能超过 ${limit}，请压缩图片后再上传`);
}

/**
 * Reads `ownerType`, `ownerId` and then `file` from a multipart upload. The whole file is read
 * (up to the configured limit) before anything is judged, so the client always gets our
 * answer instead of a connection reset.
 */
export async function readUpload(req: FastifyRequest, maxBytes: number): Promise<UploadFields & { fileName: string; data: Buffer }> {
  const part: MultipartFile | undefined = await req.file();
  if (!part) throw invalidField('file', '缺少必填字段「文件」');
  let data: Buffer;
  try {
    data = await part.toBuffer();
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
    throw err;
  }
  // A file over the limit can arrive cut short instead of throwing; it is still too large, not damaged.
  if (part.file.truncated) throw tooLarge(maxBytes);
  if (data.length === 0) throw invalidField('file', '「文件」是空的');
  const fields = { ownerType: textField(part.fields, 'ownerType'), ownerId: textField(part.fields, 'ownerId') };
  if (!validateFields(fields)) {
    const errors = toFieldErrors(validateFields.errors ?? []);
    throw platformError('VALIDATION_FAILED', errors[0]?.message ?? '上传内容不符合要求', errors);
  }
  const valid = fields as unknown as UploadFields;
  return { ownerType: valid.ownerType, ownerId: valid.ownerId, fileName: part.filename, data };
}
