import type { ApiErrorBody } from '@houqin/contracts';

/** An API failure with the server's Chinese message and per-field errors. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly body: ApiErrorBody) {
    super(body.message);
  }
}

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The one typed client: JSON in and out, session cookie and CSRF token handled here. */
export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (csrfToken && method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(url.startsWith('/api') ? url : `/api/v1${url}`, { method, headers, body: payload, credentials: 'same-origin' });
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const err = (data ?? { code: 'HTTP_' + res.status, message: `请求失败（${res.status}）` }) as ApiErrorBody;
    throw new ApiError(res.status, err);
  }
  return data as T;
}

export const get = <T>(url: string) => api<T>('GET', url);
export const post = <T>(url: string, body?: unknown) => api<T>('POST', url, body ?? {});
export const patch = <T>(url: string, body?: unknown) => api<T>('PATCH', url, body ?? {});
export const put = <T>(url: string, body?: unknown) => api<T>('PUT', url, body ?? {});
export const del = <T>(url: string, body?: unknown) => api<T>('DELETE', url, body);

export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError;
}

type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** "?a=1&b=x" from the defined, non-empty values; arrays repeat the key. */
export function qs(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) search.append(key, String(v));
    else search.append(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A request whose success is a file (xlsx, pdf); failures still carry the JSON error body. */
export async function fetchBlob(method: string, url: string, body?: unknown): Promise<{ blob: Blob; filename: string | null }> {
  const headers: Record<string, string> = {};
  if (csrfToken && method !== 'GET') headers['x-csrf-token'] = csrfToken;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url.startsWith('/api') ? url : `/api/v1${url}`, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin',
  });
  if (!res.ok) {
    const text = await res.text();
    let err: ApiErrorBody = { code: 'HTTP_' + res.status, message: `请求失败（${res.status}）` };
    try {
      if (text) err = JSON.parse(text) as ApiErrorBody;
    } catch {
      // not JSON: keep the generic message
    }
    throw new ApiError(res.status, err);
  }
  return { blob: await res.blob(), filename: filenameOf(res.headers.get('content-disposition')) };
}

function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? null;
}

/** Downloads a file from the API and hands it to the browser under the server's (or our) name. */
export async function download(url: string, fallbackName: string): Promise<void> {
  const { blob, filename } = await fetchBlob('GET', url);
  saveBlob(blob, filename ?? fallbackName);
}

export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** Lists may come back as a bare array or as a page; callers want the items either way. */
export function itemsOf<T>(data: T[] | { items: T[] } | undefined | null): T[] {
  if (!data) return [];
  return Array.isArray(data) ? data : data.items;
}
