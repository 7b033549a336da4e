export {
  ANONYMOUS,
  AUTH_MESSAGES,
  canAccessPartner,
  requireAdmin,
  requireAuthenticated,
  requirePartnerAccess,
  type Actor,
  type AuthenticatedActor,
} from './actor';
export { apiKeyPrefix, generateApiKey, hashSecret, API_KEY_PATTERN } from './api-key-secret';
export { ApiKeyService, LAST_USED_THROTTLE_MS, type IssuedApiKey } from './api-key.service';
export { AuthModule } from './auth.module';
export { AuthenticationService } from './authentication.service';
export { actorOf, CurrentActor } from './current-actor.decorator';
