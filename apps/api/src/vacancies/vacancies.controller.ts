import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EmployerIdParam, VacancyIdParam } from '../common/dto/params';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser, Roles } from '../sessions/auth.decorators';
import { EmployerVacanciesQuery } from './dto/employer-vacancies.query';
import { VacancySearchQueryDto } from './dto/vacancy-search.query';
import { VacancySearchResponse } from './dto/vacancy-search.response';
import { CreateVacancyRequest, UpdateVacancyRequest } from './dto/vacancy.request';
import { VacancyHistoryResponse, VacancyListResponse, VacancyResponse } from './dto/vacancy.response';
import { EmployerDashboardService } from './employer-dashboard.service';
import { VacanciesService } from './vacancies.service';
import { VacancySearchService } from './vacancy-search.service';

@ApiTags('vacancies')
@Controller()
export class VacanciesController {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly vacancySearch: VacancySearchService,
    private readonly dashboard: EmployerDashboardService,
  ) {}

  @Get('vacancies')
  @ApiOperation({ operationId: 'searchVacancies', summary: 'Search published vacancies: Dutch full text, filters, radius, facets' })
  @ApiOkResponse({ type: VacancySearchResponse })
  search(@CurrentUser() actor: AuthenticatedUser, @Query() query: VacancySearchQueryDto): Promise<VacancySearchResponse> {
    return this.vacancySearch.search(query, actor.language);
  }

  @Roles('employer')
  @Post('vacancies')
  @ApiOperation({ operationId: 'createVacancy', summary: 'Post a vacancy (as a draft; publish it with status published)' })
  @ApiCreatedResponse({ type: VacancyResponse })
  async create(@CurrentUser() actor: AuthenticatedUser, @Body() request: CreateVacancyRequest): Promise<VacancyResponse> {
    return VacancyResponse.of(await this.vacancies.create(request, actor), actor.language);
  }

  @Get('vacancies/:vacancyId')
  @ApiOperation({ operationId: 'getVacancy', summary: "A vacancy (others' drafts are not found); a job seeker's read counts as a view" })
  @ApiOkResponse({ type: VacancyResponse })
  async get(@CurrentUser() actor: AuthenticatedUser, @Param() { vacancyId }: VacancyIdParam): Promise<VacancyResponse> {
    const vacancy = await this.vacancies.get(vacancyId, actor);
    await this.dashboard.recordView(vacancy.id, actor);
    return VacancyResponse.of(vacancy, actor.language);
  }

  @Roles('employer', 'administrator')
  @Patch('vacancies/:vacancyId')
  @ApiOperation({ operationId: 'updateVacancy', summary: 'Change a vacancy and/or its status (draft → published ⇄ paused → filled or closed)' })
  @ApiOkResponse({ type: VacancyResponse })
  async update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { vacancyId }: VacancyIdParam,
    @Body() request: UpdateVacancyRequest,
  ): Promise<VacancyResponse> {
    return VacancyResponse.of(await this.vacancies.update(vacancyId, request, actor), actor.language);
  }

  @Roles('employer', 'administrator')
  @Delete('vacancies/:vacancyId')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteVacancy', summary: 'Delete a draft (a published vacancy is closed instead)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  async remove(@CurrentUser() actor: AuthenticatedUser, @Param() { vacancyId }: VacancyIdParam): Promise<void> {
    await this.vacancies.remove(vacancyId, actor);
  }

  @Roles('employer', 'caseworker', 'administrator')
  @Get('vacancies/:vacancyId/history')
  @ApiOperation({ operationId: 'getVacancyHistory', summary: 'Every change of the vacancy: when, who, what' })
  @ApiOkResponse({ type: VacancyHistoryResponse })
  async history(@CurrentUser() actor: AuthenticatedUser, @Param() { vacancyId }: VacancyIdParam): Promise<VacancyHistoryResponse> {
    const events = await this.vacancies.history(vacancyId, actor);
    return {
      items: events.map((event) => ({
        occurredAt: event.occurredAt.toISOString(),
        action: event.action,
        actorUserId: event.actorUserId,
        actorRole: event.actorRole,
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        changes: event.changes,
      })),
    };
  }

  @Roles('employer', 'caseworker', 'administrator')
  @Get('employers/:employerId/vacancies')
  @ApiOperation({ operationId: 'listEmployerVacancies', summary: "An employer's vacancies in every status (drafts only for the employer itself)" })
  @ApiOkResponse({ type: VacancyListResponse })
  async listOfEmployer(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { employerId }: EmployerIdParam,
    @Query() query: EmployerVacanciesQuery,
  ): Promise<VacancyListResponse> {
    const { items, total } = await this.vacancies.listOfEmployer(employerId, actor, query.status, query.page, query.pageSize);
    return { items: items.map((vacancy) => VacancyResponse.of(vacancy, actor.language)), total };
  }
}
