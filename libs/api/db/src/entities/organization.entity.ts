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

/** A structure (association, company, public body, local authority) behind listings. */
@Entity('organization')
@Index(['partnerId', 'externalId'])
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Lowercased, accents folded, legal-form words and punctuation removed: a dedup signal. */
  @Index()
  @Column({ type: 'text' })
  normalizedName!: string;

  /** Association id in the RNA: `W` + 9 digits. */
  @Index()
  @Column({ type: 'text', nullable: true })
  rna!: string | null;

  /** SIREN (9 digits). */
  @Index()
  @Column({ type: 'text', nullable: true })
  siren!: string | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  /** The partner that first described this structure, and its id there. */
  @Column({ type: 'uuid', nullable: true })
  partnerId!: string | null;

  @ManyToOne(() => PartnerEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'partner_id' })
  partner?: Relation<PartnerEntity> | null;

  @Column({ type: 'text', nullable: true })
  externalId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
