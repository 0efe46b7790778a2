import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Segment } from '../caseload/case-file.entity';
import { User } from '../users/user.entity';

export const INTAKE_STATUSES = ['draft', 'final'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

/**
 * The broad intake of one resident. Support needs, action plan and notes are sealed (AES-256-GCM) in one column;
 * segment, status and dates stay readable for the caseload and the statistics.
 */
@Entity()
export class Intake {
  @PrimaryColumn({ type: 'uuid' })
  seekerId!: string;

  @ManyToOne(() => User, { nullable: false })
  seeker!: User;

  @Index()
  @Column({ type: 'varchar', length: 6 })
  municipalityCode!: string;

  @Column({ type: 'smallint', nullable: true })
  segment!: Segment | null;

  @Column({ type: 'varchar', length: 5 })
  status!: IntakeStatus;

  /** Null once the resident's personal data was erased. */
  @Column({ type: 'bytea', nullable: true })
  sealedContent!: Buffer | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /** When the intake first became final: the start of the time to placement. */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'uuid' })
  updatedByUserId!: string;
}
