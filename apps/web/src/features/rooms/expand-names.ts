/** The server takes at most this many names per batch. */
export const MAX_BATCH = 200;

/**
 * "101-110, 112、A201-A203, 多媒体教室" → 101 … 110, 112, A201, A202, A203, 多媒体教室.
 * A range keeps its prefix and zero padding ("B01-B03" → B01, B02, B03). Throws a Chinese
 * message naming the bad piece, so the form can show it under the field.
 */
export function expandRoomNames(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[\s,，、;；]+/)) {
    const token = raw.trim();
    if (!token) continue;
    const m = /^(\D*?)(\d+)\s*[-~－—至到]\s*(\D*?)(\d+)(\D*)$/.exec(token);
    if (!m) {
      out.push(token);
      continue;
    }
    const [, prefix = '', from = '', prefix2 = '', to = '', suffix = ''] = m;
    if (prefix2 && prefix2 !== prefix) throw new Error(`「${token}」前后前缀不一致`);
    const start = Number(from);
    const end = Number(to);
    if (end < start) throw new Error(`「${token}」结束号小于开始号`);
    if (end - start + 1 > MAX_BATCH) throw new Error(`「${token}」一次最多 ${MAX_BATCH} 间`);
    const width = from.length === to.length ? from.length : 0;
    for (let n = start; n <= end; n += 1) out.push(`${prefix}${String(n).padStart(width, '0')}${suffix}`);
  }
  const seen = new Set<string>();
  for (const name of out) {
    if (seen.has(name)) throw new Error(`「${name}」重复了`);
    seen.add(name);
  }
  if (out.length > MAX_BATCH) throw new Error(`一次最多新建 ${MAX_BATCH} 间，现在是 ${out.length} 间`);
  return out;
}
