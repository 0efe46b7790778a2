import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EmployerIdParam } from '../common/dto/params';
import { CurrentUser, Public, Roles } from '../sessions/auth.decorators';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { AcceptTeamInvitationRequest, InviteTeamMemberRequest, TeamMemberListResponse, TeamMemberResponse } from './dto/team.dto';
import { TeamService } from './team.service';

@ApiTags('accounts')
@Controller()
export class TeamController {
  constructor(private readonly team: TeamService) {}

  @Roles('employer')
  @Get('employers/:employerId/team-members')
  @ApiOperation({ operationId: 'listTeamMembers', summary: "Everyone with an account for your organisation, and whom you invited" })
  @ApiOkResponse({ type: TeamMemberListResponse })
  async list(@CurrentUser() actor: AuthenticatedUser, @Param() { employerId }: EmployerIdParam): Promise<TeamMemberListResponse> {
    return { items: await this.team.list(employerId, actor) };
  }

  @Roles('employer')
  @Post('employers/:employerId/team-members')
  @ApiOperation({ operationId: 'inviteTeamMember', summary: 'Invite a colleague by e-mail: they get an account for the same organisation' })
  @ApiCreatedResponse({ type: TeamMemberResponse })
  invite(@CurrentUser() actor: AuthenticatedUser, @Param() { employerId }: EmployerIdParam, @Body() request: InviteTeamMemberRequest): Promise<TeamMemberResponse> {
    return this.team.invite(employerId, request, actor);
  }

  @Public()
  @Post('team-invitation-acceptances')
  @HttpCode(204)
  @ApiOperation({ operationId: 'acceptTeamInvitation', summary: 'The invited colleague chooses a password with the token from the e-mail' })
  @ApiNoContentResponse({ description: 'Password set: sign in as usual' })
  async accept(@Body() request: AcceptTeamInvitationRequest): Promise<void> {
    await this.team.accept(request);
  }
}
