import type { CefrLevel, DaySlot, SkillLevel, SkillSource, SupportKind, TravelMode, VacancyKind, WorkLimitation } from '@meedoen/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';

export const SEEKER_VISIBILITIES = ['hidden', 'caseworkers', 'employers-anonymous'] as const;
export type SeekerVisibility = (typeof SEEKER_VISIBILITIES)[number];

export const EDUCATION_LEVELS = ['none', 'primary', 'vmbo', 'mbo-1', 'mbo-2', 'mbo-3', 'mbo-4', 'havo', 'vwo', 'hbo', 'wo', 'foreign'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export interface SeekerSkillRow {
  skillId: string;
  level: SkillLevel;
  source: SkillSource;
}

export interface TravelPreferenceRow {
  mode: TravelMode;
  maxMinutes?: number;
  maxKm?: number;
}

export interface WorkExperienceRow {
  occupationId: string;
  years: number;
  /** Free text for the seeker and caseworker (may name past employers): never shown anonymously. */
  description?: string;
}

/**
 * What a resident offers and wants. Its columns feed the matching engine's MatchingSeeker directly; the name,
 * e-mail and municipality live on the user.
 */
@Entity()
export class SeekerProfile {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @OneToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn()
  user!: User;

  @Column({ type: 'jsonb', default: [] })
  skills!: SeekerSkillRow[];

  /** ESCO occupation ids the seeker would like to work in. */
  @Column({ type: 'text', array: true, default: '{}' })
  wantedOccupations!: string[];

  /** Sectors the seeker likes (same vocabulary as vacancy themes). */
  @Column({ type: 'text', array: true, default: '{}' })
  interests!: string[];

  @Column({ type: 'smallint', nullable: true })
  hoursMin!: number | null;

  @Column({ type: 'smallint', nullable: true })
  hoursMax!: number | null;

  @Column({ type: 'smallint', nullable: true })
  hoursPreferred!: number | null;

  /** Day parts the seeker can work; null: not known yet. */
  @Column({ type: 'jsonb', nullable: true })
  availability!: DaySlot[] | null;

  /** Home postcode (PC4 area centre gives the location; no house number is kept). */
  @Column({ type: 'varchar', length: 6, nullable: true })
  postcode!: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  /** In order of preference. */
  @Column({ type: 'jsonb', default: [] })
  travel!: TravelPreferenceRow[];

  @Column({ type: 'boolean', default: false })
  hasDrivingLicence!: boolean;

  @Column({ type: 'varchar', length: 4, nullable: true })
  dutchLevel!: CefrLevel | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  educationLevel!: EducationLevel | null;

  @Column({ type: 'jsonb', default: [] })
  experience!: WorkExperienceRow[];

  /** What the seeker needs at work, never a diagnosis. */
  @Column({ type: 'text', array: true, default: '{}' })
  limitations!: WorkLimitation[];

  @Column({ type: 'text', array: true, default: '{}' })
  unwantedKinds!: VacancyKind[];

  @Column({ type: 'text', array: true, default: '{}' })
  supportNeeded!: SupportKind[];

  @Column({ type: 'date', nullable: true })
  availableFrom!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'caseworkers' })
  visibility!: SeekerVisibility;

  @Column({ type: 'varchar', length: 16 })
  taxonomyVersion!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  // The matching indexes read what changed since their last look (see matches/matching-indexes.ts).
  @Index()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
