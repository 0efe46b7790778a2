import type { CefrLevel, Day, DayPart, Sector, SkillSource, SupportKind, TravelMode, VacancyKind, WorkLimitation } from '@meedoen/shared';
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
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CEFR_LEVELS,
  DAY_PARTS,
  DAYS,
  SECTORS,
  SKILL_LEVELS,
  SKILL_SOURCES,
  SUPPORT_KINDS,
  TRAVEL_MODES,
  VACANCY_KINDS,
  WORK_LIMITATIONS,
} from '../../common/domain-values';
import { IsDateOnly, IsSafeText, NotGreaterThan } from '../../common/validators';
import { POSTCODE_OR_AREA } from '../../vacancies/dto/vacancy-search.query';
import { EDUCATION_LEVELS, type EducationLevel, SEEKER_VISIBILITIES, type SeekerVisibility } from '../seeker-profile.entity';

export class SeekerSkillRequest {
  @ApiProperty({ example: 'office-cleaning' })
  @IsString()
  @MaxLength(60)
  skillId!: string;

  @ApiProperty({ enum: SKILL_LEVELS })
  @IsIn(SKILL_LEVELS)
  level!: 1 | 2 | 3;

  @ApiProperty({ enum: SKILL_SOURCES, description: 'Only a caseworker sets caseworker-confirmed' })
  @IsIn(SKILL_SOURCES)
  source!: SkillSource;
}

export class DaySlotRequest {
  @ApiProperty({ enum: DAYS })
  @IsIn(DAYS)
  day!: Day;

  @ApiProperty({ enum: DAY_PARTS })
  @IsIn(DAY_PARTS)
  part!: DayPart;
}

export class TravelPreferenceRequest {
  @ApiProperty({ enum: TRAVEL_MODES })
  @IsIn(TRAVEL_MODES)
  mode!: TravelMode;

  @ApiPropertyOptional({ minimum: 1, maximum: 240, description: 'One way; give maxMinutes, maxKm or both' })
  @ValidateIf((travel: TravelPreferenceRequest) => travel.maxMinutes !== undefined || travel.maxKm === undefined)
  @IsInt({ message: 'give maxMinutes or maxKm as a whole number' })
  @Min(1)
  @Max(240)
  maxMinutes?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 300 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(300)
  maxKm?: number;
}

export class WorkExperienceRequest {
  @ApiProperty({ example: '9112.2' })
  @IsString()
  @MaxLength(16)
  occupationId!: string;

  @ApiProperty({ minimum: 0, maximum: 50 })
  @IsInt()
  @Min(0)
  @Max(50)
  years!: number;

  @ApiPropertyOptional({ maxLength: 500, description: 'For yourself and your caseworker; never shown to employers anonymously' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsSafeText()
  description?: string;
}

/** PATCH: every field optional; null clears a field that may be unknown. */
export class UpdateSeekerProfileRequest {
  @ApiPropertyOptional({ type: [SeekerSkillRequest], maxItems: 60 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => SeekerSkillRequest)
  skills?: SeekerSkillRequest[];

  @ApiPropertyOptional({ type: [String], maxItems: 10, description: 'Occupation ids (GET /occupations)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(16, { each: true })
  wantedOccupations?: string[];

  @ApiPropertyOptional({ enum: SECTORS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  interests?: Sector[];

  @ApiPropertyOptional({ minimum: 0, maximum: 60, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  @NotGreaterThan('hoursMax')
  hoursMin?: number | null;

  @ApiPropertyOptional({ minimum: 1, maximum: 60, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursMax?: number | null;

  @ApiPropertyOptional({ minimum: 1, maximum: 60, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPreferred?: number | null;

  @ApiPropertyOptional({ type: [DaySlotRequest], nullable: true, description: 'Day parts you can work; null: not known yet' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => DaySlotRequest)
  availability?: DaySlotRequest[] | null;

  @ApiPropertyOptional({ example: '7071', nullable: true, description: 'Home postcode (only its area is used and kept)' })
  @IsOptional()
  @IsString()
  @Matches(POSTCODE_OR_AREA, { message: 'must be a Dutch postcode like 7071 AB or 7071' })
  postcode?: string | null;

  @ApiPropertyOptional({ type: [TravelPreferenceRequest], description: 'In order of preference, one per mode' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TRAVEL_MODES.length)
  @ArrayUnique((travel: TravelPreferenceRequest) => travel?.mode, { message: 'name each mode once' })
  @ValidateNested({ each: true })
  @Type(() => TravelPreferenceRequest)
  travel?: TravelPreferenceRequest[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  hasDrivingLicence?: boolean;

  @ApiPropertyOptional({ enum: CEFR_LEVELS, nullable: true })
  @IsOptional()
  @IsIn(CEFR_LEVELS)
  dutchLevel?: CefrLevel | null;

  @ApiPropertyOptional({ enum: EDUCATION_LEVELS, nullable: true })
  @IsOptional()
  @IsIn(EDUCATION_LEVELS)
  educationLevel?: EducationLevel | null;

  @ApiPropertyOptional({ type: [WorkExperienceRequest], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => WorkExperienceRequest)
  experience?: WorkExperienceRequest[];

  @ApiPropertyOptional({ enum: WORK_LIMITATIONS, isArray: true, description: 'What you need at work (never a diagnosis)' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(WORK_LIMITATIONS, { each: true })
  limitations?: WorkLimitation[];

  @ApiPropertyOptional({ enum: VACANCY_KINDS, isArray: true, description: 'Kinds of work you do not want' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(VACANCY_KINDS, { each: true })
  unwantedKinds?: VacancyKind[];

  @ApiPropertyOptional({ enum: SUPPORT_KINDS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(SUPPORT_KINDS, { each: true })
  supportNeeded?: SupportKind[];

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @IsDateOnly()
  availableFrom?: string | null;

  @ApiPropertyOptional({ enum: SEEKER_VISIBILITIES, description: 'Every change is kept in the consent log' })
  @IsOptional()
  @IsIn(SEEKER_VISIBILITIES)
  visibility?: SeekerVisibility;
}
