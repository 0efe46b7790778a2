import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Employer } from '../employers/employer.entity';
import { Municipality } from '../municipalities/municipality.entity';

export const ROLES = ['seeker', 'employer', 'caseworker', 'administrator'] as const;
export type Role = (typeof ROLES)[number];
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

@Entity()
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased: e-mail addresses are matched case-insensitively. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'text' })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ type: 'varchar', length: 120 })
  displayName!: string;

  @Column({ type: 'varchar', length: 2, default: 'nl' })
  language!: Language;

  @ManyToOne(() => Municipality, { nullable: true })
  municipality!: Municipality | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  municipalityCode!: string | null;

  @ManyToOne(() => Employer, { nullable: true, onDelete: 'CASCADE' })
  employer!: Employer | null;

  @Column({ type: 'uuid', nullable: true })
  employerId!: string | null;

  /** Demo accounts have a public password: they can only sign in when demo mode is on. */
  @Column({ type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  /** Set when the personal data was erased (on request or by retention); the row stays for the statistics. */
  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt!: Date | null;

  /** When the resident was told that the inactive account will be anonymised; cleared by new activity. */
  @Column({ type: 'timestamptz', nullable: true })
  retentionWarnedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  // The matching indexes read what changed since their last look (see matches/matching-indexes.ts).
  @Index()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
