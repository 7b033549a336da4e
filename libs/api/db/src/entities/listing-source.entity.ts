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

  @OneToMany(() => ListingLocationEntity, (location) => location.listingSource)
  locations?: Relation<ListingLocationEntity>[];

  /** SHA-256 (hex) of the normalized payload and locations: equal hash means UNCHANGED. */
  @Column({ type: 'text' })
  contentHash!: string;

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

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  /** The run that last created, updated or confirmed it. */
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
