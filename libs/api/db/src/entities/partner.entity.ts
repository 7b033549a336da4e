import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { numericTransformer } from './numeric.transformer';

/** A platform that publishes listings to Passerelle (Passerelle itself is one, for direct posts). */
@Entity('partner')
export class PartnerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable public identifier (`jeveuxaider`), used in URLs and search filters. */
  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  contactEmail!: string | null;

  /** Share of the partner's active sources a full snapshot may withdraw before it is held. */
  @Column({
    type: 'numeric',
    precision: 4,
    scale: 3,
    default: () => '0.3',
    transformer: numericTransformer,
  })
  snapshotWithdrawalThreshold!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
