const TIMEOUT_MS = 5000;

/**
 * POSTs JSON to a robot webhook and checks both the HTTP status and the `errcode` field that
 * WeCom and DingTalk use to report errors with a 200 status.
 */
export async function postRobotJson(url: string, payload: unknown, channel: string): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${channel} 返回 HTTP ${res.status}: ${text.slice(0, 200)}`);
  let reply: { errcode?: unknown; errmsg?: unknown } = {};
  try {
    reply = JSON.parse(text) as typeof reply;
  } catch {
    throw new Error(`${channel} 的应答不是 JSON: ${text.slice(0, 200)}`);
  }
  if (reply.errcode !== undefined && reply.errcode !== 0) {
    throw new Error(`${channel} 拒绝了消息: errcode=${String(reply.errcode)} errmsg=${String(reply.errmsg ?? '')}`);
  }
}
