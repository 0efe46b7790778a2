import { Controller, Get, Headers, Param, Query } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../sessions/auth.decorators';
import type { Language } from '../users/user.entity';
import { LanguageQuery, OccupationDetailResponse, OccupationIdParam, OccupationListResponse, SkillListResponse, TaxonomyQuery } from './dto/taxonomy.dto';
import { TaxonomyService } from './taxonomy.service';

/** The language parameter wins; else the first language of Accept-Language we speak; else Dutch. */
export function labelLanguage(parameter: Language | undefined, acceptLanguage: string | undefined): Language {
  if (parameter) return parameter;
  const first = (acceptLanguage ?? '')
    .split(',')
    .map((tag) => tag.trim().slice(0, 2).toLowerCase())
    .find((tag) => tag === 'nl' || tag === 'en');
  return (first as Language | undefined) ?? 'nl';
}

const ACCEPT_LANGUAGE = { name: 'Accept-Language', required: false, description: 'nl or en, when the language parameter is not given' };

@ApiTags('taxonomy')
@Public()
@Controller()
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get('skills')
  @ApiOperation({ operationId: 'listSkills', summary: 'Skills of the taxonomy; with q: autocomplete (accents and typos tolerated)' })
  @ApiHeader(ACCEPT_LANGUAGE)
  @ApiOkResponse({ type: SkillListResponse })
  skills(@Query() query: TaxonomyQuery, @Headers('accept-language') acceptLanguage?: string): SkillListResponse {
    return this.taxonomy.skills(query, labelLanguage(query.language, acceptLanguage));
  }

  @Get('occupations')
  @ApiOperation({ operationId: 'listOccupations', summary: 'Occupations of the taxonomy (ESCO); with q: autocomplete' })
  @ApiHeader(ACCEPT_LANGUAGE)
  @ApiOkResponse({ type: OccupationListResponse })
  occupations(@Query() query: TaxonomyQuery, @Headers('accept-language') acceptLanguage?: string): OccupationListResponse {
    return this.taxonomy.occupations(query, labelLanguage(query.language, acceptLanguage));
  }

  @Get('occupations/:occupationId')
  @ApiOperation({ operationId: 'getOccupation', summary: 'An occupation with its essential and optional skills (skill suggestions)' })
  @ApiHeader(ACCEPT_LANGUAGE)
  @ApiOkResponse({ type: OccupationDetailResponse })
  occupation(
    @Param() { occupationId }: OccupationIdParam,
    @Query() { language }: LanguageQuery,
    @Headers('accept-language') acceptLanguage?: string,
  ): OccupationDetailResponse {
    return this.taxonomy.occupation(occupationId, labelLanguage(language, acceptLanguage));
  }
}
