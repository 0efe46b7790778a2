import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SeekerIdParam } from '../common/dto/params';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser, Roles } from '../sessions/auth.decorators';
import { CaseActionsService } from './case-actions.service';
import { CaseFilesService } from './case-files.service';
import { CaseloadService } from './caseload.service';
import { AssignCaseworkerRequest } from './dto/assign-caseworker.request';
import {
  CaseActionIdParams,
  CaseActionListResponse,
  CaseActionResponse,
  CreateCaseActionRequest,
  UpdateCaseActionRequest,
} from './dto/case-action.dto';
import { CaseloadQuery } from './dto/caseload.query';
import { CaseloadItemResponse, CaseloadResponse } from './dto/caseload-item.response';

/** The caseworker's view of residents. GET/PATCH /seekers/{seekerId} (the profile) belongs to the marketplace. */
@ApiTags('caseload')
@Roles('caseworker')
@Controller('seekers')
export class CaseloadController {
  constructor(
    private readonly caseload: CaseloadService,
    private readonly caseFiles: CaseFilesService,
    private readonly actions: CaseActionsService,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listCaseload', summary: "The residents of the caseworker's municipality with their case state" })
  @ApiOkResponse({ type: CaseloadResponse })
  list(@CurrentUser() actor: AuthenticatedUser, @Query() query: CaseloadQuery): Promise<CaseloadResponse> {
    return this.caseload.list(actor, query);
  }

  @Get(':seekerId/case-file')
  @ApiOperation({ operationId: 'getCaseFile', summary: "A resident's case state: caseworker, segment, status, last contact" })
  @ApiOkResponse({ type: CaseloadItemResponse })
  get(@CurrentUser() actor: AuthenticatedUser, @Param() { seekerId }: SeekerIdParam): Promise<CaseloadItemResponse> {
    return this.caseload.item(actor, seekerId);
  }

  @Put(':seekerId/caseworker')
  @ApiOperation({ operationId: 'assignCaseworker', summary: 'Assign or transfer the resident to a caseworker of the same municipality' })
  @ApiOkResponse({ type: CaseloadItemResponse })
  async assign(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { seekerId }: SeekerIdParam,
    @Body() request: AssignCaseworkerRequest,
  ): Promise<CaseloadItemResponse> {
    await this.caseFiles.assign(actor, seekerId, request.caseworkerId);
    return this.caseload.item(actor, seekerId);
  }

  @Get(':seekerId/case-actions')
  @ApiOperation({ operationId: 'listCaseActions', summary: "The resident's follow-up actions, open ones first" })
  @ApiOkResponse({ type: CaseActionListResponse })
  async listActions(@CurrentUser() actor: AuthenticatedUser, @Param() { seekerId }: SeekerIdParam): Promise<CaseActionListResponse> {
    const actions = await this.actions.list(actor, seekerId);
    return { items: actions.map(CaseActionResponse.of), total: actions.length };
  }

  @Post(':seekerId/case-actions')
  @ApiOperation({ operationId: 'createCaseAction', summary: 'Add a follow-up action to the case' })
  @ApiCreatedResponse({ type: CaseActionResponse })
  async createAction(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { seekerId }: SeekerIdParam,
    @Body() request: CreateCaseActionRequest,
  ): Promise<CaseActionResponse> {
    return CaseActionResponse.of(await this.actions.create(actor, seekerId, request));
  }

  @Patch(':seekerId/case-actions/:actionId')
  @HttpCode(200)
  @ApiOperation({ operationId: 'completeCaseAction', summary: 'Mark a follow-up action as done' })
  @ApiOkResponse({ type: CaseActionResponse })
  async completeAction(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { seekerId, actionId }: CaseActionIdParams,
    @Body() _request: UpdateCaseActionRequest,
  ): Promise<CaseActionResponse> {
    return CaseActionResponse.of(await this.actions.markDone(actor, seekerId, actionId));
  }
}
