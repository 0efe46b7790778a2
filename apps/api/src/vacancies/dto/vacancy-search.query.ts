import type { VacancyKind } from '@meedoen/shared';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { ArrayMaxSize, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { VACANCY_KINDS } from '../../common/domain-values';
import { PageQuery } from '../../common/dto/page.query';
import { MUNICIPALITY_CODE } from '../../common/dto/params';
import { NotGreaterThan, ToList, ToNumber } from '../../common/validators';
import { SEARCH_SORTS, type SearchSort } from '../../search/search-engine';

export const MAX_QUERY_LENGTH = 200;
const MAX_MUNICIPALITIES = 50;
export const POSTCODE_OR_AREA = /^[1-9]\d{3}( ?[A-Za-z]{2})?$/;

/** The filters of a vacancy search; also what a saved search stores. */
export class SearchCriteria {
  @ApiPropertyOptional({ maxLength: MAX_QUERY_LENGTH, description: 'Words (all must match) and "quoted phrases"; Dutch stemming, accents ignored, typos tolerated' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_QUERY_LENGTH)
  q?: string;

  @ApiPropertyOptional({ enum: VACANCY_KINDS, isArray: true, description: 'Repeat the parameter (or separate with commas) for more kinds' })
  @IsOptional()
  @ToList()
  @ArrayMaxSize(VACANCY_KINDS.length)
  @IsIn(VACANCY_KINDS, { each: true })
  kind?: VacancyKind[];

  @ApiPropertyOptional({ minimum: 0, maximum: 60, description: 'Vacancies whose hours overlap hoursMin–hoursMax' })
  @IsOptional()
  @ToNumber()
  @IsInt()
  @Min(0)
  @Max(60)
  @NotGreaterThan('hoursMax')
  hoursMin?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 60 })
  @IsOptional()
  @ToNumber()
  @IsInt()
  @Min(0)
  @Max(60)
  hoursMax?: number;

  @ApiPropertyOptional({ example: '7071 AB', description: 'Dutch postcode or its four digits: centre of the radius, and distances' })
  @IsOptional()
  @IsString()
  @Matches(POSTCODE_OR_AREA, { message: 'must be a Dutch postcode like 7071 AB or 7071' })
  postcode?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 250, description: 'Only with postcode' })
  @IsOptional()
  @ToNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(250)
  radiusKm?: number;

  @ApiPropertyOptional({ type: [String], description: 'Skill ids (GET /skills): vacancies asking for at least one of them' })
  @IsOptional()
  @ToList()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  skills?: string[];
}

export class SortQuery {
  @ApiPropertyOptional({ enum: SEARCH_SORTS, default: 'relevance', description: 'distance needs a postcode' })
  @IsOptional()
  @IsIn(SEARCH_SORTS)
  sort: SearchSort = 'relevance';
}

/** Where the vacancies are: caseworkers list those of their region. */
export class AreaQuery {
  @ApiPropertyOptional({ type: [String], example: ['GM1509'], description: 'CBS municipality codes: vacancies in one of them (repeat the parameter or separate with commas)' })
  @IsOptional()
  @ToList()
  @ArrayMaxSize(MAX_MUNICIPALITIES)
  @Matches(MUNICIPALITY_CODE, { each: true, message: 'must be CBS municipality codes like GM1509' })
  municipality?: string[];
}

export class VacancySearchQueryDto extends IntersectionType(PageQuery, SearchCriteria, SortQuery, AreaQuery) {}
