import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProposalIdParam, VacancyIdParam } from '../common/dto/params';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { CurrentUser, Roles } from '../sessions/auth.decorators';
import { AnswerProposalRequest, CreateProposalRequest, ProposalListResponse, ProposalResponse, ProposalsQuery } from './dto/proposal.dto';
import { ProposalsService } from './proposals.service';

@ApiTags('proposals')
@Controller()
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Roles('caseworker')
  @Post('vacancies/:vacancyId/proposals')
  @ApiOperation({ operationId: 'createProposal', summary: 'Put a resident of your municipality forward for a published vacancy (voordracht)' })
  @ApiCreatedResponse({ type: ProposalResponse })
  async create(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { vacancyId }: VacancyIdParam,
    @Body() request: CreateProposalRequest,
  ): Promise<ProposalResponse> {
    return ProposalResponse.of(await this.proposals.propose(vacancyId, request, actor));
  }

  @Roles('seeker', 'employer', 'caseworker')
  @Get('proposals')
  @ApiOperation({ operationId: 'listProposals', summary: "Your proposals; a caseworker's municipality's; an employer's consented ones" })
  @ApiOkResponse({ type: ProposalListResponse })
  async list(@CurrentUser() actor: AuthenticatedUser, @Query() query: ProposalsQuery): Promise<ProposalListResponse> {
    const { items, total } = await this.proposals.list(query, actor);
    return { items: items.map((proposal) => ProposalResponse.of(proposal)), total };
  }

  @Roles('seeker', 'employer', 'caseworker')
  @Get('proposals/:proposalId')
  @ApiOperation({ operationId: 'getProposal', summary: 'A proposal' })
  @ApiOkResponse({ type: ProposalResponse })
  async get(@CurrentUser() actor: AuthenticatedUser, @Param() { proposalId }: ProposalIdParam): Promise<ProposalResponse> {
    return ProposalResponse.of(await this.proposals.get(proposalId, actor));
  }

  @Roles('seeker', 'employer')
  @Patch('proposals/:proposalId')
  @ApiOperation({ operationId: 'answerProposal', summary: 'The resident consents or declines; then the employer accepts (an application) or declines' })
  @ApiOkResponse({ type: ProposalResponse })
  async answer(
    @CurrentUser() actor: AuthenticatedUser,
    @Param() { proposalId }: ProposalIdParam,
    @Body() request: AnswerProposalRequest,
  ): Promise<ProposalResponse> {
    return ProposalResponse.of(await this.proposals.answer(proposalId, request, actor));
  }
}
