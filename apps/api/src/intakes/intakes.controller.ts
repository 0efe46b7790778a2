import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SeekerIdParam } from '../common/dto/params';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser, Roles } from '../sessions/auth.decorators';
import { IntakeReadQuery, IntakeWriteQuery } from './dto/intake.query';
import { IntakeRequest } from './dto/intake.request';
import { IntakeResponse } from './dto/intake.response';
import { IntakesService } from './intakes.service';

/** Caseworkers only: employers, residents and administrators never get here (403). */
@ApiTags('intakes')
@Roles('caseworker')
@Controller('seekers/:seekerId/intake')
export class IntakesController {
  constructor(private readonly intakes: IntakesService) {}

  @Get()
  @ApiOperation({ operationId: 'getIntake', summary: "Read a resident's intake, giving a purpose (audited)" })
  @ApiOkResponse({ type: IntakeResponse })
  async get(@CurrentUser() actor: AuthenticatedUser, @Param() { seekerId }: SeekerIdParam, @Query() { purpose }: IntakeReadQuery): Promise<IntakeResponse> {
    const { intake, content } = await this.intakes.read(actor, seekerId, purpose);
    return IntakeResponse.of(intake, content);
  }

  @Put()
  @ApiOperation({ operationId: 'putIntake', summary: "Record a resident's intake, as draft or final (audited)" })
  @ApiOkResponse({ type: IntakeResponse })
  async put(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { seekerId }: SeekerIdParam,
    @Query() { purpose }: IntakeWriteQuery,
    @Body() request: IntakeRequest,
  ): Promise<IntakeResponse> {
    const { intake, content } = await this.intakes.write(actor, seekerId, request, purpose);
    return IntakeResponse.of(intake, content);
  }
}
