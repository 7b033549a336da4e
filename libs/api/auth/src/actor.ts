import { AppError, ErrorCode } from '@passerelle/api-core';

/** Who is calling, resolved once per request from `Authorization: Bearer <secret>`. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'admin'; via: 'bootstrap-key' | 'api-key' }
  | { kind: 'partner'; partnerId: string; apiKeyId: string };

export type AuthenticatedActor = Exclude<Actor, { kind: 'anonymous' }>;

export const ANONYMOUS: Actor = Object.freeze({ kind: 'anonymous' });

/** French messages of the authentication and authorization errors. */
export const AUTH_MESSAGES = {
  required:
    'Authentification requise : fournissez une clé d’API dans l’en-tête « Authorization: Bearer <clé> ».',
  malformedHeader:
    'En-tête Authorization invalide : utilisez « Authorization: Bearer <clé d’API> ».',
  unknownKey: 'Clé d’API inconnue.',
  revokedKey: 'Cette clé d’API a été révoquée.',
  expiredKey: 'Cette clé d’API a expiré.',
  adminOnly: 'Action réservée aux administrateurs de Passerelle.',
  otherPartner: 'Cette clé d’API ne donne pas accès à cette plateforme partenaire.',
} as const;

/** Throws UNAUTHENTICATED for an anonymous caller; narrows the type otherwise. */
export function requireAuthenticated(actor: Actor): asserts actor is AuthenticatedActor {
  if (actor.kind === 'anonymous') {
    throw new AppError(ErrorCode.UNAUTHENTICATED, AUTH_MESSAGES.required);
  }
}

/** ADMIN only: anonymous → UNAUTHENTICATED, anyone else → FORBIDDEN. */
export function requireAdmin(actor: Actor): void {
  requireAuthenticated(actor);
  if (actor.kind !== 'admin') throw new AppError(ErrorCode.FORBIDDEN, AUTH_MESSAGES.adminOnly);
}

/** True when the actor may act for this partner: an admin, or that partner's own key. */
export function canAccessPartner(actor: Actor, partnerId: string): boolean {
  switch (actor.kind) {
    case 'admin':
      return true;
    case 'partner':
      return actor.partnerId === partnerId;
    case 'anonymous':
      return false;
  }
}

/** ADMIN or that partner's key: anonymous → UNAUTHENTICATED, another partner → FORBIDDEN. */
export function requirePartnerAccess(actor: Actor, partnerId: string): void {
  requireAuthenticated(actor);
  if (!canAccessPartner(actor, partnerId)) {
    throw new AppError(ErrorCode.FORBIDDEN, AUTH_MESSAGES.otherPartner);
  }
}
