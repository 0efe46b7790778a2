import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InvitationIdParam, VacancyIdParam } from '../common/dto/params';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser, Roles } from '../sessions/auth.decorators';
import { AnswerInvitationRequest, CreateInvitationRequest, InvitationListResponse, InvitationResponse, InvitationsQuery } from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Roles('employer')
  @Post('vacancies/:vacancyId/invitations')
  @ApiOperation({ operationId: 'createInvitation', summary: 'Invite an anonymous candidate to apply' })
  @ApiCreatedResponse({ type: InvitationResponse })
  async create(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { vacancyId }: VacancyIdParam,
    @Body() request: CreateInvitationRequest,
  ): Promise<InvitationResponse> {
    return InvitationResponse.of(await this.invitations.invite(vacancyId, request, actor), actor.role);
  }

  @Roles('seeker', 'employer', 'caseworker')
  @Get('invitations')
  @ApiOperation({ operationId: 'listInvitations', summary: "Your invitations; an employer's sent invitations; a caseworker's residents'" })
  @ApiOkResponse({ type: InvitationListResponse })
  async list(@CurrentUser() actor: AuthenticatedUser, @Query() query: InvitationsQuery): Promise<InvitationListResponse> {
    const { items, total } = await this.invitations.list(query, actor);
    return { items: items.map((invitation) => InvitationResponse.of(invitation, actor.role)), total };
  }

  @Roles('seeker', 'employer', 'caseworker')
  @Get('invitations/:invitationId')
  @ApiOperation({ operationId: 'getInvitation', summary: 'An invitation' })
  @ApiOkResponse({ type: InvitationResponse })
  async get(@CurrentUser() actor: AuthenticatedUser, @Param() { invitationId }: InvitationIdParam): Promise<InvitationResponse> {
    return InvitationResponse.of(await this.invitations.get(invitationId, actor), actor.role);
  }

  @Roles('seeker')
  @Patch('invitations/:invitationId')
  @ApiOperation({ operationId: 'answerInvitation', summary: 'Accept (you apply and share your name and contact) or decline' })
  @ApiOkResponse({ type: InvitationResponse })
  async answer(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { invitationId }: InvitationIdParam,
    @Body() request: AnswerInvitationRequest,
  ): Promise<InvitationResponse> {
    return InvitationResponse.of(await this.invitations.answer(invitationId, request, actor), actor.role);
  }
}
