import { GeoPrecision } from '@passerelle/shared-domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ListingSourceEntity } from './listing-source.entity';
import { ListingEntity } from './listing.entity';

/**
 * One place of a listing source (multi-site listings have several), geocoded. `listingId`
 * follows the source's listing so the canonical listing's places are one indexed read.
 */
@Entity('listing_location')
@Index(['listingSourceId', 'position'])
export class ListingLocationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  listingSourceId!: string;

  @ManyToOne(() => ListingSourceEntity, (source) => source.locations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'listing_source_id' })
  listingSource?: Relation<ListingSourceEntity>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  listingId!: string | null;

  @ManyToOne(() => ListingEntity, (listing) => listing.locations, {
    onDelete: 'SET NULL',
    nullable: true,
  })
  @JoinColumn({ name: 'listing_id' })
  listing?: Relation<ListingEntity> | null;

  /** 0-based order of the address in the source. */
  @Column({ type: 'int', default: 0 })
  position!: number;

  @Column({ type: 'text', nullable: true })
  street!: string | null;

  @Column({ type: 'text', nullable: true })
  postalCode!: string | null;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  /** INSEE commune code. */
  @Column({ type: 'text', nullable: true })
  cityCode!: string | null;

  /** INSEE department code (`75`, `2A`, `971`). */
  @Column({ type: 'text', nullable: true })
  departmentCode!: string | null;

  /** INSEE region code (`11`). */
  @Column({ type: 'text', nullable: true })
  regionCode!: string | null;

  @Column({ type: 'double precision', nullable: true })
  lat!: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon!: number | null;

  /** How the point was obtained; null when there is no point (never a made-up 0,0). */
  @Column({ type: 'enum', enum: GeoPrecision, enumName: 'geo_precision', nullable: true })
  precision!: GeoPrecision | null;
}
