import { ItemOutcome } from '@passerelle/shared-domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { SyncRunEntity } from './sync-run.entity';

/** A validation problem of one item: a stable code and a French message, at a field path. */
export interface ItemProblem {
  path: string;
  code: string;
  message: string;
}

/** The result of one item of a sync run, in input order. */
@Entity('sync_run_item')
@Index(['syncRunId', 'position'])
export class SyncRunItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  syncRunId!: string;

  @ManyToOne(() => SyncRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sync_run_id' })
  syncRun?: Relation<SyncRunEntity>;

  /** 0-based position of the item in the batch or feed. */
  @Column({ type: 'int' })
  position!: number;

  /** Null when the item had none (it is then REJECTED). */
  @Column({ type: 'text', nullable: true })
  externalId!: string | null;

  @Column({ type: 'enum', enum: ItemOutcome, enumName: 'item_outcome' })
  outcome!: ItemOutcome;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  errors!: ItemProblem[];

  /** Accepted with a remark (ambiguous date read day-first, unknown activity kept…). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  warnings!: ItemProblem[];
}
