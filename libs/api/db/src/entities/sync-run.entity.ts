import { SyncRunStatus, SyncTrigger } from '@passerelle/shared-domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { FeedEntity } from './feed.entity';
import { PartnerEntity } from './partner.entity';

/** One pull of a feed or one push batch, with its counts. Per-item results: SyncRunItemEntity. */
@Entity('sync_run')
@Index(['partnerId', 'startedAt'])
export class SyncRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @ManyToOne(() => PartnerEntity)
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<PartnerEntity>;

  /** The pulled feed; null for a push. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  feedId!: string | null;

  @ManyToOne(() => FeedEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'feed_id' })
  feed?: Relation<FeedEntity> | null;

  @Column({ type: 'enum', enum: SyncTrigger, enumName: 'sync_trigger' })
  trigger!: SyncTrigger;

  @Column({
    type: 'enum',
    enum: SyncRunStatus,
    enumName: 'sync_run_status',
    default: SyncRunStatus.RUNNING,
  })
  status!: SyncRunStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  received!: number;

  @Column({ type: 'int', default: 0 })
  created!: number;

  @Column({ type: 'int', default: 0 })
  updated!: number;

  @Column({ type: 'int', default: 0 })
  unchanged!: number;

  @Column({ type: 'int', default: 0 })
  rejected!: number;

  @Column({ type: 'int', default: 0 })
  withdrawn!: number;

  /** Why the whole run failed or was held (stable code, French message); null otherwise. */
  @Column({ type: 'text', nullable: true })
  errorCode!: string | null;

  @Column({ type: 'text', nullable: true })
  errorMessage!: string | null;

  /** The batch replaces the partner's set: sources absent from it are withdrawn. */
  @Column({ type: 'boolean', default: false })
  fullSnapshot!: boolean;

  /** Withdrawals a HELD run would apply once an operator releases it. */
  @Column({ type: 'int', default: 0 })
  pendingWithdrawals!: number;
}
