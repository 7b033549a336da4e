import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ListingEntity } from './listing.entity';
import { PartnerEntity } from './partner.entity';

/** One click on "apply", counted by the redirect. No IP address or other personal data. */
@Entity('apply_click')
@Index(['listingId', 'clickedAt'])
export class ApplyClickEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  listingId!: string;

  @ManyToOne(() => ListingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'listing_id' })
  listing?: Relation<ListingEntity>;

  /** The partner whose apply URL the click went to; null when not chosen explicitly. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  partnerId!: string | null;

  @ManyToOne(() => PartnerEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<PartnerEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  clickedAt!: Date;
}
