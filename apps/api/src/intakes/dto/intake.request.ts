import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { SEGMENTS, type Segment } from '../../caseload/case-file.entity';
import { IsFullDate } from '../../common/dto/dates';
import { REFERRAL_STATUSES, type ReferralStatus, SUPPORT_AREAS, type SupportArea } from '../intake-content';
import { INTAKE_STATUSES, type IntakeStatus } from '../intake.entity';

export class SupportNeedRequest {
  @ApiProperty({ enum: SUPPORT_AREAS })
  @IsIn(SUPPORT_AREAS)
  area!: SupportArea;

  @ApiPropertyOptional({ maxLength: 2000, default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ maxLength: 200, example: 'schuldhulpverlening', description: 'Where the resident is referred' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  referral?: string;

  @ApiProperty({ enum: REFERRAL_STATUSES })
  @IsIn(REFERRAL_STATUSES)
  referralStatus!: ReferralStatus;
}

export class ActionStepRequest {
  @ApiProperty({ maxLength: 500, example: 'Aanmelden bij schuldhulpverlening' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  description!: string;

  @ApiProperty({ format: 'date', example: '2026-03-01' })
  @IsFullDate()
  dueDate!: string;

  @ApiProperty()
  @IsBoolean()
  done!: boolean;
}

/** The whole intake: what is left out is cleared. */
export class IntakeRequest {
  @ApiProperty({ enum: INTAKE_STATUSES, description: 'A draft may be saved incomplete; a final intake stays final' })
  @IsIn(INTAKE_STATUSES)
  status!: IntakeStatus;

  @ApiPropertyOptional({ enum: SEGMENTS, description: 'Required when final: 1 ready for work, 2 work with support, 3 participation or care first' })
  @ValidateIf((request: IntakeRequest) => request.status === 'final' || request.segment !== undefined)
  @IsInt()
  @IsIn(SEGMENTS)
  segment?: Segment;

  @ApiPropertyOptional({ type: [SupportNeedRequest], maxItems: SUPPORT_AREAS.length })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SUPPORT_AREAS.length)
  @ArrayUnique((need: SupportNeedRequest) => need?.area, { message: 'must name each area once' })
  @ValidateNested({ each: true })
  @Type(() => SupportNeedRequest)
  supportNeeds?: SupportNeedRequest[];

  @ApiPropertyOptional({ type: [ActionStepRequest], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ActionStepRequest)
  actionPlan?: ActionStepRequest[];

  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  notes?: string;
}
