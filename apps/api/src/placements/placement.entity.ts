import type { VacancyKind } from '@meedoen/shared';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Employer } from '../employers/employer.entity';
import { User } from '../users/user.entity';
import { Vacancy } from '../vacancies/vacancy.entity';
import { PlacementCheckIn } from './placement-check-in.entity';

/** Every vacancy kind can lead to a placement. */
export const PLACEMENT_KINDS = [
  'regular',
  'work-experience',
  'trial-placement',
  'community-job',
  'volunteer',
  'training',
  'day-activity',
] as const satisfies readonly VacancyKind[];
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

export const END_REASONS = ['completed', 'other-work', 'employer-ended', 'resident-stopped', 'health', 'moved', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

/** A resident started at an employer, directly or from a hire on a vacancy. */
@Entity()
@Index(['municipalityCode', 'startDate'])
export class Placement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => User, { nullable: false })
  seeker!: User;

  @Index()
  @Column({ type: 'uuid' })
  seekerId!: string;

  @Column({ type: 'varchar', length: 6 })
  municipalityCode!: string;

  @ManyToOne(() => Employer, { nullable: false })
  employer!: Employer;

  @Index()
  @Column({ type: 'uuid' })
  employerId!: string;

  @ManyToOne(() => Vacancy, { nullable: true })
  vacancy!: Vacancy | null;

  /** The vacancy the resident was hired on, if any. */
  @Column({ type: 'uuid', nullable: true })
  vacancyId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind!: PlacementKind;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date', nullable: true })
  plannedEndDate!: string | null;

  @Column({ type: 'smallint' })
  hoursPerWeek!: number;

  /** Loonkostensubsidie. */
  @Column({ type: 'boolean', default: false })
  wageCostSubsidy!: boolean;

  @Column({ type: 'boolean', default: false })
  jobCoach!: boolean;

  /** A regular job of enough hours: outflow to work. Decided when the placement is recorded or its hours change. */
  @Column({ type: 'boolean' })
  countsAsOutflow!: boolean;

  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  endReason!: EndReason | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  endNote!: string | null;

  @OneToMany(() => PlacementCheckIn, (checkIn) => checkIn.placement)
  checkIns!: PlacementCheckIn[];

  @Column({ type: 'uuid' })
  createdByUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
