// A logged-in HTTP client for the benchmarks: keeps the session cookie and sends the CSRF token.
export class BenchClient {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.cookie = undefined;
    this.csrfToken = undefined;
  }

  async request(method, url, body) {
    const headers = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.baseUrl + url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const text = await res.text();
    const json = (res.headers.get('content-type') ?? '').includes('application/json') && text ? JSON.parse(text) : text;
    return { status: res.status, body: json };
  }

  async expect(method, url, body, status = 200) {
    const res = await this.request(method, url, body);
    if (res.status !== status) throw new Error(`${method} ${url} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
    return res.body;
  }

  async login(identifier, password) {
    const me = await this.expect('POST', '/api/v1/auth/login', { identifier, password });
    this.csrfToken = me.csrfToken;
    return me;
  }
}

/** The administrator every benchmark installation is set up with. */
export const BENCH_ADMIN = { staffNo: 'admin', name: '系统管理员', password: 'Bench-Pass-2026' };

export async function setUpSchool(client) {
  return client.expect('POST', '/api/v1/setup', {
    school: { name: '基准测试小学', code: 'BENCH', timezone: 'Asia/Shanghai' },
    admin: BENCH_ADMIN,
  });
}
