import { FeedFormat } from '@passerelle/shared-domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { PartnerEntity } from './partner.entity';
import type { JsonbObject } from './jsonb.type';

/** A partner's pull source: where to fetch, how to read it, how often. */
@Entity('feed')
export class FeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  partnerId!: string;

  @ManyToOne(() => PartnerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<PartnerEntity>;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'enum', enum: FeedFormat, enumName: 'feed_format' })
  format!: FeedFormat;

  /** Connector-specific field mapping (source field → ListingInput field). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  mapping!: JsonbObject;

  /** Pull schedule; null: only on demand. */
  @Column({ type: 'int', nullable: true })
  everyMinutes!: number | null;

  @Column({ type: 'text', nullable: true })
  basicAuthUsername!: string | null;

  /** Secret: never logged, never returned by the API. */
  @Column({ type: 'text', nullable: true })
  basicAuthPassword!: string | null;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastRunAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
