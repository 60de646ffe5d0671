// Mirrors the server's pattern rules (apps/server/src/modules/assets/rules/numbering.ts) so the
// settings page can show an example while the pattern is typed; the server re-checks on save.
const TOKEN = /\{(YYYY|YY|MM|CAT|CAT:[1-9]|SEQ:[1-9])\}/g;
const LITERAL = /^[A-Za-z0-9\-_./]*$/;

export interface NumberingPreview { example: string | null; problem: string | null }

/** The first number the pattern would give a card acquired on `acquiredOn` in category `categoryCode`. */
export function previewNumber(pattern: string, acquiredOn: string, categoryCode: string): NumberingPreview {
  if (pattern.length === 0 || pattern.length > 60) return { example: null, problem: '编号规则长度应为 1～60 个字符' };
  const seqCount = [...pattern.matchAll(TOKEN)].filter((m) => m[1]?.startsWith('SEQ')).length;
  if (seqCount !== 1) return { example: null, problem: '必须包含且只包含一个流水号 {SEQ:n}（n 为位数 1～9）' };
  const literals = pattern.replace(TOKEN, '');
  if (/[{}]/.test(literals)) return { example: null, problem: '有无法识别的占位符，可用 {YYYY} {YY} {MM} {CAT} {CAT:n} {SEQ:n}' };
  if (!LITERAL.test(literals)) return { example: null, problem: '固定部分只能使用字母、数字和 - _ . /' };
  const example = pattern.replace(TOKEN, (_, token: string) => {
    if (token === 'YYYY') return acquiredOn.slice(0, 4);
    if (token === 'YY') return acquiredOn.slice(2, 4);
    if (token === 'MM') return acquiredOn.slice(5, 7);
    if (token === 'CAT') return categoryCode;
    if (token.startsWith('CAT:')) return categoryCode.slice(0, Number(token.slice(4)));
    return '1'.padStart(Number(token.slice(4)), '0');
  });
  return { example, problem: null };
}
