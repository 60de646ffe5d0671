import crypto from 'node:crypto';

/**
 * Upper-case letters and digits without the pairs people confuse when they read a label aloud or
 * type it from a photo: 0/O, 1/I/L. 31 symbols × 10 characters ≈ 49.5 bits, so codes cannot be
 * guessed by walking the space, and nothing about a code reveals its school or target.
 */
export const QR_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const QR_CODE_LENGTH = 10;

/** A fresh random code; uniqueness across the installation is checked by the caller. */
export function randomQrCode(): string {
  let out = '';
  for (let i = 0; i < QR_CODE_LENGTH; i++) out += QR_CODE_ALPHABET[crypto.randomInt(QR_CODE_ALPHABET.length)];
  return out;
}

/**
 * What a person typed or a scanner read, in canonical form: case and separators ignored, so
 * "abcde-fghjk" finds "ABCDEFGHJK". Returns undefined when it cannot be a code at all.
 */
export function normalizeQrCode(input: string): string | undefined {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== QR_CODE_LENGTH) return undefined;
  for (const ch of code) if (!QR_CODE_ALPHABET.includes(ch)) return undefined;
  return code;
}

/** The phone URL printed in a label. */
export function qrCodeUrl(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/q/${code}`;
}
