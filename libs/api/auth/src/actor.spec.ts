import { AppError, ErrorCode } from '@passerelle/api-core';
import { ANONYMOUS, type Actor, requireAdmin, requirePartnerAccess } from './actor';

const admin: Actor = { kind: 'admin', via: 'bootstrap-key' };
const partnerA: Actor = { kind: 'partner', partnerId: 'a', apiKeyId: 'k1' };

function codeOf(work: () => void): string | undefined {
  try {
    work();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
}

describe('actor rules', () => {
  it('lets only an admin through requireAdmin', () => {
    expect(codeOf(() => requireAdmin(admin))).toBeUndefined();
    expect(codeOf(() => requireAdmin(partnerA))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(() => requireAdmin(ANONYMOUS))).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('gives a partner key access to its own partner only, and an admin to all', () => {
    expect(codeOf(() => requirePartnerAccess(partnerA, 'a'))).toBeUndefined();
    expect(codeOf(() => requirePartnerAccess(partnerA, 'b'))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(() => requirePartnerAccess(admin, 'b'))).toBeUndefined();
    expect(codeOf(() => requirePartnerAccess(ANONYMOUS, 'a'))).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('explains the refusal in French', () => {
    expect(() => requirePartnerAccess(partnerA, 'b')).toThrow(/plateforme partenaire/);
  });
});
