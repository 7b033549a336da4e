import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, In, type Repository } from 'typeorm';
import { AppError, ErrorCode } from '@passerelle/api-core';
import { ApiKeyEntity } from '@passerelle/api-db';
import { AUTH_MESSAGES } from './actor';
import { apiKeyPrefix, generateApiKey, secretMatchesHash } from './api-key-secret';

/** lastUsedAt is written at most this often per key. */
export const LAST_USED_THROTTLE_MS = 60_000;
const LABEL_MAX_LENGTH = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** PostgreSQL `unique_violation`. */
const UNIQUE_VIOLATION = '23505';

export interface IssuedApiKey {
  apiKey: ApiKeyEntity;
  /** Shown once to the caller; only its hash is stored. */
  secret: string;
}

/** True when lastUsedAt is old enough to be written again. */
export function lastUseIsStale(lastUsedAt: Date | null, now: Date): boolean {
  return lastUsedAt === null || now.getTime() - lastUsedAt.getTime() >= LAST_USED_THROTTLE_MS;
}

/** Partners' API keys: issue, revoke, list, and recognise a presented secret. */
@Injectable()
export class ApiKeyService implements OnModuleDestroy {
  private readonly logger = new Logger(ApiKeyService.name);
  /** lastUsedAt writes in flight, awaited at shutdown so none hits a closed pool. */
  private readonly pendingTouches = new Set<Promise<void>>();

  constructor(private readonly dataSource: DataSource) {}

  private get repository(): Repository<ApiKeyEntity> {
    return this.dataSource.getRepository(ApiKeyEntity);
  }

  /** Creates a key for the partner (which must exist). The secret is in the result only. */
  async issue(partnerId: string, label?: string | null): Promise<IssuedApiKey> {
    const cleanLabel = normalizeLabel(label);
    for (let attempt = 1; ; attempt++) {
      const { secret, prefix, hash } = generateApiKey();
      try {
        const apiKey = await this.repository.save(
          this.repository.create({ partnerId, prefix, hash, label: cleanLabel }),
        );
        return { apiKey, secret };
      } catch (error) {
        // A prefix collision (1 in 2.8e12 per pair) is retried with a new key.
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION || attempt >= 3) throw error;
      }
    }
  }

  async findById(id: string): Promise<ApiKeyEntity | null> {
    if (!UUID.test(id)) return null;
    return this.repository.findOneBy({ id });
  }

  /** Every key of these partners, oldest first, grouped by partner id. */
  async listByPartnerIds(partnerIds: readonly string[]): Promise<Map<string, ApiKeyEntity[]>> {
    const byPartner = new Map<string, ApiKeyEntity[]>(partnerIds.map((id) => [id, []]));
    if (partnerIds.length === 0) return byPartner;
    const keys = await this.repository.find({
      where: { partnerId: In([...partnerIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    for (const key of keys) byPartner.get(key.partnerId)?.push(key);
    return byPartner;
  }

  /** Revokes the key (idempotent: a revoked key keeps its first revocation time). */
  async revoke(id: string): Promise<ApiKeyEntity> {
    const key = await this.findById(id);
    if (!key) throw new AppError(ErrorCode.NOT_FOUND, 'Clé d’API introuvable.');
    if (key.revokedAt) return key;
    key.revokedAt = new Date();
    return this.repository.save(key);
  }

  /**
   * The active key a presented secret belongs to. Unknown prefix and wrong secret answer the
   * same (nothing tells which prefixes exist); revoked and expired are said only to the holder
   * of the real secret. Records the use without making the request wait.
   */
  async authenticate(secret: string, now = new Date()): Promise<ApiKeyEntity> {
    const prefix = apiKeyPrefix(secret);
    const key = prefix ? await this.repository.findOneBy({ prefix }) : null;
    if (!key || !secretMatchesHash(secret, key.hash)) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, AUTH_MESSAGES.unknownKey);
    }
    if (key.revokedAt && key.revokedAt <= now) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, AUTH_MESSAGES.revokedKey);
    }
    if (key.expiresAt && key.expiresAt <= now) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, AUTH_MESSAGES.expiredKey);
    }
    this.recordUse(key, now);
    return key;
  }

  /**
   * Sets lastUsedAt at most once a minute per key, in the background. The row just read says
   * whether a write is due; the conditional UPDATE keeps concurrent requests and replicas from
   * writing more than that. A failure is logged, never surfaced to the request.
   */
  private recordUse(key: ApiKeyEntity, now: Date): void {
    if (!lastUseIsStale(key.lastUsedAt, now)) return;
    const touch = this.repository
      .createQueryBuilder()
      .update(ApiKeyEntity)
      .set({ lastUsedAt: () => 'now()' })
      .where('id = :id', { id: key.id })
      .andWhere(
        `(last_used_at IS NULL OR last_used_at <= now() - make_interval(secs => :seconds))`,
        { seconds: LAST_USED_THROTTLE_MS / 1000 },
      )
      .execute()
      .then(
        () => undefined,
        (error: unknown) =>
          this.logger.warn(
            { apiKeyId: key.id, error: (error as Error).message },
            'Could not record the last use of an API key',
          ),
      );
    this.pendingTouches.add(touch);
    void touch.finally(() => this.pendingTouches.delete(touch));
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.pendingTouches]);
  }
}

function normalizeLabel(label: string | null | undefined): string | null {
  const trimmed = label?.trim() ?? '';
  if (trimmed.length > LABEL_MAX_LENGTH) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Le libellé de la clé d’API fait au plus ${LABEL_MAX_LENGTH} caractères.`,
      { field: 'label' },
    );
  }
  return trimmed === '' ? null : trimmed;
}
