import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JsonbObject } from './jsonb.type';

/**
 * A domain event written in the same transaction as the change it describes, then consumed
 * after commit (search indexing…). Ordered by its bigserial id; `id` is a string (bigint).
 */
@Entity('outbox_event')
@Index('idx_outbox_event_unprocessed', ['id'], { where: '"processed_at" IS NULL' })
@Index(['aggregateType', 'aggregateId'])
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** `listing`, `partner`… */
  @Column({ type: 'text' })
  aggregateType!: string;

  @Column({ type: 'uuid' })
  aggregateId!: string;

  /** `listing.upserted`, `listing.withdrawn`… */
  @Column({ type: 'text' })
  eventType!: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  payload!: JsonbObject;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;
}
