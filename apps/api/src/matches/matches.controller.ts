import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { VacancyIdParam } from '../common/dto/params';
import { SeekerIdParam } from '../seekers/dto/seeker-id.param';
import { CurrentUser } from '../sessions/auth.decorators';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { CandidateMatchListResponse, VacancyMatchListResponse } from './dto/match.response';
import { ExplanationLanguageQuery, MatchesQuery } from './dto/matches.query';
import { SkillsGapResponse } from './dto/skills-gap.response';
import { MatchesService } from './matches.service';

@ApiTags('matches')
@Controller()
export class MatchesController {
  constructor(private readonly matches: MatchesService) {}

  @Get('vacancies/:vacancyId/matches')
  @ApiOperation({ operationId: 'listVacancyMatches', summary: 'Ranked, explained candidates for a vacancy (its employer: anonymous; caseworkers: their residents)' })
  @ApiOkResponse({ type: CandidateMatchListResponse })
  candidates(@CurrentUser() viewer: AuthenticatedUser, @Param() { vacancyId }: VacancyIdParam, @Query() query: MatchesQuery): Promise<CandidateMatchListResponse> {
    return this.matches.candidatesFor(viewer, vacancyId, query);
  }

  @Get('seekers/:seekerId/matches')
  @ApiOperation({ operationId: 'listSeekerMatches', summary: 'Ranked, explained open vacancies for a seeker (the seeker or their caseworker)' })
  @ApiOkResponse({ type: VacancyMatchListResponse })
  vacancies(@CurrentUser() viewer: AuthenticatedUser, @Param() { seekerId }: SeekerIdParam, @Query() query: MatchesQuery): Promise<VacancyMatchListResponse> {
    return this.matches.vacanciesFor(viewer, seekerId, query);
  }

  @Get('seekers/:seekerId/skills-gap')
  @ApiOperation({ operationId: 'getSeekerSkillsGap', summary: 'Missing skills that would open the most vacancies for a seeker (the seeker or their caseworker)' })
  @ApiOkResponse({ type: SkillsGapResponse })
  skillsGap(@CurrentUser() viewer: AuthenticatedUser, @Param() { seekerId }: SeekerIdParam, @Query() { language }: ExplanationLanguageQuery): Promise<SkillsGapResponse> {
    return this.matches.skillsGapFor(viewer, seekerId, language ?? viewer.language);
  }
}
