import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';

/** Distance to the labour market: 1 ready for work, 2 work with support, 3 participation or care first. */
export const SEGMENTS = [1, 2, 3] as const;
export type Segment = (typeof SEGMENTS)[number];

/** new: no intake yet; intake: intake in draft; active: working towards work; placed: a placement runs; closed: case ended. */
export const CASE_STATUSES = ['new', 'intake', 'active', 'placed', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The municipality's case of one resident; a resident without a row is an unassigned, new case. */
@Entity()
export class CaseFile {
  @PrimaryColumn({ type: 'uuid' })
  seekerId!: string;

  @ManyToOne(() => User, { nullable: false })
  seeker!: User;

  @Index()
  @Column({ type: 'varchar', length: 6 })
  municipalityCode!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  caseworkerId!: string | null;

  @ManyToOne(() => User, { nullable: true })
  caseworker!: User | null;

  @Column({ type: 'smallint', nullable: true })
  segment!: Segment | null;

  @Column({ type: 'varchar', length: 10, default: 'new' })
  status!: CaseStatus;

  @Column({ type: 'timestamptz', nullable: true })
  lastContactAt!: Date | null;

  /** Open steps of the intake's action plan (the steps themselves are encrypted with the intake). */
  @Column({ type: 'smallint', default: 0 })
  openPlanSteps!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
