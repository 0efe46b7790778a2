import type { CefrLevel, Day, DayPart, Sector, SupportKind, VacancyKind, WorkCondition } from '@meedoen/shared';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CEFR_LEVELS, DAY_PARTS, DAYS, SECTORS, SKILL_LEVELS, SUPPORT_KINDS, VACANCY_KINDS, WORK_CONDITIONS } from '../../common/domain-values';
import { HOUSE_NUMBER, IsDateOnly, IsSafeText, NotGreaterThan } from '../../common/validators';
import { DUTCH_POSTCODE } from '../../employers/dto/organisation.request';
import { CONTRACT_TYPES, type ContractType, PAY_TYPES, type PayType, VACANCY_STATUSES, type VacancyStatus, WORKPLACES, type Workplace } from '../vacancy.entity';

export const MAX_SKILLS = 30;

export class VacancySkillRequest {
  @ApiProperty({ example: 'office-cleaning', description: 'Skill id from GET /skills' })
  @IsString()
  @MaxLength(60)
  skillId!: string;

  @ApiProperty({ enum: SKILL_LEVELS, description: '1 basic, 2 good, 3 expert' })
  @IsIn(SKILL_LEVELS)
  level!: 1 | 2 | 3;
}

export class ScheduleRequest {
  @ApiProperty({ enum: DAYS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(DAYS, { each: true })
  days!: Day[];

  @ApiProperty({ enum: DAY_PARTS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(DAY_PARTS, { each: true })
  dayParts!: DayPart[];

  @ApiPropertyOptional({ default: false, description: 'Rotating shifts' })
  @IsOptional()
  @IsBoolean()
  shiftWork?: boolean;
}

export class PayRequest {
  @ApiProperty({ enum: PAY_TYPES, description: 'retained-benefit for trial placements (the benefit continues), expense-allowance or unpaid for volunteering' })
  @IsIn(PAY_TYPES)
  type!: PayType;

  @ApiPropertyOptional({ minimum: 0, example: 14.4, description: 'Euros per hour (hourly-wage) or per month' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100_000)
  @NotGreaterThan('max')
  min?: number;

  @ApiPropertyOptional({ minimum: 0, example: 16.2 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100_000)
  max?: number;
}

export class LocationRequest {
  @ApiProperty({ example: '7071 AB' })
  @Matches(DUTCH_POSTCODE, { message: 'must be a Dutch postcode like 7071 AB' })
  postcode!: string;

  @ApiProperty({ example: '12a' })
  @HOUSE_NUMBER()
  houseNumber!: string;
}

export class CreateVacancyRequest {
  @ApiProperty({ minLength: 3, maxLength: 120, example: 'Schoonmaker kantoren (ochtend)' })
  @IsString()
  @MinLength(3)
  @MaxLength(120)
  @Matches(/^[^\n\r]*$/, { message: 'must be one line' })
  @IsSafeText()
  title!: string;

  @ApiProperty({ maxLength: 10_000, description: 'Plain text or simple Markdown (no HTML)' })
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  @IsSafeText()
  description!: string;

  @ApiProperty({ enum: VACANCY_KINDS })
  @IsIn(VACANCY_KINDS)
  kind!: VacancyKind;

  @ApiPropertyOptional({ example: '9112.2', description: 'Occupation id from GET /occupations' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  occupationId?: string;

  @ApiPropertyOptional({ type: [VacancySkillRequest], maxItems: MAX_SKILLS })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SKILLS)
  @ValidateNested({ each: true })
  @Type(() => VacancySkillRequest)
  requiredSkills?: VacancySkillRequest[];

  @ApiPropertyOptional({ type: [VacancySkillRequest], maxItems: MAX_SKILLS })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SKILLS)
  @ValidateNested({ each: true })
  @Type(() => VacancySkillRequest)
  niceToHaveSkills?: VacancySkillRequest[];

  @ApiPropertyOptional({ enum: SECTORS, isArray: true, description: "Compared with seekers' interests; the occupation's sector when left out" })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  themes?: Sector[];

  @ApiPropertyOptional({ minimum: 0, maximum: 40, default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(40)
  experienceYearsWanted?: number;

  @ApiProperty({ minimum: 1, maximum: 60, example: 16 })
  @IsInt()
  @Min(1)
  @Max(60)
  @NotGreaterThan('hoursMax')
  hoursMin!: number;

  @ApiProperty({ minimum: 1, maximum: 60, example: 24 })
  @IsInt()
  @Min(1)
  @Max(60)
  hoursMax!: number;

  @ApiPropertyOptional({ type: ScheduleRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduleRequest)
  schedule?: ScheduleRequest;

  @ApiPropertyOptional({ format: 'date', description: 'Left out: as soon as possible' })
  @IsOptional()
  @IsDateOnly()
  startDate?: string;

  @ApiProperty({ enum: CONTRACT_TYPES })
  @IsIn(CONTRACT_TYPES)
  contractType!: ContractType;

  @ApiPropertyOptional({ minimum: 1, maximum: 520, description: 'For fixed-term work, placements and training' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(520)
  durationWeeks?: number;

  @ApiProperty({ type: PayRequest })
  @ValidateNested()
  @Type(() => PayRequest)
  pay!: PayRequest;

  @ApiPropertyOptional({ enum: WORKPLACES, default: 'on-site' })
  @IsOptional()
  @IsIn(WORKPLACES)
  workplace?: Workplace;

  @ApiPropertyOptional({ type: LocationRequest, description: "Where the work is; the employer's address when left out" })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationRequest)
  location?: LocationRequest;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  requiresDrivingLicence?: boolean;

  @ApiPropertyOptional({ enum: CEFR_LEVELS, default: 'none' })
  @IsOptional()
  @IsIn(CEFR_LEVELS)
  minDutchLevel?: CefrLevel;

  @ApiPropertyOptional({ enum: WORK_CONDITIONS, isArray: true, description: 'Physical demands' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(WORK_CONDITIONS, { each: true })
  conditions?: WorkCondition[];

  @ApiPropertyOptional({ enum: SUPPORT_KINDS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(SUPPORT_KINDS, { each: true })
  supportOffered?: SupportKind[];

  @ApiPropertyOptional({ default: false, description: 'Suitable for the banenafspraak (job agreement)' })
  @IsOptional()
  @IsBoolean()
  suitableForBanenafspraak?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 999, default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999)
  places?: number;

  @ApiPropertyOptional({ format: 'date', description: 'Last day to apply; afterwards the vacancy is expired' })
  @IsOptional()
  @IsDateOnly()
  closesOn?: string;
}

export class UpdateVacancyRequest extends PartialType(CreateVacancyRequest) {
  @ApiPropertyOptional({ enum: VACANCY_STATUSES, description: 'Lifecycle: draft → published ⇄ paused → filled or closed' })
  @IsOptional()
  @IsIn(VACANCY_STATUSES)
  status?: VacancyStatus;
}
