import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { CaseActionsService } from '../caseload/case-actions.service';
import { CaseFilesService } from '../caseload/case-files.service';
import { ResidentsService } from '../caseload/residents.service';
import { addDays, amsterdamDate } from '../common/dates';
import { conflict, forbidden, notFound, unprocessable } from '../common/problem';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { User } from '../users/user.entity';
import { AppointmentNotices } from './appointment-notices';
import { Appointment, FINAL_APPOINTMENT_STATUSES } from './appointment.entity';
import { CreateAppointmentRequest, UpdateAppointmentRequest } from './dto/appointment.request';
import { AppointmentsQuery } from './dto/appointments.query';

const MAX_DURATION_MS = 8 * 3600_000;
/** Working days are not modelled: two calendar days gives the caseworker room to call back. */
const NO_SHOW_FOLLOW_UP_DAYS = 2;

/** Appointments between a caseworker and a resident: planned by the caseworker, confirmed by the resident. */
@Injectable()
export class AppointmentsService {
  constructor(
    @InjectRepository(Appointment) private readonly appointments: Repository<Appointment>,
    private readonly residents: ResidentsService,
    private readonly caseFiles: CaseFilesService,
    private readonly caseActions: CaseActionsService,
    private readonly notices: AppointmentNotices,
  ) {}

  async plan(actor: AuthenticatedUser, request: CreateAppointmentRequest): Promise<Appointment> {
    const resident = await this.residents.find(request.seekerId);
    if (!resident || !this.residents.isCaseworkerOf(actor, resident)) throw unprocessable('seekerId', 'is not a resident of your municipality');
    const { startsAt, endsAt } = checkedTimes(request.startsAt, request.endsAt);
    const appointment = await this.appointments.manager.transaction(async (manager) => {
      await this.caseFiles.ensure(manager, resident);
      const repository = manager.getRepository(Appointment);
      const saved = await repository.save(
        repository.create({
          seekerId: resident.id,
          caseworkerId: actor.id,
          municipalityCode: resident.municipalityCode!,
          startsAt,
          endsAt,
          mode: request.mode,
          location: request.location ?? null,
          videoUrl: request.videoUrl ?? null,
          purpose: request.purpose,
        }),
      );
      await this.notices.planned(manager, saved);
      return saved;
    });
    return this.get(appointment.id);
  }

  async list(actor: AuthenticatedUser, query: AppointmentsQuery): Promise<{ items: Appointment[]; total: number }> {
    const builder = this.withPeople()
      .orderBy('appointment.startsAt', 'ASC')
      .addOrderBy('appointment.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (actor.role === 'seeker') {
      builder.where('appointment.seekerId = :me', { me: actor.id });
    } else {
      builder.where('appointment.municipalityCode = :municipalityCode', { municipalityCode: actor.municipalityCode });
      if (query.seekerId) builder.andWhere('appointment.seekerId = :seekerId', { seekerId: query.seekerId });
      if (query.mine) builder.andWhere('appointment.caseworkerId = :me', { me: actor.id });
    }
    if (query.status) builder.andWhere('appointment.status = :status', { status: query.status });
    if (query.from) builder.andWhere(`appointment.startsAt >= (:from::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`, { from: query.from });
    if (query.to) builder.andWhere(`appointment.startsAt < ((:to::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`, { to: query.to });
    const [items, total] = await builder.getManyAndCount();
    return { items, total };
  }

  async update(actor: AuthenticatedUser, id: string, request: UpdateAppointmentRequest): Promise<Appointment> {
    await this.appointments.manager.transaction(async (manager) => {
      const appointment = await manager.getRepository(Appointment).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!appointment || !this.canSee(actor, appointment)) throw notFound('The appointment');
      if (FINAL_APPOINTMENT_STATUSES.includes(appointment.status)) throw conflict(`The appointment is already ${appointment.status}.`, 'status');
      if (actor.role === 'seeker') await this.confirm(manager, appointment, request);
      else if (request.status === undefined) await this.move(manager, appointment, request);
      else await this.recordOutcome(manager, appointment, request);
    });
    return this.get(id);
  }

  private async confirm(manager: EntityManager, appointment: Appointment, request: UpdateAppointmentRequest) {
    if (request.status !== 'confirmed') throw forbidden('Residents can only confirm an appointment.');
    if (appointment.status === 'confirmed') throw conflict('The appointment is already confirmed.', 'status');
    await manager.getRepository(Appointment).update(appointment.id, { status: 'confirmed', confirmedAt: new Date() });
  }

  /** A new time needs a new confirmation; the resident hears of it and the reminders move along. */
  private async move(manager: EntityManager, appointment: Appointment, request: UpdateAppointmentRequest) {
    const { startsAt, endsAt } = checkedTimes(request.startsAt!, request.endsAt!);
    await manager.getRepository(Appointment).update(appointment.id, { startsAt, endsAt, status: 'planned', confirmedAt: null });
    await this.notices.moved(manager, appointment.startsAt, { ...appointment, startsAt });
  }

  private async recordOutcome(manager: EntityManager, appointment: Appointment, request: UpdateAppointmentRequest) {
    if (request.startsAt !== undefined || request.endsAt !== undefined) throw unprocessable('startsAt', 'move an appointment without a status change');
    if (request.status === 'confirmed') throw forbidden('Only the resident confirms an appointment.');
    const now = new Date();
    if (request.status !== 'cancelled' && appointment.startsAt > now) throw unprocessable('status', 'the appointment has not started yet');
    await manager.getRepository(Appointment).update(appointment.id, {
      status: request.status,
      outcomeRecordedAt: now,
      cancellationReason: request.cancellationReason ?? null,
    });
    const resident = { id: appointment.seekerId, municipalityCode: appointment.municipalityCode };
    if (request.status === 'attended') await this.caseFiles.recordContact(manager, resident, appointment.startsAt);
    if (request.status === 'cancelled') await this.notices.cancelled(manager, appointment, request.cancellationReason!);
    if (request.status === 'no-show') {
      await this.caseActions.add(manager, appointment.seekerId, {
        kind: 'no-show-follow-up',
        description: `Niet verschenen op de afspraak van ${amsterdamDate(appointment.startsAt)} (${appointment.purpose}): contact opnemen.`.slice(0, 500),
        dueDate: addDays(amsterdamDate(now), NO_SHOW_FOLLOW_UP_DAYS),
        sourceId: appointment.id,
      });
      const seeker = await manager.getRepository(User).findOneOrFail({ where: { id: appointment.seekerId }, select: { id: true, displayName: true } });
      await this.notices.missed(manager, appointment, seeker.displayName);
    }
  }

  private canSee(actor: AuthenticatedUser, appointment: Appointment): boolean {
    if (actor.role === 'seeker') return appointment.seekerId === actor.id;
    return actor.role === 'caseworker' && actor.municipalityCode === appointment.municipalityCode;
  }

  /** All of a resident's appointments, oldest first. */
  ofResident(seekerId: string): Promise<Appointment[]> {
    return this.withPeople().where('appointment.seekerId = :seekerId', { seekerId }).orderBy('appointment.startsAt', 'ASC').getMany();
  }

  private async get(id: string): Promise<Appointment> {
    return this.withPeople().where('appointment.id = :id', { id }).getOneOrFail();
  }

  private withPeople(): SelectQueryBuilder<Appointment> {
    return this.appointments.createQueryBuilder('appointment').innerJoinAndSelect('appointment.seeker', 'seeker').innerJoinAndSelect('appointment.caseworker', 'caseworker');
  }
}

/** Start and end of an appointment: in the future, in order, at most 8 hours long. */
function checkedTimes(start: string, end: string): { startsAt: Date; endsAt: Date } {
  const startsAt = new Date(start);
  const endsAt = new Date(end);
  if (startsAt.getTime() <= Date.now()) throw unprocessable('startsAt', 'lies in the past');
  if (endsAt <= startsAt) throw unprocessable('endsAt', 'must be after startsAt');
  if (endsAt.getTime() - startsAt.getTime() > MAX_DURATION_MS) throw unprocessable('endsAt', 'an appointment lasts at most 8 hours');
  return { startsAt, endsAt };
}
