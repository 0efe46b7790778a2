import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';

export const APPOINTMENT_MODES = ['in-person', 'video', 'phone'] as const;
export type AppointmentMode = (typeof APPOINTMENT_MODES)[number];

export const APPOINTMENT_STATUSES = ['planned', 'confirmed', 'attended', 'no-show', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
/** Statuses after which nothing changes any more. */
export const FINAL_APPOINTMENT_STATUSES: readonly AppointmentStatus[] = ['attended', 'no-show', 'cancelled'];

/** A conversation a caseworker plans with a resident. */
@Entity()
@Index(['municipalityCode', 'startsAt'])
export class Appointment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => User, { nullable: false })
  seeker!: User;

  @Index()
  @Column({ type: 'uuid' })
  seekerId!: string;

  @ManyToOne(() => User, { nullable: false })
  caseworker!: User;

  @Column({ type: 'uuid' })
  caseworkerId!: string;

  @Column({ type: 'varchar', length: 6 })
  municipalityCode!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 10 })
  mode!: AppointmentMode;

  @Column({ type: 'varchar', length: 200, nullable: true })
  location!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  videoUrl!: string | null;

  @Column({ type: 'varchar', length: 500 })
  purpose!: string;

  @Column({ type: 'varchar', length: 10, default: 'planned' })
  status!: AppointmentStatus;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  /** When attended, no-show or cancelled was recorded. */
  @Column({ type: 'timestamptz', nullable: true })
  outcomeRecordedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  cancellationReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
