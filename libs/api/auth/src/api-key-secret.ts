import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * API key secrets: `psl_<prefix>_<secret>`.
 * - `psl_` says what it is (secret scanners and people recognise it);
 * - the 8-character prefix (lowercase letters and digits) is public: it finds the row and
 *   names the key on screens and in logs;
 * - the 32-character base62 secret carries ~190 bits of randomness.
 *
 * Only the SHA-256 of the whole string is stored. A slow password hash (argon2, scrypt) exists
 * to make guessing a low-entropy human password expensive; a 190-bit random secret cannot be
 * guessed whatever the hash speed, so a fast hash is enough and keeps every request cheap.
 */
export const API_KEY_PATTERN = /^psl_([a-z0-9]{8})_([A-Za-z0-9]{32})$/;

const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Uniform random characters (`randomInt` draws without modulo bias). */
function randomString(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet.charAt(randomInt(alphabet.length));
  return out;
}

export interface GeneratedApiKey {
  /** The full secret, shown once to the caller and never stored. */
  secret: string;
  prefix: string;
  /** SHA-256 of `secret`, lowercase hex: what is stored. */
  hash: string;
}

export function generateApiKey(): GeneratedApiKey {
  const prefix = randomString(PREFIX_ALPHABET, 8);
  const secret = `psl_${prefix}_${randomString(SECRET_ALPHABET, 32)}`;
  return { secret, prefix, hash: hashSecret(secret) };
}

/** The prefix of a well-formed API key secret, or null when it does not look like one. */
export function apiKeyPrefix(secret: string): string | null {
  return API_KEY_PATTERN.exec(secret)?.[1] ?? null;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares a presented secret with a stored SHA-256 (hex) in constant time. */
export function secretMatchesHash(secret: string, storedHash: string): boolean {
  const presented = createHash('sha256').update(secret, 'utf8').digest();
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}

/** Compares two secrets in constant time (the lengths leak nothing: both are hashed first). */
export function secretsEqual(a: string, b: string): boolean {
  return secretMatchesHash(a, hashSecret(b));
}
