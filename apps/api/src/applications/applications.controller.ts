import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApplicationIdParam } from '../common/dto/params';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser, Roles } from '../sessions/auth.decorators';
import { ApplicationsService, ApplicationWithSteps } from './applications.service';
import { ApplicationsQuery, CreateApplicationRequest, UpdateApplicationRequest } from './dto/application.request';
import { ApplicationListResponse, ApplicationResponse } from './dto/application.response';

const toResponse = ({ application, steps }: ApplicationWithSteps, actor: AuthenticatedUser) => ApplicationResponse.of(application, steps, actor);

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Roles('seeker')
  @Post()
  @ApiOperation({ operationId: 'createApplication', summary: 'Apply to an open vacancy (409 when you already applied, 422 when it is not open)' })
  @ApiCreatedResponse({ type: ApplicationResponse })
  async create(@CurrentUser() actor: AuthenticatedUser, @Body() request: CreateApplicationRequest): Promise<ApplicationResponse> {
    return toResponse(await this.applications.apply(request.vacancyId, request.motivation, actor), actor);
  }

  @Roles('seeker', 'employer', 'caseworker')
  @Get()
  @ApiOperation({ operationId: 'listApplications', summary: "Your applications; an employer's for its vacancies; a caseworker's for its residents" })
  @ApiOkResponse({ type: ApplicationListResponse })
  async list(@CurrentUser() actor: AuthenticatedUser, @Query() query: ApplicationsQuery): Promise<ApplicationListResponse> {
    const { items, total } = await this.applications.list(query, actor);
    return { items: items.map((item) => toResponse(item, actor)), total };
  }

  @Roles('seeker', 'employer', 'caseworker')
  @Get(':applicationId')
  @ApiOperation({ operationId: 'getApplication', summary: 'An application with every step' })
  @ApiOkResponse({ type: ApplicationResponse })
  async get(@CurrentUser() actor: AuthenticatedUser, @Param() { applicationId }: ApplicationIdParam): Promise<ApplicationResponse> {
    return toResponse(await this.applications.get(applicationId, actor), actor);
  }

  @Roles('seeker', 'employer')
  @Patch(':applicationId')
  @ApiOperation({ operationId: 'updateApplication', summary: 'Next step: in-review, interview, offered, hired, rejected (with a reason) or withdrawn (the seeker)' })
  @ApiOkResponse({ type: ApplicationResponse })
  async update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { applicationId }: ApplicationIdParam,
    @Body() request: UpdateApplicationRequest,
  ): Promise<ApplicationResponse> {
    return toResponse(await this.applications.move(applicationId, request, actor), actor);
  }
}
