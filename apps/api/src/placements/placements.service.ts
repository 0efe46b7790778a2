import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, MoreThan, Not, Repository, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CaseFilesService } from '../caseload/case-files.service';
import { ResidentsService } from '../caseload/residents.service';
import { amsterdamDate } from '../common/dates';
import { conflict, notFound, unprocessable } from '../common/problem';
import { AppConfig } from '../config/app-config';
import { Application } from '../applications/application.entity';
import { Employer } from '../employers/employer.entity';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { Vacancy } from '../vacancies/vacancy.entity';
import { checkInSchedule } from './check-in-schedule';
import { CreatePlacementRequest, UpdatePlacementRequest } from './dto/placement.request';
import { PlacementsQuery } from './dto/placements.query';
import { PlacementCheckIn } from './placement-check-in.entity';
import { Placement, PlacementKind } from './placement.entity';

/**
 * Placements: caseworkers record and follow them for residents of their municipality; the employer sees its own,
 * the resident their own, administrators all.
 */
@Injectable()
export class PlacementsService {
  constructor(
    @InjectRepository(Placement) private readonly placements: Repository<Placement>,
    @InjectRepository(Employer) private readonly employers: Repository<Employer>,
    private readonly residents: ResidentsService,
    private readonly caseFiles: CaseFilesService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  countsAsOutflow(kind: PlacementKind, hoursPerWeek: number): boolean {
    return kind === 'regular' && hoursPerWeek >= this.config.outflowMinHoursPerWeek;
  }

  async create(actor: AuthenticatedUser, request: CreatePlacementRequest): Promise<Placement> {
    const { seekerId, employerId, kind, vacancyId } = await this.sourceOf(request);
    const resident = await this.residents.find(seekerId);
    if (!resident || !this.residents.isCaseworkerOf(actor, resident)) {
      throw request.applicationId ? unprocessable('applicationId', 'is not a hired application') : unprocessable('seekerId', 'is not a resident of your municipality');
    }
    if (!(await this.employers.exists({ where: { id: employerId, verificationStatus: 'verified' } }))) {
      throw unprocessable('employerId', 'is not a verified employer');
    }
    if (vacancyId !== null && !(await this.placements.manager.existsBy(Vacancy, { id: vacancyId, employerId }))) {
      throw unprocessable('vacancyId', "is not one of the employer's vacancies");
    }
    if (vacancyId !== null && (await this.placements.existsBy({ seekerId, vacancyId }))) {
      throw conflict('The resident already has a placement on this vacancy.', request.applicationId ? 'applicationId' : 'vacancyId');
    }
    const plannedEndDate = request.plannedEndDate ?? null;
    if (plannedEndDate !== null && plannedEndDate < request.startDate) throw unprocessable('plannedEndDate', 'lies before startDate');
    const id = await this.placements.manager.transaction(async (manager) => {
      await this.caseFiles.lock(manager, resident);
      const repository = manager.getRepository(Placement);
      const placement = await repository.save(
        repository.create({
          seekerId: resident.id,
          municipalityCode: resident.municipalityCode!,
          employerId,
          vacancyId,
          kind,
          startDate: request.startDate,
          plannedEndDate,
          hoursPerWeek: request.hoursPerWeek,
          wageCostSubsidy: request.wageCostSubsidy ?? false,
          jobCoach: request.jobCoach ?? false,
          countsAsOutflow: this.countsAsOutflow(kind, request.hoursPerWeek),
          createdByUserId: actor.id,
        }),
      );
      const schedule = checkInSchedule(placement.startDate, plannedEndDate).map((entry) => ({ placementId: placement.id, ...entry }));
      await manager.getRepository(PlacementCheckIn).insert(schedule);
      await this.caseFiles.apply(manager, resident, 'placement-started');
      await this.audit.record(
        actor,
        { action: 'placement.created', subjectType: 'seeker', subjectId: resident.id, municipalityCode: resident.municipalityCode, details: { placementId: placement.id, kind: placement.kind } },
        manager,
      );
      return placement.id;
    });
    return this.get(actor, id);
  }

  /** Who, where and what: from the hired application when given (fields given beside it must agree), else from the request. */
  private async sourceOf(request: CreatePlacementRequest): Promise<{ seekerId: string; employerId: string; kind: PlacementKind; vacancyId: string | null }> {
    if (request.applicationId === undefined) {
      return { seekerId: request.seekerId!, employerId: request.employerId!, kind: request.kind!, vacancyId: request.vacancyId ?? null };
    }
    const application = await this.placements.manager.findOne(Application, { where: { id: request.applicationId, status: 'hired' }, relations: { vacancy: true } });
    if (!application) throw unprocessable('applicationId', 'is not a hired application');
    const source = { seekerId: application.seekerUserId, employerId: application.vacancy.employerId, kind: application.vacancy.kind, vacancyId: application.vacancyId };
    for (const field of ['seekerId', 'employerId', 'kind', 'vacancyId'] as const) {
      const given = request[field];
      if (given !== undefined && given.toLowerCase() !== source[field].toLowerCase()) throw unprocessable(field, 'differs from the hired application');
    }
    return source;
  }

  async get(actor: AuthenticatedUser, id: string): Promise<Placement> {
    const placement = await this.visibleTo(actor).andWhere('placement.id = :id', { id }).getOne();
    if (!placement) throw notFound('The placement');
    return placement;
  }

  async list(actor: AuthenticatedUser, query: PlacementsQuery): Promise<{ items: Placement[]; total: number }> {
    const today = amsterdamDate();
    const builder = this.visibleTo(actor)
      .orderBy('placement.startDate', 'DESC')
      .addOrderBy('placement.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (query.seekerId) builder.andWhere('placement.seekerId = :seekerId', { seekerId: query.seekerId });
    if (query.employerId) builder.andWhere('placement.employerId = :employerId', { employerId: query.employerId });
    if (query.kind) builder.andWhere('placement.kind = :kind', { kind: query.kind });
    if (query.status === 'ended') builder.andWhere('placement.endedOn IS NOT NULL');
    if (query.status === 'active') builder.andWhere('placement.endedOn IS NULL AND placement.startDate <= :today', { today });
    if (query.status === 'planned') builder.andWhere('placement.endedOn IS NULL AND placement.startDate > :today', { today });
    if (query.checkInDue !== undefined) {
      const due = `placement.endedOn IS NULL AND EXISTS (SELECT 1 FROM placement_check_in due WHERE due.placement_id = placement.id AND due.completed_at IS NULL AND due.due_date <= :today)`;
      builder.andWhere(query.checkInDue ? due : `NOT (${due})`, { today });
    }
    const [items, total] = await builder.getManyAndCount();
    return { items, total };
  }

  async update(actor: AuthenticatedUser, id: string, request: UpdatePlacementRequest): Promise<Placement> {
    await this.placements.manager.transaction(async (manager) => {
      const placement = await this.lockForCaseworker(manager, actor, id);
      const plannedEndDate = request.plannedEndDate ?? placement.plannedEndDate;
      if (plannedEndDate !== null && plannedEndDate < placement.startDate) throw unprocessable('plannedEndDate', 'lies before startDate');
      if (request.endedOn !== undefined) {
        if (request.endedOn < placement.startDate) throw unprocessable('endedOn', 'lies before startDate');
        if (request.endedOn > amsterdamDate()) throw unprocessable('endedOn', 'lies in the future: set plannedEndDate instead');
      }
      const hoursPerWeek = request.hoursPerWeek ?? placement.hoursPerWeek;
      await manager.getRepository(Placement).update(id, {
        hoursPerWeek,
        plannedEndDate,
        wageCostSubsidy: request.wageCostSubsidy ?? placement.wageCostSubsidy,
        jobCoach: request.jobCoach ?? placement.jobCoach,
        countsAsOutflow: this.countsAsOutflow(placement.kind, hoursPerWeek),
        ...(request.endedOn !== undefined ? { endedOn: request.endedOn, endReason: request.endReason!, endNote: request.endNote ?? null } : {}),
      });
      if (request.endedOn !== undefined) await this.end(manager, actor, placement, request.endedOn);
    });
    return this.get(actor, id);
  }

  /** Locks a running placement of the caseworker's municipality for a change. */
  async lockForCaseworker(manager: EntityManager, actor: AuthenticatedUser, id: string): Promise<Placement> {
    const placement = await manager.getRepository(Placement).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!placement || !this.residents.isCaseworkerOf(actor, placement)) throw notFound('The placement');
    if (placement.endedOn) throw conflict(`The placement ended on ${placement.endedOn}.`);
    return placement;
  }

  /** All of a resident's placements, oldest first. */
  ofResident(seekerId: string): Promise<Placement[]> {
    return this.withDetails().where('placement.seekerId = :seekerId', { seekerId }).orderBy('placement.startDate', 'ASC').getMany();
  }

  private async end(manager: EntityManager, actor: AuthenticatedUser, placement: Placement, endedOn: string) {
    // Scheduled aftercare after the end no longer applies.
    await manager.getRepository(PlacementCheckIn).delete({ placementId: placement.id, completedAt: IsNull(), dueDate: MoreThan(endedOn) });
    const resident = { id: placement.seekerId, municipalityCode: placement.municipalityCode };
    const stillPlaced = await manager.getRepository(Placement).exists({ where: { seekerId: placement.seekerId, endedOn: IsNull(), id: Not(placement.id) } });
    if (!stillPlaced) await this.caseFiles.apply(manager, resident, 'placement-ended');
    await this.audit.record(
      actor,
      { action: 'placement.ended', subjectType: 'seeker', subjectId: placement.seekerId, municipalityCode: placement.municipalityCode, details: { placementId: placement.id } },
      manager,
    );
  }

  private visibleTo(actor: AuthenticatedUser): SelectQueryBuilder<Placement> {
    const builder = this.withDetails();
    if (actor.role === 'caseworker') return builder.where('placement.municipalityCode = :scope', { scope: actor.municipalityCode });
    if (actor.role === 'employer') return builder.where('placement.employerId = :scope', { scope: actor.employerId });
    if (actor.role === 'seeker') return builder.where('placement.seekerId = :scope', { scope: actor.id });
    return builder.where('TRUE');
  }

  private withDetails(): SelectQueryBuilder<Placement> {
    return this.placements
      .createQueryBuilder('placement')
      .innerJoinAndSelect('placement.seeker', 'seeker')
      .innerJoinAndSelect('placement.employer', 'employer')
      .leftJoinAndSelect('placement.checkIns', 'checkIn');
  }
}
