import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Vacancy } from '../vacancies/vacancy.entity';

export const PROPOSAL_STATUSES = ['awaiting-consent', 'declined-by-seeker', 'awaiting-employer', 'accepted', 'declined-by-employer'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** A caseworker puts a resident forward for a vacancy (voordracht); the resident consents first, then the employer decides. */
@Entity()
@Index(['vacancyId', 'seekerUserId'], { unique: true })
@Index(['seekerUserId'])
export class Proposal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Vacancy, { nullable: false })
  vacancy!: Vacancy;

  @Column({ type: 'uuid' })
  vacancyId!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  seekerUser!: User;

  @Column({ type: 'uuid' })
  seekerUserId!: string;

  @Column({ type: 'uuid', nullable: true })
  proposedByUserId!: string | null;

  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'varchar', length: 24, default: 'awaiting-consent' })
  status!: ProposalStatus;

  @Column({ type: 'timestamptz', nullable: true })
  seekerRespondedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  employerRespondedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
