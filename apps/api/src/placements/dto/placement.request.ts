import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsFullDate } from '../../common/dto/dates';
import { END_REASONS, type EndReason, PLACEMENT_KINDS, type PlacementKind } from '../placement.entity';

export const MAX_HOURS_PER_WEEK = 48;

const withoutApplication = (request: { applicationId?: string }, value: unknown) => request.applicationId === undefined || value !== undefined;

/** Without applicationId: seekerId, employerId and kind are required. With it they come from the hired application. */
export class CreatePlacementRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'A hired application: fills seekerId, employerId, kind and vacancyId' })
  @IsOptional()
  @IsUUID('all')
  applicationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The resident (required without applicationId)' })
  @ValidateIf(withoutApplication)
  @IsUUID('all')
  seekerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A verified employer (required without applicationId)' })
  @ValidateIf(withoutApplication)
  @IsUUID('all')
  employerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "The vacancy, when the placement follows a hire; one of the employer's" })
  @IsOptional()
  @IsUUID('all')
  vacancyId?: string;

  @ApiPropertyOptional({ enum: PLACEMENT_KINDS, description: "Required without applicationId; else the vacancy's kind" })
  @ValidateIf(withoutApplication)
  @IsIn(PLACEMENT_KINDS)
  kind?: PlacementKind;

  @ApiProperty({ format: 'date', example: '2026-03-01' })
  @IsFullDate()
  startDate!: string;

  @ApiPropertyOptional({ format: 'date', description: 'On or after startDate' })
  @IsOptional()
  @IsFullDate()
  plannedEndDate?: string;

  @ApiProperty({ minimum: 1, maximum: MAX_HOURS_PER_WEEK })
  @IsInt()
  @Min(1)
  @Max(MAX_HOURS_PER_WEEK)
  hoursPerWeek!: number;

  @ApiPropertyOptional({ default: false, description: 'Wage-cost subsidy (loonkostensubsidie)' })
  @IsOptional()
  @IsBoolean()
  wageCostSubsidy?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  jobCoach?: boolean;
}

/** Change the terms, or end the placement with endedOn and endReason. */
export class UpdatePlacementRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_HOURS_PER_WEEK })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_HOURS_PER_WEEK)
  hoursPerWeek?: number;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsFullDate()
  plannedEndDate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  wageCostSubsidy?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  jobCoach?: boolean;

  @ApiPropertyOptional({ format: 'date', description: 'Ends the placement: not before the start, not in the future' })
  @ValidateIf((request: UpdatePlacementRequest) => request.endedOn !== undefined || request.endReason !== undefined)
  @IsFullDate()
  endedOn?: string;

  @ApiPropertyOptional({ enum: END_REASONS, description: 'Required with endedOn' })
  @ValidateIf((request: UpdatePlacementRequest) => request.endedOn !== undefined || request.endReason !== undefined)
  @IsIn(END_REASONS)
  endReason?: EndReason;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  endNote?: string;
}
