import { ListingKind, ListingStatus, RemoteMode } from '@passerelle/shared-domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { ListingLocationEntity } from './listing-location.entity';
import { ListingSourceEntity } from './listing-source.entity';
import { OrganizationEntity } from './organization.entity';

/**
 * The canonical listing shown to people: one per group of duplicate sources, recomputed from
 * their normalized payloads.
 */
@Entity('listing')
export class ListingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: ListingKind, enumName: 'listing_kind', default: ListingKind.NEED })
  kind!: ListingKind;

  @Index()
  @Column({
    type: 'enum',
    enum: ListingStatus,
    enumName: 'listing_status',
    default: ListingStatus.PENDING,
  })
  status!: ListingStatus;

  @Column({ type: 'text' })
  title!: string;

  /** Sanitized HTML. */
  @Column({ type: 'text' })
  description!: string;

  /** Plain text, at most 300 characters. */
  @Column({ type: 'text', default: '' })
  summary!: string;

  /** Taxonomy domain slug; null when the partner gave none. */
  @Column({ type: 'text', nullable: true })
  domain!: string | null;

  /** Activity slugs, and unknown partner labels kept as written. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  activities!: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  tags!: string[];

  @Column({ type: 'enum', enum: RemoteMode, enumName: 'remote_mode', default: RemoteMode.ONSITE })
  remote!: RemoteMode;

  @Column({ type: 'int', nullable: true })
  places!: number | null;

  @Column({ type: 'text', nullable: true })
  schedule!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  startsAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  postedAt!: Date | null;

  @Column({ type: 'boolean', nullable: true })
  openToMinors!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  reducedMobilityAccessible!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  closeToTransport!: boolean | null;

  @Column({ type: 'text', nullable: true })
  imageUrl!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity> | null;

  @OneToMany(() => ListingSourceEntity, (source) => source.listing)
  sources?: Relation<ListingSourceEntity>[];

  @OneToMany(() => ListingLocationEntity, (location) => location.listing)
  locations?: Relation<ListingLocationEntity>[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /** First time it became PUBLISHED. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
