import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { CHECK_IN_OUTCOMES, type CheckInOutcome, SCHEDULED_MILESTONES, type ScheduledMilestone } from '../placement-check-in.entity';

export class CheckInRequest {
  @ApiPropertyOptional({ enum: SCHEDULED_MILESTONES, description: 'The scheduled check-in this records; left out: an extra check-in' })
  @IsOptional()
  @IsIn(SCHEDULED_MILESTONES)
  milestone?: ScheduledMilestone;

  @ApiProperty({ enum: CHECK_IN_OUTCOMES, description: 'at-risk adds a follow-up action to the case' })
  @IsIn(CHECK_IN_OUTCOMES)
  outcome!: CheckInOutcome;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  note?: string;
}
