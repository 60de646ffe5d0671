// Bounded autocannon loads against 127.0.0.1, alternating between servers so that load from
// neighbours on the machine hits each alike.
import autocannon from 'autocannon';

/** One load of `duration` seconds; `next()` gives each request's path (and body). */
export function load(target, connections, duration) {
  return autocannon({
    url: target.url,
    connections,
    duration,
    headers: target.headers,
    method: target.method ?? 'GET',
    requests: [{ setupRequest: (req) => ({ ...req, ...target.next() }) }],
  });
}

export function checked(url, result) {
  const errors = result.errors + result.timeouts + result.non2xx;
  if (errors > 0) throw new Error(`${url}: ${errors} failed requests (${result.non2xx} non-2xx)`);
  return result;
}

/** Warms every target up, then loads them in alternating rounds; averages over the rounds. */
export async function measureAlternating(targets, { connections, warmupS, rounds, roundS }) {
  for (const t of targets) checked(t.url, await load(t, connections, warmupS));
  const perTarget = targets.map(() => []);
  for (let r = 0; r < rounds; r += 1) {
    for (const [i, t] of targets.entries()) {
      const res = checked(t.url, await load(t, connections, roundS));
      if (process.env.BENCH_DEBUG) console.log(`      round ${r + 1} ${t.url}: ${res.requests.average} req/s`);
      perTarget[i].push(res);
    }
  }
  const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return perTarget.map((rs) => ({
    rps: avg(rs.map((x) => x.requests.average)),
    p50: avg(rs.map((x) => x.latency.p50)),
    p99: avg(rs.map((x) => x.latency.p99)),
    total: rs.reduce((n, x) => n + x.requests.total, 0),
    rounds: rs.map((x) => x.requests.average),
  }));
}
