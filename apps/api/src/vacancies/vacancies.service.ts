import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { conflict, forbidden, notFound, unprocessable } from '../common/problem';
import { todayInNetherlands } from '../common/validators';
import { Employer } from '../employers/employer.entity';
import { SAVED_SEARCH_VACANCY_PUBLISHED } from '../saved-searches/saved-search-alerts';
import { VacancySearchIndexer } from '../search/vacancy-search-indexer';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { CreateVacancyRequest, UpdateVacancyRequest } from './dto/vacancy.request';
import { canManageVacancy, canReadVacancy } from './vacancy-access';
import { FieldChanges, VacancyEvent, VacancyEventAction } from './vacancy-event.entity';
import { toVacancyColumns, VacancyColumns } from './vacancy-input';
import { canMoveTo, EDITABLE_STATUSES } from './vacancy-lifecycle';
import { Vacancy, VacancyStatus } from './vacancy.entity';
import { OutboxService } from '../outbox/outbox.service';
import { VACANCY_PUBLISHED, type VacancyPublished } from './vacancy-events';

const NOT_FOUND = 'The vacancy';

@Injectable()
export class VacanciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly searchIndexer: VacancySearchIndexer,
    private readonly outbox: OutboxService,
  ) {}

  async create(request: CreateVacancyRequest, actor: AuthenticatedUser): Promise<Vacancy> {
    if (!actor.employerId) throw forbidden('Only an employer posts vacancies.');
    const employer = await this.dataSource.getRepository(Employer).findOneByOrFail({ id: actor.employerId });
    const columns = toVacancyColumns(request, employer);
    const id = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(Vacancy).save(manager.getRepository(Vacancy).create({ ...columns, employerId: employer.id, status: 'draft' }));
      await this.recordEvent(manager, saved.id, actor, 'created', { toStatus: 'draft' });
      return saved.id;
    });
    return this.load(id);
  }

  /** A vacancy the actor may read; anything else is 404, so others' drafts stay unknown. */
  async get(id: string, actor: AuthenticatedUser): Promise<Vacancy> {
    const vacancy = await this.dataSource.getRepository(Vacancy).findOne({ where: { id }, relations: { employer: true } });
    if (!vacancy || !canReadVacancy(vacancy, actor, vacancy.status !== 'draft' && (await this.isInvolved(vacancy.id, actor)))) throw notFound(NOT_FOUND);
    return vacancy;
  }

  /** Field changes and a status change (lifecycle) in one transaction, each stored in the history. */
  async update(id: string, request: UpdateVacancyRequest, actor: AuthenticatedUser): Promise<Vacancy> {
    const { status, ...fields } = request;
    await this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, id, actor);
      const columns = toVacancyColumns(fields, current.employer, current);
      const changes = changedFields(current, columns);
      if (Object.keys(changes).length) {
        if (!EDITABLE_STATUSES.includes(current.status)) throw conflict(`A ${current.status} vacancy can no longer be changed.`, 'status');
        await manager.getRepository(Vacancy).update(id, columns);
        await this.recordEvent(manager, id, actor, 'updated', { changes });
      }
      if (status && status !== current.status) await this.changeStatus(manager, { ...current, ...columns }, status, actor);
      await this.searchIndexer.syncLater(manager, [id]);
    });
    await this.searchIndexer.syncNow([id]);
    return this.load(id);
  }

  /** Only drafts are deleted; a vacancy that was public is closed instead, so its applications keep their history. */
  async remove(id: string, actor: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const vacancy = await this.lockForChange(manager, id, actor);
      if (vacancy.status !== 'draft') throw conflict('Only a draft can be deleted; close a published vacancy instead.', 'status');
      await manager.getRepository(Vacancy).delete(id);
    });
  }

  async history(id: string, actor: AuthenticatedUser): Promise<VacancyEvent[]> {
    const vacancy = await this.get(id, actor);
    if (!canManageVacancy(vacancy, actor) && actor.role !== 'caseworker') throw forbidden('Only the employer and caseworkers see the history.');
    return this.dataSource.getRepository(VacancyEvent).find({ where: { vacancyId: id }, order: { id: 'ASC' } });
  }

  /** An employer's own vacancies in every status (its own people, caseworkers and administrators). */
  async listOfEmployer(employerId: string, actor: AuthenticatedUser, statuses: VacancyStatus[] | undefined, page: number, pageSize: number) {
    const mayList = actor.role === 'administrator' || actor.role === 'caseworker' || actor.employerId === employerId;
    if (!mayList) throw notFound('The employer');
    const visibleStatuses = actor.role === 'caseworker' ? (statuses ?? ['published', 'paused', 'filled', 'closed']).filter((s) => s !== 'draft') : statuses;
    const [items, total] = await this.dataSource.getRepository(Vacancy).findAndCount({
      where: { employerId, ...(visibleStatuses ? { status: In(visibleStatuses) } : {}) },
      relations: { employer: true },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total };
  }

  private async changeStatus(manager: EntityManager, vacancy: Vacancy, to: VacancyStatus, actor: AuthenticatedUser) {
    if (!canMoveTo(vacancy.status, to)) throw conflict(`A ${vacancy.status} vacancy cannot become ${to}.`, 'status');
    if (to === 'published') {
      if (vacancy.employer.verificationStatus !== 'verified') {
        throw forbidden('Your organisation is not verified yet: a caseworker checks it before vacancies go live.');
      }
      if (vacancy.closesOn !== null && vacancy.closesOn < todayInNetherlands()) throw unprocessable('closesOn', 'lies in the past: choose a new close date to publish');
    }
    await manager.getRepository(Vacancy).update(vacancy.id, { status: to, ...(to === 'published' && !vacancy.publishedAt ? { publishedAt: new Date() } : {}) });
    await this.recordEvent(manager, vacancy.id, actor, 'status-changed', { fromStatus: vacancy.status, toStatus: to });
    if (to === 'published' && !vacancy.publishedAt) {
      const payload: VacancyPublished = { vacancyId: vacancy.id };
      await this.outbox.add(manager, [VACANCY_PUBLISHED, SAVED_SEARCH_VACANCY_PUBLISHED].map((type) => ({ type, payload })));
    }
  }

  /** Reads the vacancy for a change, locking its row so concurrent changes happen one after the other. */
  private async lockForChange(manager: EntityManager, id: string, actor: AuthenticatedUser): Promise<Vacancy> {
    const locked = await manager.getRepository(Vacancy).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!locked || !canReadVacancy(locked, actor, false)) throw notFound(NOT_FOUND);
    if (!canManageVacancy(locked, actor)) throw forbidden('Only the employer of this vacancy may change it.');
    locked.employer = await manager.getRepository(Employer).findOneByOrFail({ id: locked.employerId });
    return locked;
  }

  private async isInvolved(vacancyId: string, actor: AuthenticatedUser): Promise<boolean> {
    if (actor.role !== 'seeker') return false;
    const [involvement] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM application WHERE vacancy_id = $1 AND seeker_user_id = $2)
           OR EXISTS (SELECT 1 FROM invitation WHERE vacancy_id = $1 AND seeker_user_id = $2) AS involved`,
      [vacancyId, actor.id],
    );
    return involvement.involved;
  }

  private load(id: string): Promise<Vacancy> {
    return this.dataSource.getRepository(Vacancy).findOneOrFail({ where: { id }, relations: { employer: true } });
  }

  private async recordEvent(
    manager: EntityManager,
    vacancyId: string,
    actor: AuthenticatedUser,
    action: VacancyEventAction,
    details: { fromStatus?: VacancyStatus; toStatus?: VacancyStatus; changes?: FieldChanges },
  ) {
    await manager.getRepository(VacancyEvent).insert({
      vacancyId,
      actorUserId: actor.id,
      actorRole: actor.role,
      action,
      fromStatus: details.fromStatus ?? null,
      toStatus: details.toStatus ?? null,
      changes: (details.changes ?? {}) as object,
    });
  }
}

/** Fields whose stored value would change, with old and new value (the taxonomy version is bookkeeping). */
function changedFields(current: Vacancy, columns: VacancyColumns): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, value] of Object.entries(columns)) {
    if (field === 'taxonomyVersion') continue;
    const before = current[field as keyof Vacancy];
    if (JSON.stringify(before) !== JSON.stringify(value)) changes[field] = { from: before ?? null, to: value ?? null };
  }
  return changes;
}
