/** A browser-like client over real HTTP: keeps the session cookie and sends the CSRF token. */
export interface ApiResponse<T = unknown> { status: number; body: T; headers: Headers; raw: Buffer }

export class ApiClient {
  private cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') h['x-csrf-token'] = this.csrfToken;
    let payload: string | FormData | Uint8Array | undefined;
    if (body instanceof FormData || typeof body === 'string' || body instanceof Uint8Array) {
      payload = body as string | FormData | Uint8Array;
    } else if (body !== undefined) {
      h['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(this.baseUrl + url, { method, headers: h, body: payload, redirect: 'manual' });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const first = setCookie.split(';')[0] ?? '';
      this.cookie = first.endsWith('=') ? undefined : first;
    }
    const raw = Buffer.from(await res.arrayBuffer());
    const type = res.headers.get('content-type') ?? '';
    const parsed = type.includes('application/json') && raw.length ? JSON.parse(raw.toString('utf8')) : raw.toString('utf8');
    return { status: res.status, body: parsed as T, headers: res.headers, raw };
  }

  get<T = Record<string, unknown>>(url: string) { return this.request<T>('GET', url); }
  post<T = Record<string, unknown>>(url: string, body?: unknown) { return this.request<T>('POST', url, body ?? {}); }
  put<T = Record<string, unknown>>(url: string, body?: unknown) { return this.request<T>('PUT', url, body ?? {}); }
  patch<T = Record<string, unknown>>(url: string, body?: unknown) { return this.request<T>('PATCH', url, body ?? {}); }
  delete<T = Record<string, unknown>>(url: string, body?: unknown) { return this.request<T>('DELETE', url, body); }

  async login(identifier: string, password: string, schoolCode?: string): Promise<ApiResponse<Record<string, unknown>>> {
    const res = await this.post('/api/v1/auth/login', schoolCode ? { identifier, password, schoolCode } : { identifier, password });
    if (res.status === 200) this.csrfToken = String(res.body.csrfToken);
    return res;
  }
}
