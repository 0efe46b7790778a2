import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';

export const VERIFICATION_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

@Entity()
export class Employer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 160 })
  name!: string;

  /** Chamber of Commerce (KvK) number: 8 digits. */
  @Column({ type: 'varchar', length: 8 })
  kvkNumber!: string;

  @Column({ type: 'varchar', length: 6 })
  postcode!: string;

  @Column({ type: 'varchar', length: 10 })
  houseNumber!: string;

  @Column({ type: 'varchar', length: 80 })
  city!: string;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @ManyToOne(() => Municipality, { nullable: false })
  municipality!: Municipality;

  @Column({ type: 'varchar', length: 6 })
  municipalityCode!: string;

  @Column({ type: 'varchar', length: 120 })
  contactName!: string;

  @Column({ type: 'varchar', length: 254 })
  contactEmail!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  contactPhone!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  verificationStatus!: VerificationStatus;

  @Column({ type: 'text', nullable: true })
  verificationNote!: string | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedByUserId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
