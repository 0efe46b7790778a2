import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { restrictToReader } from '../applications/application-access';
import { Application } from '../applications/application.entity';
import { ApplicationsService } from '../applications/applications.service';
import { conflict, forbidden, notFound, unprocessable } from '../common/problem';
import { Notifier } from '../notifications/notifier';
import { SeekerProfile } from '../seekers/seeker-profile.entity';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { User } from '../users/user.entity';
import { VacanciesService } from '../vacancies/vacancies.service';
import { canManageVacancy } from '../vacancies/vacancy-access';
import { isOpen } from '../vacancies/vacancy-lifecycle';
import { Vacancy } from '../vacancies/vacancy.entity';
import { AnswerInvitationRequest, CreateInvitationRequest, InvitationsQuery } from './dto/invitation.dto';
import { Invitation } from './invitation.entity';

export type LoadedInvitation = Invitation & { vacancy: Vacancy; seekerUser: User };
const NOT_FOUND = 'The invitation';

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vacancies: VacanciesService,
    private readonly applications: ApplicationsService,
    private readonly notifier: Notifier,
  ) {}

  /** An employer invites an anonymous candidate who chose to be visible to employers. */
  async invite(vacancyId: string, request: CreateInvitationRequest, actor: AuthenticatedUser): Promise<LoadedInvitation> {
    const vacancy = await this.vacancies.get(vacancyId, actor);
    if (!canManageVacancy(vacancy, actor) || actor.role !== 'employer') throw forbidden('Only the employer of this vacancy invites candidates.');
    if (!isOpen(vacancy)) throw conflict('Only a published vacancy that has not closed takes invitations.', 'vacancyId');
    const seekerId = request.seekerId.toLowerCase();
    const visible = await this.dataSource
      .getRepository(SeekerProfile)
      .existsBy({ userId: seekerId, visibility: 'employers-anonymous' });
    if (!visible) throw unprocessable('seekerId', 'is not a candidate visible to employers');
    if (await this.dataSource.getRepository(Application).existsBy({ vacancyId, seekerUserId: seekerId })) {
      throw conflict('This candidate already applied to the vacancy.', 'seekerId');
    }
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        const { identifiers } = await manager.getRepository(Invitation).insert({
          vacancyId,
          seekerUserId: seekerId,
          invitedByUserId: actor.id,
          message: request.message ?? null,
          status: 'pending',
        });
        await this.notifier.notify(manager, {
          recipientIds: [seekerId],
          template: 'invitation-received',
          params: { vacancyTitle: vacancy.title, employerName: vacancy.employer.name },
          link: '/werkzoekenden/mijn-reacties',
        });
        return identifiers[0].id as string;
      });
      return this.get(id, actor);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw conflict('This candidate was already invited to the vacancy.', 'seekerId');
      throw error;
    }
  }

  async get(id: string, actor: AuthenticatedUser): Promise<LoadedInvitation> {
    const invitation = await this.readable(actor).andWhere('invitation.id = :id', { id }).getOne();
    if (!invitation) throw notFound(NOT_FOUND);
    return invitation as LoadedInvitation;
  }

  async list(query: InvitationsQuery, actor: AuthenticatedUser) {
    const builder = this.readable(actor);
    if (query.status) builder.andWhere('invitation.status = :status', { status: query.status });
    if (query.vacancyId) builder.andWhere('invitation.vacancyId = :vacancyId', { vacancyId: query.vacancyId });
    const [items, total] = await builder
      .orderBy('invitation.createdAt', 'DESC')
      .addOrderBy('invitation.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: items as LoadedInvitation[], total };
  }

  /** The seeker answers: accepting applies (in the same transaction) and shares its identity; declining ends it. */
  async answer(id: string, request: AnswerInvitationRequest, actor: AuthenticatedUser): Promise<LoadedInvitation> {
    const invitation = await this.get(id, actor);
    if (actor.role !== 'seeker') throw forbidden('Only the invited seeker answers an invitation.');
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.getRepository(Invitation).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (current.status !== 'pending') throw conflict(`This invitation was already ${current.status}.`, 'status');
      if (request.status === 'declined') {
        await manager.getRepository(Invitation).update(id, { status: 'declined', respondedAt: new Date() });
        if (current.invitedByUserId) {
          await this.notifier.notify(manager, {
            recipientIds: [current.invitedByUserId],
            template: 'invitation-declined',
            params: { vacancyTitle: invitation.vacancy.title },
            link: '/werkgevers/',
          });
        }
        return;
      }
      // Marks this (pending) invitation accepted with the new application's id.
      await this.applications.applyInTransaction(manager, invitation.vacancyId, actor.id, request.motivation ?? null, 'invitation', actor);
    });
    return this.get(id, actor);
  }

  private readable(actor: AuthenticatedUser) {
    const query = this.dataSource
      .getRepository(Invitation)
      .createQueryBuilder('invitation')
      .innerJoinAndSelect('invitation.vacancy', 'vacancy')
      .innerJoinAndSelect('vacancy.employer', 'employer')
      .innerJoinAndSelect('invitation.seekerUser', 'seeker');
    return restrictToReader(query, 'invitation.seekerUserId', actor);
  }
}
