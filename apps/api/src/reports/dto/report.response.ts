import { ApiProperty } from '@nestjs/swagger';
import { PLACEMENT_KINDS, type PlacementKind } from '../../placements/placement.entity';

export class MonthCount {
  @ApiProperty({ example: '2026-03' }) month!: string;
  @ApiProperty() count!: number;
}

export class OutflowSection {
  @ApiProperty({ description: 'Regular placements of at least OUTFLOW_MIN_HOURS_PER_WEEK hours starting in the period' }) count!: number;
  @ApiProperty({ type: [MonthCount] }) byMonth!: MonthCount[];
  @ApiProperty({ description: 'The year of `to`', example: 2026 }) year!: number;
  @ApiProperty({ description: 'Yearly outflow target (sum of the municipalities when reporting on all)' }) yearlyTarget!: number;
  @ApiProperty({ description: 'Outflow from 1 January of that year up to `to`' }) yearSoFar!: number;
  @ApiProperty({ description: 'Linear forecast for the whole year from the pace up to `to`' }) forecast!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'forecast / yearlyTarget, 3 decimals' }) forecastShareOfTarget!: number | null;
}

export class KindCount {
  @ApiProperty({ enum: PLACEMENT_KINDS }) kind!: PlacementKind;
  @ApiProperty() count!: number;
}

export class PlacementsByKindSection {
  @ApiProperty({ type: [KindCount], description: 'Placements starting in the period, every kind listed' }) items!: KindCount[];
  @ApiProperty() total!: number;
}

/** Proposals and applications join the funnel when the marketplace domain is merged. */
export class FunnelSection {
  @ApiProperty({ description: 'Residents whose intake became final in the period' }) intakes!: number;
  @ApiProperty({ description: 'Residents proposed to an employer (voordracht) in the period' }) proposed!: number;
  @ApiProperty({ description: 'Residents who applied in the period (directly, invited or through a proposal)' }) applied!: number;
  @ApiProperty({ description: 'Residents with a placement starting in the period' }) placed!: number;
  @ApiProperty({ description: 'Of those, residents whose placement started at least six months ago' }) measurableAfterSixMonths!: number;
  @ApiProperty({ description: 'Of those, residents still in that placement six months after its start' }) stillWorkingAfterSixMonths!: number;
}

export class TimeToPlacementSection {
  @ApiProperty({ type: Number, nullable: true, description: 'Median days from final intake to the first placement after it' }) medianDays!: number | null;
  @ApiProperty({ description: 'First placements (starting in the period) measured' }) measured!: number;
}

export class AppointmentMonth {
  @ApiProperty({ example: '2026-03' }) month!: string;
  @ApiProperty() attended!: number;
  @ApiProperty() noShows!: number;
  @ApiProperty({ type: Number, nullable: true }) noShowRate!: number | null;
}

export class NoShowSection {
  @ApiProperty() attended!: number;
  @ApiProperty() noShows!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'noShows / (attended + noShows), 3 decimals' }) noShowRate!: number | null;
  @ApiProperty({ type: [AppointmentMonth] }) byMonth!: AppointmentMonth[];
}

export class AskedSkill {
  @ApiProperty({ example: 'office-cleaning' }) skillId!: string;
  @ApiProperty({ description: "In the reader's language" }) label!: string;
  @ApiProperty({ description: 'Open vacancies asking for the skill' }) vacancies!: number;
  @ApiProperty({ description: 'Their share of all open vacancies (0-1)' }) demandShare!: number;
}

export class MissingSkill extends AskedSkill {
  @ApiProperty({ description: 'Residents who have the skill' }) seekers!: number;
  @ApiProperty({ description: 'Their share of the residents (0-1)' }) supplyShare!: number;
  @ApiProperty({ description: 'demandShare minus supplyShare' }) gap!: number;
}

export class SkillsSection {
  @ApiProperty({ type: String, nullable: true, description: 'Labour-market region of the vacancies; null: all' }) region!: string | null;
  @ApiProperty({ description: 'Open vacancies in the region' }) vacancies!: number;
  @ApiProperty({ description: 'Residents with a profile (hidden profiles are not counted as having skills)' }) residents!: number;
  @ApiProperty({ type: [AskedSkill] }) mostAsked!: AskedSkill[];
  @ApiProperty({ type: [MissingSkill], description: 'Largest gap between demand and supply first' }) mostMissing!: MissingSkill[];
}

export class ReportPeriod {
  @ApiProperty({ type: String, nullable: true, example: 'GM1509', description: 'Null: all municipalities' }) municipalityCode!: string | null;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
}

export class OutflowReportResponse extends ReportPeriod {
  @ApiProperty({ type: OutflowSection }) outflow!: OutflowSection;
  @ApiProperty({ type: PlacementsByKindSection }) placementsByKind!: PlacementsByKindSection;
  @ApiProperty({ type: FunnelSection }) funnel!: FunnelSection;
  @ApiProperty({ type: TimeToPlacementSection }) timeToPlacement!: TimeToPlacementSection;
  @ApiProperty({ type: NoShowSection }) noShows!: NoShowSection;
}

export class PlacementsByKindReportResponse extends ReportPeriod {
  @ApiProperty({ type: PlacementsByKindSection }) placementsByKind!: PlacementsByKindSection;
}

export class FunnelReportResponse extends ReportPeriod {
  @ApiProperty({ type: FunnelSection }) funnel!: FunnelSection;
}

export class TimeToPlacementReportResponse extends ReportPeriod {
  @ApiProperty({ type: TimeToPlacementSection }) timeToPlacement!: TimeToPlacementSection;
}

export class NoShowReportResponse extends ReportPeriod {
  @ApiProperty({ type: NoShowSection }) noShows!: NoShowSection;
}

export class SkillsReportResponse extends ReportPeriod {
  @ApiProperty({ type: SkillsSection }) skills!: SkillsSection;
}
