import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QR_CODE_ALPHABET, QR_CODE_LENGTH, normalizeQrCode, qrCodeUrl, randomQrCode } from './qr-code-text.js';

describe('QR code text', () => {
  it('has no characters people confuse on a printed label', () => {
    for (const ch of '01OIL') assert.ok(!QR_CODE_ALPHABET.includes(ch), ch);
  });

  it('draws random codes of the fixed length from the alphabet', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = randomQrCode();
      assert.equal(code.length, QR_CODE_LENGTH);
      assert.ok([...code].every((ch) => QR_CODE_ALPHABET.includes(ch)));
      seen.add(code);
    }
    assert.equal(seen.size, 2000);
  });

  it('accepts what people type: lower case, spaces and dashes', () => {
    assert.equal(normalizeQrCode('abcde-fghjk'), 'ABCDEFGHJK');
    assert.equal(normalizeQrCode(' ABCDE FGHJK '), 'ABCDEFGHJK');
    assert.equal(normalizeQrCode('ABCDEFGHJ0'), undefined);
    assert.equal(normalizeQrCode('ABC'), undefined);
  });

  it('builds the phone URL without doubled slashes', () => {
    assert.equal(qrCodeUrl('https://x.edu.cn/', 'ABCDEFGHJK'), 'https://x.edu.cn/q/ABCDEFGHJK');
  });
});
