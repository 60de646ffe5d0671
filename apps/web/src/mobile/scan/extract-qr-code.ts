// Mirrors the server's code rules (apps/server/src/platform/qr/qr-code-text.ts): ten characters
// from an alphabet without 0/O/1/I/L, case and dashes ignored. Moving the alphabet to
// @houqin/contracts would let both sides share it.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 10;
// A label's URL is <base>/q/<code>; the base differs between schools and deployments, so any host
// (or none, when a scanner app drops the scheme) is accepted and only the path matters.
const LABEL_URL = /(?:^|\/)q\/([A-Za-z0-9-]{1,64})\/?(?:[?#].*)?$/;

export type TypedCode = { code: string; error?: undefined } | { code?: undefined; error: string };

/** A code typed from a label, in canonical form, or the reason it cannot be one. */
export function normalizeTypedCode(input: string): TypedCode {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (!code) return { error: '请输入二维码标签上的编号' };
  if (code.length !== CODE_LENGTH) return { error: `编号是 ${CODE_LENGTH} 位字母和数字，您输入了 ${code.length} 位` };
  if ([...code].some((ch) => !ALPHABET.includes(ch))) return { error: '编号里没有 0、O、1、I、L 和符号，请对照标签重新输入' };
  return { code };
}

/** The label code in scanned or typed text: a label URL or a bare code; null for anything else. */
export function extractQrCode(text: string): string | null {
  const t = text.trim();
  const fromUrl = LABEL_URL.exec(t)?.[1];
  if (fromUrl) return fromUrl.toUpperCase();
  return normalizeTypedCode(t).code ?? null;
}
