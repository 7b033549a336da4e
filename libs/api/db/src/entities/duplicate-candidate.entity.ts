import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { ListingSourceEntity } from './listing-source.entity';
import type { JsonbObject } from './jsonb.type';

export enum DuplicateCandidateStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

/**
 * A pair of sources that look alike but were not merged automatically (below the threshold,
 * or same partner), for an operator to review. Stored ordered: `sourceLowId < sourceHighId`.
 */
@Entity('duplicate_candidate')
@Unique(['sourceLowId', 'sourceHighId'])
@Check('chk_duplicate_candidate_ordered_pair', '"source_low_id" < "source_high_id"')
@Index(['status', 'score'])
export class DuplicateCandidateEntity {
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

  /** Similarity in [0, 1]. */
  @Column({ type: 'real' })
  score!: number;

  /** Which signals matched and how much (same RNA, title similarity, distance…). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  signals!: JsonbObject;

  @Column({
    type: 'enum',
    enum: DuplicateCandidateStatus,
    enumName: 'duplicate_candidate_status',
    default: DuplicateCandidateStatus.OPEN,
  })
  status!: DuplicateCandidateStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
