import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { invalidField } from '../http/errors.js';

// OWASP Password Storage Cheat Sheet minimum for argon2id: m = 19 MiB, t = 2, p = 1.
const ARGON2_OPTIONS = { algorithm: 2 as Algorithm /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, ARGON2_OPTIONS);
}

export async function verifyPassword(stored: string, plain: string): Promise<boolean> {
  try {
    return await verify(stored, plain);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-0');
  return dummyHash;
}

/**
 * School password rule: 8–64 characters with at least a letter and a digit, and not the
 * staff number or phone number itself.
 */
export function checkPasswordRules(plain: string, field: string, forbidden: (string | null)[] = []): void {
  if (plain.length < 8) throw invalidField(field, '密码至少 8 位');
  if (plain.length > 64) throw invalidField(field, '密码不能超过 64 位');
  if (!/[A-Za-z]/.test(plain) || !/\d/.test(plain)) throw invalidField(field, '密码必须同时包含字母和数字');
  if (forbidden.some((f) => f && plain.toLowerCase() === f.toLowerCase())) throw invalidField(field, '密码不能与工号或手机号相同');
}
