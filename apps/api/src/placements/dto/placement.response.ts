import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHECK_IN_OUTCOMES, type CheckInOutcome, type Milestone, PlacementCheckIn, SCHEDULED_MILESTONES } from '../placement-check-in.entity';
import { END_REASONS, type EndReason, Placement, PLACEMENT_KINDS, type PlacementKind } from '../placement.entity';
import { PLACEMENT_STATUSES, type PlacementStatus } from './placements.query';

const MILESTONES = [...SCHEDULED_MILESTONES, 'extra'];

export class CheckInResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: MILESTONES }) milestone!: Milestone;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty({ enum: CHECK_IN_OUTCOMES, nullable: true }) outcome!: CheckInOutcome | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: "Caseworkers only: the caseworker's notes" }) note?: string | null;

  static of(checkIn: PlacementCheckIn, withNotes: boolean): CheckInResponse {
    const { id, milestone, dueDate, outcome, note } = checkIn;
    return { id, milestone, dueDate, completedAt: checkIn.completedAt?.toISOString() ?? null, outcome, ...(withNotes ? { note } : {}) };
  }
}

export class NamedRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class NextCheckIn {
  @ApiProperty({ enum: SCHEDULED_MILESTONES }) milestone!: Milestone;
  @ApiProperty({ format: 'date' }) dueDate!: string;
}

export class PlacementResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: NamedRef }) seeker!: NamedRef;
  @ApiProperty({ type: NamedRef }) employer!: NamedRef;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) vacancyId!: string | null;
  @ApiProperty({ enum: PLACEMENT_KINDS }) kind!: PlacementKind;
  @ApiProperty({ enum: PLACEMENT_STATUSES }) status!: PlacementStatus;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) plannedEndDate!: string | null;
  @ApiProperty() hoursPerWeek!: number;
  @ApiProperty({ description: 'Wage-cost subsidy (loonkostensubsidie)' }) wageCostSubsidy!: boolean;
  @ApiProperty() jobCoach!: boolean;
  @ApiProperty({ description: 'A regular job of at least OUTFLOW_MIN_HOURS_PER_WEEK hours' }) countsAsOutflow!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endedOn!: string | null;
  @ApiProperty({ enum: END_REASONS, nullable: true }) endReason!: EndReason | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Caseworkers only' }) endNote?: string | null;
  @ApiProperty({ type: NextCheckIn, nullable: true, description: 'The first open scheduled check-in' }) nextCheckIn!: NextCheckIn | null;
  @ApiProperty({ type: [CheckInResponse] }) checkIns!: CheckInResponse[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  /** Expects seeker, employer and check-ins loaded; `today` is the Amsterdam date. */
  static of(placement: Placement, today: string, withNotes: boolean): PlacementResponse {
    const checkIns = [...placement.checkIns].sort(byDueDate);
    const next = placement.endedOn ? undefined : checkIns.find((checkIn) => checkIn.dueDate && !checkIn.completedAt);
    const { id, vacancyId, kind, startDate, plannedEndDate, hoursPerWeek, wageCostSubsidy, jobCoach, countsAsOutflow, endedOn, endReason, endNote } = placement;
    return {
      id,
      seeker: { id: placement.seeker.id, name: placement.seeker.displayName },
      employer: { id: placement.employer.id, name: placement.employer.name },
      vacancyId,
      kind,
      status: endedOn ? 'ended' : startDate > today ? 'planned' : 'active',
      startDate,
      plannedEndDate,
      hoursPerWeek,
      wageCostSubsidy,
      jobCoach,
      countsAsOutflow,
      endedOn,
      endReason,
      ...(withNotes ? { endNote } : {}),
      nextCheckIn: next ? { milestone: next.milestone, dueDate: next.dueDate! } : null,
      checkIns: checkIns.map((checkIn) => CheckInResponse.of(checkIn, withNotes)),
      createdAt: placement.createdAt.toISOString(),
    };
  }
}

/** Scheduled check-ins in date order, extra ones after them by when they were recorded. */
function byDueDate(a: PlacementCheckIn, b: PlacementCheckIn): number {
  const key = (checkIn: PlacementCheckIn) => checkIn.dueDate ?? `9999-${checkIn.completedAt?.toISOString() ?? ''}`;
  return key(a).localeCompare(key(b));
}

export class PlacementListResponse {
  @ApiProperty({ type: [PlacementResponse] }) items!: PlacementResponse[];
  @ApiProperty() total!: number;
}
