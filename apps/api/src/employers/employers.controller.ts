import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EmployerIdParam } from '../common/dto/params';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser, Roles } from '../sessions/auth.decorators';
import { EmployerListResponse, EmployerResponse } from './dto/employer.response';
import { EmployersQuery } from './dto/employers.query';
import { UpdateEmployerRequest } from './dto/update-employer.request';
import { VerificationRequest } from './dto/verification.request';
import { EmployersService } from './employers.service';

@ApiTags('employers')
@Controller('employers')
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Roles('caseworker', 'administrator')
  @Get()
  @ApiOperation({ operationId: 'listEmployers', summary: "Employers of the caseworker's region, e.g. the verification queue" })
  @ApiOkResponse({ type: EmployerListResponse })
  async list(@CurrentUser() actor: AuthenticatedUser, @Query() query: EmployersQuery): Promise<EmployerListResponse> {
    const { items, total } = await this.employers.list(actor, query.verificationStatus, query.page, query.pageSize);
    return { items: items.map((employer) => EmployerResponse.of(employer, true)), total };
  }

  @Get(':employerId')
  @ApiOperation({ operationId: 'getEmployer', summary: 'An employer (details for itself, its caseworkers and administrators)' })
  @ApiOkResponse({ type: EmployerResponse })
  async get(@CurrentUser() actor: AuthenticatedUser, @Param() { employerId }: EmployerIdParam): Promise<EmployerResponse> {
    const employer = await this.employers.get(employerId, actor);
    return EmployerResponse.of(employer, this.employers.canSeeDetails(employer, actor));
  }

  @Roles('employer', 'administrator')
  @Patch(':employerId')
  @ApiOperation({ operationId: 'updateEmployer', summary: "Change the organisation's details (a new KvK number is verified again)" })
  @ApiOkResponse({ type: EmployerResponse })
  async update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { employerId }: EmployerIdParam,
    @Body() changes: UpdateEmployerRequest,
  ): Promise<EmployerResponse> {
    return EmployerResponse.of(await this.employers.update(employerId, changes, actor), true);
  }

  @Roles('caseworker', 'administrator')
  @Post(':employerId/verification')
  @HttpCode(200)
  @ApiOperation({ operationId: 'decideEmployerVerification', summary: 'Approve (after a KvK check) or reject a new employer' })
  @ApiOkResponse({ type: EmployerResponse })
  async verify(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { employerId }: EmployerIdParam,
    @Body() request: VerificationRequest,
  ): Promise<EmployerResponse> {
    return EmployerResponse.of(await this.employers.decideVerification(employerId, request, actor), true);
  }
}
