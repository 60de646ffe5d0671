/**
 * 资产编号 patterns, e.g. "ZC{YYYY}{CAT:3}{SEQ:4}" → ZC20262010001. Tokens: {YYYY}/{YY}/{MM} of the
 * acquisition date, {CAT} (the category code) or {CAT:n} (its first n characters), and exactly one
 * {SEQ:n}, a sequence padded to n digits. The sequence counts per rendered prefix and suffix, so it
 * restarts by itself for each year or category the pattern names.
 */
export const DEFAULT_NUMBERING_PATTERN = 'ZC{YYYY}{CAT:3}{SEQ:4}';

const TOKEN = /\{(YYYY|YY|MM|CAT|CAT:[1-9]|SEQ:[1-9])\}/g;
const LITERAL = /^[A-Za-z0-9\-_./]*$/;

export interface NumberingInput { acquiredOn: string; categoryCode: string }

/** Why a pattern is unusable, or null. */
export function numberingProblem(pattern: string): string | null {
  if (pattern.length === 0 || pattern.length > 60) return '编号规则长度应为 1～60 个字符';
  const seqCount = [...pattern.matchAll(TOKEN)].filter((m) => m[1]?.startsWith('SEQ')).length;
  if (seqCount !== 1) return '编号规则必须包含且只包含一个流水号 {SEQ:n}（n 为位数 1～9）';
  const literals = pattern.replace(TOKEN, '');
  if (/[{}]/.test(literals)) return '编号规则中有无法识别的占位符，可用 {YYYY} {YY} {MM} {CAT} {CAT:n} {SEQ:n}';
  if (!LITERAL.test(literals)) return '编号规则的固定部分只能使用字母、数字和 - _ . /';
  return null;
}

/** The pattern with everything but the sequence filled in; "#" marks the sequence. Also the counter's key. */
export function numberingScope(pattern: string, input: NumberingInput): string {
  return pattern.replace(TOKEN, (_, token: string) => {
    if (token === 'YYYY') return input.acquiredOn.slice(0, 4);
    if (token === 'YY') return input.acquiredOn.slice(2, 4);
    if (token === 'MM') return input.acquiredOn.slice(5, 7);
    if (token === 'CAT') return input.categoryCode;
    if (token.startsWith('CAT:')) return input.categoryCode.slice(0, Number(token.slice(4)));
    return `#${token.slice(4)}`;
  });
}

/** The number for sequence value `seq` in a scope from numberingScope. */
export function formatNumber(scope: string, seq: number): string {
  return scope.replace(/#([1-9])/, (_, width: string) => String(seq).padStart(Number(width), '0'));
}
