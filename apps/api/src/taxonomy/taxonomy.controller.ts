import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { getOccupation, OCCUPATIONS, SKILLS, searchOccupations, searchSkills, TAXONOMY_VERSION } from '@meedoen/shared';
import { Matches } from 'class-validator';
import { notFound } from '../common/problem';
import { Public } from '../sessions/auth.decorators';
import { OccupationDetailResponse, OccupationListResponse, OccupationResponse, SkillListResponse, SkillResponse } from './dto/taxonomy.response';
import { LanguageQuery, TaxonomyQuery } from './dto/taxonomy.query';

class OccupationIdParam {
  @ApiProperty({ example: '9112.1' })
  @Matches(/^\d{4}(\.\d{1,4})*$/, { message: 'must be an ESCO occupation code like 9112.1' })
  occupationId!: string;
}

/** The skills and occupations taxonomy (ESCO-based, curated, versioned), for autocomplete and suggestions. */
@ApiTags('taxonomy')
@Public()
@Controller()
export class TaxonomyController {
  @Get('skills')
  @ApiOperation({ operationId: 'listSkills', summary: 'Skills, searched by what the user typed (accent- and typo-tolerant)' })
  @ApiOkResponse({ type: SkillListResponse })
  skills(@Query() { q, language, limit }: TaxonomyQuery): SkillListResponse {
    const skills = q.trim() ? searchSkills(q, { lang: language, limit }).map((result) => result.item) : SKILLS.slice(0, limit);
    return { items: skills.map((skill) => SkillResponse.of(skill, language)), taxonomyVersion: TAXONOMY_VERSION };
  }

  @Get('occupations')
  @ApiOperation({ operationId: 'listOccupations', summary: 'Occupations, searched by what the user typed (accent- and typo-tolerant)' })
  @ApiOkResponse({ type: OccupationListResponse })
  occupations(@Query() { q, language, limit }: TaxonomyQuery): OccupationListResponse {
    const occupations = q.trim() ? searchOccupations(q, { lang: language, limit }).map((result) => result.item) : OCCUPATIONS.slice(0, limit);
    return { items: occupations.map((occupation) => OccupationResponse.of(occupation, language)), taxonomyVersion: TAXONOMY_VERSION };
  }

  @Get('occupations/:occupationId')
  @ApiOperation({ operationId: 'getOccupation', summary: 'An occupation with its essential and optional skills' })
  @ApiOkResponse({ type: OccupationDetailResponse })
  occupation(@Param() { occupationId }: OccupationIdParam, @Query() { language }: LanguageQuery): OccupationDetailResponse {
    const occupation = getOccupation(occupationId);
    if (!occupation) throw notFound('The occupation');
    return OccupationDetailResponse.detail(occupation, language);
  }
}
