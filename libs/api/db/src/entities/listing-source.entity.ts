import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { ListingLocationEntity } from './listing-location.entity';
import { ListingEntity } from './listing.entity';
import { OrganizationEntity } from './organization.entity';
import { PartnerEntity } from './partner.entity';
import { SyncRunEntity } from './sync-run.entity';
import type { JsonbObject } from './jsonb.type';

export enum ListingSourceStatus {
  ACTIVE = 'ACTIVE',
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * One listing as one partner sent it, after validation and normalization: identity
 * (partner, externalId), its own URLs, when it was seen. The canonical ListingEntity of its
 * group is recomputed from the payloads of the group's sources.
 */
@Entity('listing_source')
@Unique(['partnerId', 'externalId'])
// GIN on the blocking keys of active sources (deduplication): written by hand in the
// DedupIndexes migration, TypeORM cannot describe a GIN index.
@Index('idx_listing_source_dedup_keys', { synchronize: false })
export class ListingSourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @ManyToOne(() => PartnerEntity)
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<PartnerEntity>;

  /** The partner's own id of the listing. */
  @Column({ type: 'text' })
  externalId!: string;

  /** The group of duplicates it belongs to; null only until deduplication attaches it. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  listingId!: string | null;

  @ManyToOne(() => ListingEntity, (listing) => listing.sources, {
    onDelete: 'SET NULL',
    nullable: true,
  })
  @JoinColumn({ name: 'listing_id' })
  listing?: Relation<ListingEntity> | null;

  /** The structure as this partner names it (resolved at ingest); null when it gives none. */
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity> | null;

  /**
   * Blocking keys of deduplication (same organization in a department, title words in a
   * commune): sources are compared only with sources sharing one (`@passerelle/api-dedup`).
   */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  dedupKeys!: string[];

  /**
   * Its matching features in a compact form (normalized title words, organization, places,
   * dates), so that blocking bounds a candidate's score without reading its payload.
   */
  @Column({ type: 'jsonb', nullable: true })
  dedupFeatures!: JsonbObject | null;

  @OneToMany(() => ListingLocationEntity, (location) => location.listingSource)
  locations?: Relation<ListingLocationEntity>[];

  /** SHA-256 (hex) of the normalized payload and locations: equal hash means UNCHANGED. */
  @Column({ type: 'text' })
  contentHash!: string;

  /**
   * SHA-256 of the item as its connector produced it, salted with the pipeline's version and
   * the partner's crosswalk: equal means the pipeline would give the same result, so a re-sync
   * answers UNCHANGED without running it. Null for sources stored before it existed.
   */
  @Column({ type: 'text', nullable: true })
  inputHash!: string | null;

  /**
   * Every field as this partner sent it, after normalization (shape owned by the ingest
   * pipeline), so the canonical listing can be recomputed without the partner.
   */
  @Column({ type: 'jsonb' })
  payload!: JsonbObject;

  /** The listing's page on the partner's platform. */
  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text' })
  applyUrl!: string;

  @Column({
    type: 'enum',
    enum: ListingSourceStatus,
    enumName: 'listing_source_status',
    default: ListingSourceStatus.ACTIVE,
  })
  status!: ListingSourceStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  firstSeenAt!: Date;

  /**
   * Last time a run carried it, to the day: an unchanged source is not rewritten at every run,
   * only when this is more than `LAST_SEEN_REFRESH_MS` old (see the ingest store).
   */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  /** The run that last created, updated or withdrew it. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  lastSyncRunId!: string | null;

  @ManyToOne(() => SyncRunEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'last_sync_run_id' })
  lastSyncRun?: Relation<SyncRunEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
