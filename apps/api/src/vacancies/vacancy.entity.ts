import type { CefrLevel, Day, DayPart, SupportKind, VacancyKind, WorkCondition } from '@meedoen/shared';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NUMERIC_AS_NUMBER } from '../common/column-types';
import { Employer } from '../employers/employer.entity';

export const VACANCY_STATUSES = ['draft', 'published', 'paused', 'filled', 'closed'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];
/** What the API shows: a published or paused vacancy past its close date is expired (a rule applied when read). */
export const SHOWN_VACANCY_STATUSES = [...VACANCY_STATUSES, 'expired'] as const;
export type ShownVacancyStatus = (typeof SHOWN_VACANCY_STATUSES)[number];

export const CONTRACT_TYPES = ['permanent', 'fixed-term', 'temporary', 'on-call', 'no-contract'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];
export const PAY_TYPES = ['hourly-wage', 'monthly-salary', 'retained-benefit', 'expense-allowance', 'unpaid'] as const;
export type PayType = (typeof PAY_TYPES)[number];
export const WORKPLACES = ['on-site', 'hybrid', 'remote'] as const;
export type Workplace = (typeof WORKPLACES)[number];

/** One skill a vacancy asks for; `required` false means nice to have. The shape the matching engine reads. */
export interface VacancySkillRow {
  skillId: string;
  level: 1 | 2 | 3;
  required: boolean;
}

@Entity()
@Index(['employerId', 'status'])
export class Vacancy {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Employer, { nullable: false, onDelete: 'CASCADE' })
  employer!: Employer;

  @Column({ type: 'uuid' })
  employerId!: string;

  @Column({ type: 'varchar', length: 120 })
  title!: string;

  /** Plain text or a small Markdown subset; HTML is refused on input. */
  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: VacancyKind;

  /** ESCO occupation id from the taxonomy, e.g. '9112.2'. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  occupationId!: string | null;

  @Column({ type: 'jsonb', default: [] })
  skills!: VacancySkillRow[];

  /** Sectors the work belongs to (compared with seekers' interests); the occupation's sector when not given. */
  @Column({ type: 'text', array: true, default: '{}' })
  themes!: string[];

  @Column({ type: 'smallint', default: 0 })
  experienceYearsWanted!: number;

  @Column({ type: 'smallint' })
  hoursMin!: number;

  @Column({ type: 'smallint' })
  hoursMax!: number;

  /** The work happens on these days, in these parts of the day (every combination). Empty: not fixed. */
  @Column({ type: 'text', array: true, default: '{}' })
  days!: Day[];

  @Column({ type: 'text', array: true, default: '{}' })
  dayParts!: DayPart[];

  @Column({ type: 'boolean', default: false })
  shiftWork!: boolean;

  /** Null: as soon as possible. */
  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'varchar', length: 20 })
  contractType!: ContractType;

  @Column({ type: 'smallint', nullable: true })
  durationWeeks!: number | null;

  @Column({ type: 'varchar', length: 20 })
  payType!: PayType;

  /** Euros per hour (hourly wage) or per month (salary, expense allowance). */
  @Column({ type: 'numeric', precision: 9, scale: 2, nullable: true, transformer: NUMERIC_AS_NUMBER })
  payMin!: number | null;

  @Column({ type: 'numeric', precision: 9, scale: 2, nullable: true, transformer: NUMERIC_AS_NUMBER })
  payMax!: number | null;

  @Column({ type: 'varchar', length: 10, default: 'on-site' })
  workplace!: Workplace;

  @Column({ type: 'varchar', length: 6, nullable: true })
  postcode!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  houseNumber!: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  city!: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  /** The participating municipality the workplace lies in; the employer's when outside them. */
  @Column({ type: 'varchar', length: 6 })
  municipalityCode!: string;

  @Column({ type: 'boolean', default: false })
  requiresDrivingLicence!: boolean;

  @Column({ type: 'varchar', length: 4, default: 'none' })
  minDutchLevel!: CefrLevel;

  /** Physical demands and workplace conditions. */
  @Column({ type: 'text', array: true, default: '{}' })
  conditions!: WorkCondition[];

  @Column({ type: 'text', array: true, default: '{}' })
  supportOffered!: SupportKind[];

  /** Suitable for the banenafspraak (job agreement for people with a work disability). */
  @Column({ type: 'boolean', default: false })
  suitableForBanenafspraak!: boolean;

  @Column({ type: 'smallint', default: 1 })
  places!: number;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: VacancyStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** Last day to apply; after it the vacancy counts as expired. */
  @Column({ type: 'date', nullable: true })
  closesOn!: string | null;

  /** TAXONOMY_VERSION the occupation and skill ids belong to. */
  @Column({ type: 'varchar', length: 16 })
  taxonomyVersion!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  // The matching indexes read what changed since their last look (see matches/matching-indexes.ts).
  @Index()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
