import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { amsterdamDate } from '../common/dates';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser, Roles } from '../sessions/auth.decorators';
import { CheckInsService } from './check-ins.service';
import { CheckInRequest } from './dto/check-in.request';
import { CreatePlacementRequest, UpdatePlacementRequest } from './dto/placement.request';
import { PlacementListResponse, PlacementResponse } from './dto/placement.response';
import { PlacementIdParam, PlacementsQuery } from './dto/placements.query';
import { Placement } from './placement.entity';
import { PlacementsService } from './placements.service';

/** Only the caseworker sees aftercare notes. */
const present = (placement: Placement, actor: AuthenticatedUser) => PlacementResponse.of(placement, amsterdamDate(), actor.role === 'caseworker');

@ApiTags('placements')
@Controller('placements')
export class PlacementsController {
  constructor(
    private readonly placements: PlacementsService,
    private readonly checkIns: CheckInsService,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listPlacements', summary: "Placements of the caseworker's municipality, the employer's or the resident's own" })
  @ApiOkResponse({ type: PlacementListResponse })
  async list(@CurrentUser() actor: AuthenticatedUser, @Query() query: PlacementsQuery): Promise<PlacementListResponse> {
    const { items, total } = await this.placements.list(actor, query);
    return { items: items.map((placement) => present(placement, actor)), total };
  }

  @Roles('caseworker')
  @Post()
  @ApiOperation({ operationId: 'createPlacement', summary: 'Record a placement; schedules check-ins after week 1 and months 1, 3 and 6' })
  @ApiCreatedResponse({ type: PlacementResponse })
  async create(@CurrentUser() actor: AuthenticatedUser, @Body() request: CreatePlacementRequest): Promise<PlacementResponse> {
    return present(await this.placements.create(actor, request), actor);
  }

  @Get(':placementId')
  @ApiOperation({ operationId: 'getPlacement', summary: 'A placement with its check-ins' })
  @ApiOkResponse({ type: PlacementResponse })
  async get(@CurrentUser() actor: AuthenticatedUser, @Param() { placementId }: PlacementIdParam): Promise<PlacementResponse> {
    return present(await this.placements.get(actor, placementId), actor);
  }

  @Roles('caseworker')
  @Patch(':placementId')
  @ApiOperation({ operationId: 'updatePlacement', summary: 'Change hours, planned end, subsidy or job coach; or end it with a reason' })
  @ApiOkResponse({ type: PlacementResponse })
  async update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { placementId }: PlacementIdParam,
    @Body() request: UpdatePlacementRequest,
  ): Promise<PlacementResponse> {
    return present(await this.placements.update(actor, placementId, request), actor);
  }

  @Roles('caseworker')
  @Post(':placementId/check-ins')
  @ApiOperation({ operationId: 'recordCheckIn', summary: 'Record how the placement goes (aftercare); at-risk adds a follow-up action' })
  @ApiCreatedResponse({ type: PlacementResponse })
  async checkIn(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { placementId }: PlacementIdParam,
    @Body() request: CheckInRequest,
  ): Promise<PlacementResponse> {
    await this.checkIns.record(actor, placementId, request);
    return present(await this.placements.get(actor, placementId), actor);
  }
}
