import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorObject } from 'ajv';
import { AppError, platformError } from './errors.js';
import { translateDbError } from './db-errors.js';
import { toFieldErrors } from './validation.js';

const PART_LABELS: Record<string, string> = { body: '请求内容', querystring: '查询参数', params: '路径参数', headers: '请求头' };

function fromFastify(err: FastifyError): AppError | undefined {
  if (err.validation) {
    const fields = toFieldErrors(err.validation as unknown as ErrorObject[]);
    const part = PART_LABELS[err.validationContext ?? 'body'] ?? '请求';
    return platformError('VALIDATION_FAILED', fields[0]?.message ?? `${part}不符合要求`, fields);
  }
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return platformError('PAYLOAD_TOO_LARGE', '提交的内容太大，请减少内容或压缩图片后再试');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return platformError('UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型，请以 JSON 提交');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return platformError('INVALID_JSON', '请求体为空，应为 JSON');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return platformError('INVALID_JSON', '请求体不是合法的 JSON');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return platformError('VALIDATION_FAILED', '请求长度与内容不符');
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return platformError('PAYLOAD_TOO_LARGE', '上传的文件太大或太多');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return platformError('UNSUPPORTED_MEDIA_TYPE', '上传请使用 multipart/form-data');
    default:
      break;
  }
  if (err instanceof SyntaxError || err.name === 'SyntaxError') return platformError('INVALID_JSON', '请求体不是合法的 JSON');
  if (err.statusCode === 429) return platformError('RATE_LIMITED', '请求过于频繁，请稍后再试');
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return new AppError('BAD_REQUEST', err.statusCode, '请求无法处理，请检查后重试');
  }
  return undefined;
}

/** The single boundary where every failure becomes `{ code, message, fields? }` in Chinese. */
export function errorHandler(err: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply): void {
  const known = err instanceof AppError ? err : translateDbError(err) ?? fromFastify(err as FastifyError);
  if (known) {
    if (known.status >= 500 && known.code !== 'SETUP_REQUIRED') request.log.error({ err }, known.message);
    void reply.status(known.status).send(known.toBody());
    return;
  }
  request.log.error({ err }, 'unhandled error');
  void reply.status(500).send({ code: 'INTERNAL', message: '服务器内部错误，请稍后重试或联系管理员' });
}
