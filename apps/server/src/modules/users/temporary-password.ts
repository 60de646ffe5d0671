import crypto from 'node:crypto';

// No i/l/o/0/1: the password is read aloud or copied from a printout.
const LETTERS = 'abcdefghjkmnpqrstuvwxyz';
const DIGITS = '23456789';

function pick(alphabet: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[crypto.randomInt(alphabet.length)];
  return out;
}

/**
 * A temporary password an administrator can dictate, e.g. "kmtp-4827". It satisfies the
 * school password rule and only lives until the forced change at first login.
 */
export function generateTemporaryPassword(): string {
  return `${pick(LETTERS, 4)}-${pick(DIGITS, 4)}`;
}
