import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Application } from '../applications/application.entity';
import { ApplicationsService } from '../applications/applications.service';
import { conflict, forbidden, notFound } from '../common/problem';
import { Notifier } from '../notifications/notifier';
import type { TemplateId } from '../notifications/templates';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { User } from '../users/user.entity';
import { VacanciesService } from '../vacancies/vacancies.service';
import { isOpen } from '../vacancies/vacancy-lifecycle';
import { Vacancy } from '../vacancies/vacancy.entity';
import { AnswerProposalRequest, CreateProposalRequest, ProposalsQuery } from './dto/proposal.dto';
import { mayAnswerWith, PROPOSAL_TRANSITIONS, VISIBLE_TO_EMPLOYER } from './proposal-flow';
import { Proposal, ProposalStatus } from './proposal.entity';

export type LoadedProposal = Proposal & { vacancy: Vacancy; seekerUser: User };
const NOT_FOUND = 'The proposal';

type Party = 'seeker' | 'employer' | 'caseworker';
const PROPOSALS_PAGE: Record<Party, string> = { seeker: '/werkzoekenden/voordrachten/', employer: '/werkgevers/voordrachten/', caseworker: '/regie/voordrachten/' };
/** Who hears about each status, the first being the one whose portal the link opens. */
const NEXT_ACTOR: Record<ProposalStatus, { template: TemplateId; tell: Party[] }> = {
  'awaiting-consent': { template: 'proposal-awaiting-consent', tell: ['seeker'] },
  'awaiting-employer': { template: 'proposal-awaiting-employer', tell: ['employer'] },
  'declined-by-seeker': { template: 'proposal-declined-by-seeker', tell: ['caseworker'] },
  accepted: { template: 'proposal-accepted', tell: ['seeker', 'caseworker'] },
  'declined-by-employer': { template: 'proposal-declined-by-employer', tell: ['seeker', 'caseworker'] },
};
const UNIQUE_VIOLATION = '23505';

@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vacancies: VacanciesService,
    private readonly applications: ApplicationsService,
    private readonly notifier: Notifier,
  ) {}

  /** A caseworker proposes a resident of its own municipality; the resident is asked for consent first. */
  async propose(vacancyId: string, request: CreateProposalRequest, actor: AuthenticatedUser): Promise<LoadedProposal> {
    const vacancy = await this.vacancies.get(vacancyId, actor);
    if (!isOpen(vacancy)) throw conflict('Only a published vacancy that has not closed takes proposals.', 'vacancyId');
    const seekerId = request.seekerId.toLowerCase();
    const resident = await this.dataSource
      .getRepository(User)
      .findOneBy({ id: seekerId, role: 'seeker', municipalityCode: actor.municipalityCode ?? '', anonymisedAt: IsNull() });
    if (!resident) throw notFound('The resident');
    if (await this.dataSource.getRepository(Application).existsBy({ vacancyId, seekerUserId: seekerId })) {
      throw conflict('This resident already applied to the vacancy.', 'seekerId');
    }
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        const { identifiers } = await manager
          .getRepository(Proposal)
          .insert({ vacancyId, seekerUserId: seekerId, proposedByUserId: actor.id, note: request.note, status: 'awaiting-consent' });
        const proposalId = identifiers[0].id as string;
        await this.tellNextActor(manager, { id: proposalId, status: 'awaiting-consent', seekerUserId: seekerId, proposedByUserId: actor.id }, vacancy, resident);
        return proposalId;
      });
      return this.get(id, actor);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw conflict('This resident was already proposed for the vacancy.', 'seekerId');
      throw error;
    }
  }

  async get(id: string, actor: AuthenticatedUser): Promise<LoadedProposal> {
    const proposal = await this.readable(actor).andWhere('proposal.id = :id', { id }).getOne();
    if (!proposal) throw notFound(NOT_FOUND);
    return proposal as LoadedProposal;
  }

  async list(query: ProposalsQuery, actor: AuthenticatedUser) {
    const builder = this.readable(actor);
    if (query.status) builder.andWhere('proposal.status = :status', { status: query.status });
    if (query.vacancyId) builder.andWhere('proposal.vacancyId = :vacancyId', { vacancyId: query.vacancyId });
    if (query.seekerId) builder.andWhere('proposal.seekerUserId = :seekerId', { seekerId: query.seekerId.toLowerCase() });
    const [items, total] = await builder
      .orderBy('proposal.createdAt', 'DESC')
      .addOrderBy('proposal.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: items as LoadedProposal[], total };
  }

  /** The resident's consent, then the employer's decision; accepting creates the application in the same transaction. */
  async answer(id: string, request: AnswerProposalRequest, actor: AuthenticatedUser): Promise<LoadedProposal> {
    const proposal = await this.get(id, actor);
    if (!mayAnswerWith(actor.role, request.status)) {
      throw forbidden(actor.role === 'seeker' ? 'You consent (awaiting-employer) or decline (declined-by-seeker).' : 'You accept or decline (declined-by-employer).');
    }
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.getRepository(Proposal).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!PROPOSAL_TRANSITIONS[current.status].to.includes(request.status)) {
        throw conflict(`A proposal that is ${current.status} cannot become ${request.status}.`, 'status');
      }
      const now = new Date();
      const changes: Partial<Proposal> =
        actor.role === 'seeker' ? { status: request.status, seekerRespondedAt: now } : { status: request.status, employerRespondedAt: now };
      if (request.status === 'accepted') {
        changes.applicationId = await this.applications.applyInTransaction(manager, current.vacancyId, current.seekerUserId, null, 'proposal', actor);
      }
      await manager.getRepository(Proposal).update(id, changes);
      await this.tellNextActor(manager, { ...current, ...changes }, proposal.vacancy, proposal.seekerUser);
    });
    return this.get(id, actor);
  }

  /** Tells whoever must act now (or, once decided, whom the decision concerns). */
  private async tellNextActor(
    manager: EntityManager,
    proposal: Pick<Proposal, 'id' | 'status' | 'seekerUserId' | 'proposedByUserId'>,
    vacancy: LoadedProposal['vacancy'],
    resident: Pick<User, 'displayName'>,
  ) {
    const { template, tell } = NEXT_ACTOR[proposal.status];
    const recipientIds = [
      ...(tell.includes('seeker') ? [proposal.seekerUserId] : []),
      ...(tell.includes('caseworker') && proposal.proposedByUserId ? [proposal.proposedByUserId] : []),
      ...(tell.includes('employer') ? (await manager.getRepository(User).find({ where: { employerId: vacancy.employerId }, select: { id: true } })).map((person) => person.id) : []),
    ];
    if (!recipientIds.length) return;
    await this.notifier.notify(manager, {
      recipientIds,
      template,
      params: { vacancyTitle: vacancy.title, employerName: vacancy.employer.name, seekerName: resident.displayName },
      link: `${PROPOSALS_PAGE[tell[0]]}${proposal.id}`,
    });
  }

  private readable(actor: AuthenticatedUser) {
    const query = this.dataSource
      .getRepository(Proposal)
      .createQueryBuilder('proposal')
      .innerJoinAndSelect('proposal.vacancy', 'vacancy')
      .innerJoinAndSelect('vacancy.employer', 'employer')
      .innerJoinAndSelect('proposal.seekerUser', 'seeker');
    if (actor.role === 'seeker') return query.andWhere('proposal.seekerUserId = :readerId', { readerId: actor.id });
    if (actor.role === 'caseworker') return query.andWhere('seeker.municipalityCode = :readerMunicipality', { readerMunicipality: actor.municipalityCode });
    if (actor.role === 'employer') {
      return query
        .andWhere('vacancy.employerId = :readerEmployerId', { readerEmployerId: actor.employerId })
        .andWhere('proposal.status IN (:...visibleStatuses)', { visibleStatuses: VISIBLE_TO_EMPLOYER });
    }
    return query.andWhere('false');
  }
}
