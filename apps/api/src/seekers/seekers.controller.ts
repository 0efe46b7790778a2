import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser, Roles } from '../sessions/auth.decorators';
import { SeekerIdParam } from './dto/seeker-id.param';
import { UpdateSeekerProfileRequest } from './dto/seeker-profile.request';
import { ConsentEventListResponse, SeekerProfileResponse } from './dto/seeker-profile.response';
import { ProfileForReader, SeekersService } from './seekers.service';

const toResponse = ({ user, profile, view }: ProfileForReader, actor: AuthenticatedUser) => SeekerProfileResponse.of(user, profile, view, actor.language);

@ApiTags('seekers')
@Controller('seekers')
export class SeekersController {
  constructor(private readonly seekers: SeekersService) {}

  @Roles('seeker', 'caseworker', 'employer')
  @Get(':seekerId')
  @ApiOperation({ operationId: 'getSeekerProfile', summary: "A seeker's profile: full for the seeker and its caseworkers, anonymous for employers until the seeker applied" })
  @ApiOkResponse({ type: SeekerProfileResponse })
  async get(@CurrentUser() actor: AuthenticatedUser, @Param() { seekerId }: SeekerIdParam): Promise<SeekerProfileResponse> {
    return toResponse(await this.seekers.get(this.seekers.resolveId(seekerId, actor), actor), actor);
  }

  @Roles('seeker', 'caseworker')
  @Patch(':seekerId')
  @ApiOperation({ operationId: 'updateSeekerProfile', summary: 'Change a profile (the seeker, or a caseworker of its municipality)' })
  @ApiOkResponse({ type: SeekerProfileResponse })
  async update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { seekerId }: SeekerIdParam,
    @Body() request: UpdateSeekerProfileRequest,
  ): Promise<SeekerProfileResponse> {
    return toResponse(await this.seekers.update(this.seekers.resolveId(seekerId, actor), request, actor), actor);
  }

  @Roles('seeker', 'caseworker', 'employer')
  @Get(':seekerId/consent-events')
  @ApiOperation({ operationId: 'listSeekerConsentEvents', summary: 'Consent log: every change of who may see the profile, with time' })
  @ApiOkResponse({ type: ConsentEventListResponse })
  async consentEvents(@CurrentUser() actor: AuthenticatedUser, @Param() { seekerId }: SeekerIdParam): Promise<ConsentEventListResponse> {
    const events = await this.seekers.consentEvents(this.seekers.resolveId(seekerId, actor), actor);
    return {
      items: events.map((event) => ({
        occurredAt: event.occurredAt.toISOString(),
        subject: event.subject,
        fromValue: event.fromValue,
        toValue: event.toValue,
        actorRole: event.actorRole,
      })),
    };
  }
}
