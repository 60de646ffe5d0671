import { ApiError } from '../../lib/api';

export type FailureKind = 'network' | 'unauthenticated' | 'notFound' | 'forbidden' | 'setup' | 'server' | 'other';

export interface Failure {
  kind: FailureKind;
  message: string;
}

/**
 * Turns anything a request can throw into words for a teacher. Anything that is not an API answer
 * (fetch TypeError, an HTML error page from a proxy) means the phone could not reach the server.
 */
export function describeError(err: unknown): Failure {
  if (!(err instanceof ApiError)) return { kind: 'network', message: '请检查手机的 Wi-Fi 或移动数据是否打开，然后重试' };
  const { status, body } = err;
  if (status === 401) return { kind: 'unauthenticated', message: body.message || '请先登录' };
  if (status === 404) return { kind: 'notFound', message: body.message || '内容不存在' };
  if (status === 403) return { kind: 'forbidden', message: body.message || '没有权限' };
  if (body.code === 'SETUP_REQUIRED') return { kind: 'setup', message: body.message };
  if (status >= 500) return { kind: 'server', message: `服务器暂时出错（${status}），请稍后重试` };
  return { kind: 'other', message: body.message || `请求失败（${status}）` };
}
