import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Placement } from './placement.entity';

export const SCHEDULED_MILESTONES = ['week-1', 'month-1', 'month-3', 'month-6'] as const;
export type ScheduledMilestone = (typeof SCHEDULED_MILESTONES)[number];
/** extra: a check-in outside the schedule. */
export type Milestone = ScheduledMilestone | 'extra';

export const CHECK_IN_OUTCOMES = ['going-well', 'needs-attention', 'at-risk'] as const;
export type CheckInOutcome = (typeof CHECK_IN_OUTCOMES)[number];

/** Aftercare (nazorg): a scheduled or extra contact about how the placement goes. */
@Entity()
export class PlacementCheckIn {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Placement, (placement) => placement.checkIns, { nullable: false, onDelete: 'CASCADE' })
  placement!: Placement;

  @Index()
  @Column({ type: 'uuid' })
  placementId!: string;

  @Column({ type: 'varchar', length: 10 })
  milestone!: Milestone;

  /** Null for an extra check-in. */
  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome!: CheckInOutcome | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedByUserId!: string | null;
}
