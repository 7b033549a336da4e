import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { ListingSourceEntity } from './listing-source.entity';

export enum DuplicateDecisionKind {
  MERGE = 'MERGE',
  SPLIT = 'SPLIT',
}

/**
 * An operator's verdict on a pair of sources; deduplication never overrides it (a split
 * stays split). The pair is stored ordered: `sourceLowId < sourceHighId` (`orderedPair`).
 */
@Entity('duplicate_decision')
@Unique(['sourceLowId', 'sourceHighId'])
@Check('chk_duplicate_decision_ordered_pair', '"source_low_id" < "source_high_id"')
export class DuplicateDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sourceLowId!: string;

  @ManyToOne(() => ListingSourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_low_id' })
  sourceLow?: Relation<ListingSourceEntity>;

  @Index()
  @Column({ type: 'uuid' })
  sourceHighId!: string;

  @ManyToOne(() => ListingSourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_high_id' })
  sourceHigh?: Relation<ListingSourceEntity>;

  @Column({ type: 'enum', enum: DuplicateDecisionKind, enumName: 'duplicate_decision_kind' })
  decision!: DuplicateDecisionKind;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Who decided: an account id or e-mail, or `system`. */
  @Column({ type: 'text' })
  decidedBy!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  decidedAt!: Date;
}
