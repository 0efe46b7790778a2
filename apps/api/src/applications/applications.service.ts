import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { badRequest, conflict, forbidden, notFound, unprocessable } from '../common/problem';
import { Invitation } from '../invitations/invitation.entity';
import { Notifier } from '../notifications/notifier';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { User } from '../users/user.entity';
import { isOpen } from '../vacancies/vacancy-lifecycle';
import { Vacancy } from '../vacancies/vacancy.entity';
import { restrictToReader } from './application-access';
import { ApplicationEvent } from './application-event.entity';
import { canMoveApplication, mayMoveTo } from './application-pipeline';
import { Application, ApplicationOrigin, ApplicationStatus } from './application.entity';
import { ApplicationsQuery, UpdateApplicationRequest } from './dto/application.request';

export type LoadedApplication = Application & { vacancy: Vacancy; seekerUser: User };
export interface ApplicationWithSteps {
  application: LoadedApplication;
  steps: ApplicationEvent[];
}

const NOT_FOUND = 'The application';
const ALREADY_APPLIED = 'You already applied to this vacancy.';

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
  ) {}

  async apply(vacancyId: string, motivation: string | undefined, actor: AuthenticatedUser): Promise<ApplicationWithSteps> {
    const id = await this.dataSource.transaction((manager) => this.applyInTransaction(manager, vacancyId, actor.id, motivation ?? null, 'direct', actor));
    return this.get(id, actor);
  }

  /**
   * Creates the application (used by accepting an invitation or, as the employer, a proposal too). A pending invitation
   * for the same vacancy counts as accepted. 409 when the seeker already applied; 422 when the vacancy is not open.
   */
  async applyInTransaction(
    manager: EntityManager,
    vacancyId: string,
    seekerUserId: string,
    motivation: string | null,
    origin: ApplicationOrigin,
    actor: AuthenticatedUser,
  ): Promise<string> {
    if (await manager.getRepository(Application).existsBy({ vacancyId, seekerUserId })) throw conflict(ALREADY_APPLIED, 'vacancyId');
    const vacancy = await manager.getRepository(Vacancy).findOne({ where: { id: vacancyId }, lock: { mode: 'pessimistic_read' } });
    if (!vacancy || !isOpen(vacancy)) throw unprocessable('vacancyId', 'is not a vacancy open for applications');
    try {
      const { identifiers } = await manager.getRepository(Application).insert({ vacancyId, seekerUserId, motivation, origin, status: 'applied' });
      const applicationId = identifiers[0].id as string;
      await this.recordStep(manager, applicationId, null, 'applied', actor, null, null);
      await this.tellEmployer(manager, vacancy, 'application-received');
      await manager.getRepository(Invitation).update(
        { vacancyId, seekerUserId, status: 'pending' },
        { status: 'accepted', respondedAt: new Date(), applicationId },
      );
      return applicationId;
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw conflict(ALREADY_APPLIED, 'vacancyId');
      throw error;
    }
  }

  async get(id: string, actor: AuthenticatedUser): Promise<ApplicationWithSteps> {
    const application = await this.readable(actor).andWhere('application.id = :id', { id }).getOne();
    if (!application) throw notFound(NOT_FOUND);
    const steps = await this.dataSource.getRepository(ApplicationEvent).find({ where: { applicationId: id }, order: { id: 'ASC' } });
    return { application: application as LoadedApplication, steps };
  }

  async list(query: ApplicationsQuery, actor: AuthenticatedUser): Promise<{ items: ApplicationWithSteps[]; total: number }> {
    const builder = this.readable(actor);
    if (query.status?.length) builder.andWhere('application.status IN (:...statuses)', { statuses: query.status });
    if (query.vacancyId) builder.andWhere('application.vacancyId = :vacancyId', { vacancyId: query.vacancyId });
    if (query.seekerId) builder.andWhere('application.seekerUserId = :seekerId', { seekerId: query.seekerId });
    const [applications, total] = await builder
      .orderBy('application.createdAt', 'DESC')
      .addOrderBy('application.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const events = applications.length
      ? await this.dataSource.getRepository(ApplicationEvent).find({ where: { applicationId: In(applications.map((a) => a.id)) }, order: { id: 'ASC' } })
      : [];
    const items = applications.map((application) => ({
      application: application as LoadedApplication,
      steps: events.filter((event) => event.applicationId === application.id),
    }));
    return { items, total };
  }

  /** One step in the pipeline, with its time, actor and note; a rejection keeps its reason. */
  async move(id: string, request: UpdateApplicationRequest, actor: AuthenticatedUser): Promise<ApplicationWithSteps> {
    const { application } = await this.get(id, actor);
    if (!mayMoveTo(actor.role, request.status)) {
      throw forbidden(actor.role === 'seeker' ? 'You can withdraw your application; the employer takes the other steps.' : 'Your role may not move applications.');
    }
    const interview = this.checkedInterview(request);
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.getRepository(Application).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!canMoveApplication(current.status, request.status)) throw conflict(`An application that is ${current.status} cannot become ${request.status}.`, 'status');
      const rejectionReason = request.status === 'rejected' ? request.rejectionReason! : null;
      await manager.getRepository(Application).update(id, { status: request.status, ...(rejectionReason ? { rejectionReason } : {}), ...(interview ?? {}) });
      await this.recordStep(manager, id, current.status, request.status, actor, request.note ?? null, rejectionReason);
      if (request.status === 'withdrawn') await this.tellEmployer(manager, application.vacancy, 'application-withdrawn');
      else {
        await this.notifier.notify(manager, {
          recipientIds: [current.seekerUserId],
          template: 'application-status-changed',
          params: {
            vacancyTitle: application.vacancy.title,
            status: request.status,
            rejectionReason,
            interviewAt: interview?.interviewAt.toISOString() ?? null,
            interviewLocation: interview?.interviewLocation ?? null,
          },
          link: '/werkzoekenden/mijn-reacties',
        });
      }
    });
    return this.get(application.id, actor);
  }

  /** The interview of a move to interview: only with that status, and in the future. */
  private checkedInterview(request: UpdateApplicationRequest): { interviewAt: Date; interviewLocation: string } | null {
    if (!request.interview) return null;
    if (request.status !== 'interview') throw badRequest('interview', 'is only given when moving the application to interview');
    const interviewAt = new Date(request.interview.startsAt);
    if (interviewAt.getTime() <= Date.now()) throw unprocessable('interview.startsAt', 'lies in the past');
    return { interviewAt, interviewLocation: request.interview.location.trim() };
  }

  /** Everyone who works for the vacancy's employer; the link opens the vacancy with its applications. */
  private async tellEmployer(manager: EntityManager, vacancy: Vacancy, template: 'application-received' | 'application-withdrawn') {
    const people = await manager.getRepository(User).find({ where: { employerId: vacancy.employerId }, select: { id: true } });
    await this.notifier.notify(manager, { recipientIds: people.map((person) => person.id), template, params: { vacancyTitle: vacancy.title }, link: `/werkgevers/vacatures/${vacancy.id}` });
  }

  private readable(actor: AuthenticatedUser) {
    const query = this.dataSource
      .getRepository(Application)
      .createQueryBuilder('application')
      .innerJoinAndSelect('application.vacancy', 'vacancy')
      .innerJoinAndSelect('vacancy.employer', 'employer')
      .innerJoinAndSelect('application.seekerUser', 'seeker');
    return restrictToReader(query, 'application.seekerUserId', actor);
  }

  private async recordStep(
    manager: EntityManager,
    applicationId: string,
    fromStatus: ApplicationStatus | null,
    toStatus: ApplicationStatus,
    actor: AuthenticatedUser,
    note: string | null,
    rejectionReason: string | null,
  ) {
    await manager.getRepository(ApplicationEvent).insert({ applicationId, fromStatus, toStatus, actorUserId: actor.id, actorRole: actor.role, note, rejectionReason });
  }
}
