import { AppError, ErrorCode, loadConfig } from '@passerelle/api-core';
import type { ApiKeyEntity } from '@passerelle/api-db';
import type { Actor } from './actor';
import { LAST_USED_THROTTLE_MS, lastUseIsStale, type ApiKeyService } from './api-key.service';
import { AuthenticationService } from './authentication.service';

const ADMIN_KEY = 'test-admin-key-0123456789';

function service(adminKey: string | null = ADMIN_KEY) {
  const authenticate = jest.fn(async (secret: string): Promise<ApiKeyEntity> =>
    secret === 'psl_abcdefgh_good'
      ? ({ id: 'key-1', partnerId: 'partner-1' } as ApiKeyEntity)
      : Promise.reject(new AppError(ErrorCode.UNAUTHENTICATED, 'Clé d’API inconnue.')),
  );
  const config = loadConfig(adminKey ? { PASSERELLE_ADMIN_KEY: adminKey } : {});
  const apiKeys = { authenticate } as unknown as ApiKeyService;
  return { auth: new AuthenticationService(config, apiKeys), authenticate };
}

async function codeOf(promise: Promise<Actor>): Promise<string> {
  return promise.then(
    () => 'none',
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
}

describe(AuthenticationService.name, () => {
  it('treats a request without Authorization as anonymous', async () => {
    await expect(service().auth.authenticate(undefined)).resolves.toEqual({ kind: 'anonymous' });
  });

  it('recognises the bootstrap admin key, without looking up API keys', async () => {
    const { auth, authenticate } = service();
    await expect(auth.authenticate(`Bearer ${ADMIN_KEY}`)).resolves.toEqual({
      kind: 'admin',
      via: 'bootstrap-key',
    });
    await expect(auth.authenticate(`bearer   ${ADMIN_KEY} `)).resolves.toMatchObject({
      kind: 'admin',
    });
    expect(authenticate).not.toHaveBeenCalled();
  });

  it('accepts no admin key when PASSERELLE_ADMIN_KEY is not set', async () => {
    expect(await codeOf(service(null).auth.authenticate(`Bearer ${ADMIN_KEY}`))).toBe(
      ErrorCode.UNAUTHENTICATED,
    );
  });

  it('resolves a partner key to its partner', async () => {
    await expect(service().auth.authenticate('Bearer psl_abcdefgh_good')).resolves.toEqual({
      kind: 'partner',
      partnerId: 'partner-1',
      apiKeyId: 'key-1',
    });
  });

  it('refuses a malformed header or an unknown key with UNAUTHENTICATED', async () => {
    const { auth } = service();
    expect(await codeOf(auth.authenticate('Basic dXNlcjpwYXNz'))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(await codeOf(auth.authenticate('Bearer'))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(await codeOf(auth.authenticate('Bearer psl_abcdefgh_bad'))).toBe(
      ErrorCode.UNAUTHENTICATED,
    );
  });
});

describe('lastUsedAt throttle', () => {
  it('writes the last use at most once a minute', () => {
    const now = new Date('2025-06-01T12:00:00Z');
    expect(lastUseIsStale(null, now)).toBe(true);
    expect(lastUseIsStale(new Date(now.getTime() - 1_000), now)).toBe(false);
    expect(lastUseIsStale(new Date(now.getTime() - LAST_USED_THROTTLE_MS), now)).toBe(true);
  });
});
