import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AppError, ErrorCode } from '@passerelle/api-core';
import { type Actor, CurrentActor, requirePartnerAccess } from '@passerelle/api-auth';
import { FeedEntity, SyncRunEntity } from '@passerelle/api-db';
import { validateFieldMapping } from '@passerelle/connectors-tabular';
import { FeedFormat, SyncRunStatus, SyncTrigger } from '@passerelle/shared-domain';
import { DataSource } from 'typeorm';
import { SyncRunObject, toSyncRunObject } from '../sync-run/sync-run.object';
import { FeedInput } from './feed.input';
import { FeedObject, toFeedObject } from './feed.object';
import { FeedSyncService } from './feed-sync.service';

function checkedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.toString();
  } catch {
    // reported below
  }
  throw new AppError(
    ErrorCode.BAD_USER_INPUT,
    `Adresse de flux invalide : une URL http(s) est attendue (reçu « ${url.slice(0, 200)} »).`,
    {
      field: 'url',
    },
  );
}

@Resolver(() => FeedObject)
export class FeedResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly feedSync: FeedSyncService,
  ) {}

  @Mutation(() => FeedObject, {
    description: "Creates or replaces the partner's feed (one per partner).",
  })
  async configureFeed(
    @CurrentActor() actor: Actor,
    @Args('partnerId', { type: () => ID }) partnerId: string,
    @Args('input', { type: () => FeedInput }) input: FeedInput,
  ): Promise<FeedObject> {
    requirePartnerAccess(actor, partnerId);
    const format = input.format ?? FeedFormat.API_ENGAGEMENT_XML;
    let mapping: object = {};
    if (format !== FeedFormat.API_ENGAGEMENT_XML || input.mapping != null) {
      const checked = validateFieldMapping(
        input.mapping ?? (format === FeedFormat.API_ENGAGEMENT_XML ? { fields: {} } : undefined),
      );
      if (!checked.ok && format !== FeedFormat.API_ENGAGEMENT_XML) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'Correspondance des champs invalide.', {
          field: 'mapping',
          errors: checked.errors,
        });
      }
      if (checked.ok) mapping = checked.mapping;
    }
    if (input.everyMinutes != null && (input.everyMinutes < 15 || input.everyMinutes > 10_080)) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'La fréquence doit être comprise entre 15 minutes et 7 jours (10 080 minutes).',
        {
          field: 'everyMinutes',
        },
      );
    }
    const repo = this.dataSource.getRepository(FeedEntity);
    const existing = await repo.findOne({ where: { partnerId }, order: { createdAt: 'ASC' } });
    const values = {
      partnerId,
      url: checkedUrl(input.url),
      format,
      mapping,
      everyMinutes: input.everyMinutes ?? null,
      basicAuthUsername: input.username ?? null,
      basicAuthPassword: input.username ? (input.password ?? null) : null,
      enabled: true,
    };
    const saved = await repo.save(existing ? repo.merge(existing, values) : repo.create(values));
    return toFeedObject(saved);
  }

  @Mutation(() => SyncRunObject, {
    description: "Queues a pull of the partner's feed now; returns the RUNNING sync run.",
  })
  async runFeedSync(
    @CurrentActor() actor: Actor,
    @Args('partnerId', { type: () => ID }) partnerId: string,
  ): Promise<SyncRunObject> {
    requirePartnerAccess(actor, partnerId);
    return toSyncRunObject(await this.feedSync.request(partnerId));
  }

  @Mutation(() => SyncRunObject, {
    description:
      'Applies a HELD feed sync: pulls the feed again and withdraws what it no longer carries, above the threshold.',
  })
  async confirmSyncRun(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SyncRunObject> {
    const held = await this.dataSource.getRepository(SyncRunEntity).findOneBy({ id });
    if (!held) throw new AppError(ErrorCode.NOT_FOUND, 'Synchronisation introuvable.');
    requirePartnerAccess(actor, held.partnerId);
    if (held.status !== SyncRunStatus.HELD || held.trigger !== SyncTrigger.PULL) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'Seule une synchronisation de flux suspendue (HELD) se confirme ; un envoi suspendu se renvoie après vérification.',
      );
    }
    return toSyncRunObject(
      await this.feedSync.request(held.partnerId, { confirmWithdrawals: true }),
    );
  }
}
