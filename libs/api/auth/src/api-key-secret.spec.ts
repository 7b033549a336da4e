import {
  API_KEY_PATTERN,
  apiKeyPrefix,
  generateApiKey,
  hashSecret,
  secretMatchesHash,
  secretsEqual,
} from './api-key-secret';

describe('API key secrets', () => {
  it('generates psl_<8-char prefix>_<32-char base62 secret> keys, each different', () => {
    const keys = Array.from({ length: 50 }, () => generateApiKey());
    for (const key of keys) {
      expect(key.secret).toMatch(API_KEY_PATTERN);
      expect(key.secret.startsWith(`psl_${key.prefix}_`)).toBe(true);
      expect(key.hash).toBe(hashSecret(key.secret));
      expect(key.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(new Set(keys.map((key) => key.secret)).size).toBe(50);
  });

  it('reads the prefix of a well-formed secret only', () => {
    const { secret, prefix } = generateApiKey();
    expect(apiKeyPrefix(secret)).toBe(prefix);
    expect(apiKeyPrefix('psl_short_abc')).toBeNull();
    expect(apiKeyPrefix(`${secret}x`)).toBeNull();
    expect(apiKeyPrefix('')).toBeNull();
  });

  it('matches a secret against its stored hash, and nothing else', () => {
    const { secret, hash } = generateApiKey();
    expect(secretMatchesHash(secret, hash)).toBe(true);
    const other = secret.endsWith('x') ? 'y' : 'x'; // a different last character
    expect(secretMatchesHash(`${secret.slice(0, -1)}${other}`, hash)).toBe(false);
    expect(secretMatchesHash(secret, 'not-hex')).toBe(false);
    expect(secretsEqual('test-admin-key-0123456789', 'test-admin-key-0123456789')).toBe(true);
    expect(secretsEqual('test-admin-key-0123456789', 'test-admin-key')).toBe(false);
  });
});
