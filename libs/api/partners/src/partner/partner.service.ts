import { Injectable } from '@nestjs/common';
import { DataSource, In, type Repository } from 'typeorm';
import { AppError, ErrorCode } from '@passerelle/api-core';
import {
  type Actor,
  ApiKeyService,
  type IssuedApiKey,
  requireAdmin,
  requireAuthenticated,
  requirePartnerAccess,
} from '@passerelle/api-auth';
import {
  type ApiKeyEntity,
  FeedEntity,
  ListingSourceEntity,
  ListingSourceStatus,
  PartnerEntity,
} from '@passerelle/api-db';
import { isUuid } from '../ids';
import type { CreatePartnerInput } from './create-partner.input';
import { validateCreatePartner } from './partner.validation';

/** PostgreSQL `unique_violation`. */
const UNIQUE_VIOLATION = '23505';

const partnerNotFound = () =>
  new AppError(ErrorCode.NOT_FOUND, 'Plateforme partenaire introuvable.');

/** Partners and their API keys, for operators (an admin, or the partner's own key). */
@Injectable()
export class PartnerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly apiKeys: ApiKeyService,
  ) {}

  private get partners(): Repository<PartnerEntity> {
    return this.dataSource.getRepository(PartnerEntity);
  }

  /** ADMIN. A taken slug is a CONFLICT. */
  async create(actor: Actor, input: CreatePartnerInput): Promise<PartnerEntity> {
    requireAdmin(actor);
    const valid = validateCreatePartner(input);
    try {
      return await this.partners.save(this.partners.create(valid));
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new AppError(
          ErrorCode.CONFLICT,
          `Une plateforme partenaire utilise déjà l’identifiant « ${valid.slug} ».`,
          { field: 'slug' },
        );
      }
      throw error;
    }
  }

  /** The partner with this slug if the actor may see it: null when none, FORBIDDEN when another's. */
  async findBySlug(actor: Actor, slug: string): Promise<PartnerEntity | null> {
    requireAuthenticated(actor);
    const partner = await this.partners.findOneBy({ slug });
    if (!partner) return null;
    requirePartnerAccess(actor, partner.id);
    return partner;
  }

  /** ADMIN or that partner's key. The secret is in the result, and nowhere else, ever. */
  async issueApiKey(actor: Actor, partnerId: string, label?: string | null): Promise<IssuedApiKey> {
    requirePartnerAccess(actor, partnerId);
    if (!isUuid(partnerId) || !(await this.partners.existsBy({ id: partnerId }))) {
      throw partnerNotFound();
    }
    return this.apiKeys.issue(partnerId, label);
  }

  /** ADMIN or the key's partner. Revoking twice is harmless. */
  async revokeApiKey(actor: Actor, id: string): Promise<ApiKeyEntity> {
    requireAuthenticated(actor);
    const key = await this.apiKeys.findById(id);
    if (!key) throw new AppError(ErrorCode.NOT_FOUND, 'Clé d’API introuvable.');
    requirePartnerAccess(actor, key.partnerId);
    return this.apiKeys.revoke(key.id);
  }

  // Batch reads for the per-request loaders (no access check: the parent was checked).

  async byIds(ids: readonly string[]): Promise<Map<string, PartnerEntity>> {
    const rows = ids.length ? await this.partners.findBy({ id: In([...ids]) }) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Active listing sources per partner. */
  async listingCounts(partnerIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.dataSource
      .getRepository(ListingSourceEntity)
      .createQueryBuilder('source')
      .select('source.partner_id', 'partnerId')
      .addSelect('count(*)::int', 'count')
      .where('source.partner_id IN (:...ids)', { ids: [...partnerIds] })
      .andWhere('source.status = :status', { status: ListingSourceStatus.ACTIVE })
      .groupBy('source.partner_id')
      .getRawMany<{ partnerId: string; count: number }>();
    return new Map(rows.map((row) => [row.partnerId, row.count]));
  }

  async feeds(partnerIds: readonly string[]): Promise<Map<string, FeedEntity[]>> {
    const byPartner = new Map<string, FeedEntity[]>(partnerIds.map((id) => [id, []]));
    const feeds = await this.dataSource.getRepository(FeedEntity).find({
      where: { partnerId: In([...partnerIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    for (const feed of feeds) byPartner.get(feed.partnerId)?.push(feed);
    return byPartner;
  }

  apiKeysOf(partnerIds: readonly string[]): Promise<Map<string, ApiKeyEntity[]>> {
    return this.apiKeys.listByPartnerIds(partnerIds);
  }
}
