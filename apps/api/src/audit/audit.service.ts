import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId: string;
  municipalityCode?: string | null;
  purpose?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditFilter {
  subjectType?: string;
  subjectId?: string;
  action?: string;
  actorUserId?: string;
  municipalityCode?: string;
  /** Amsterdam days, both inclusive. */
  from?: string;
  to?: string;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** Writes within the caller's transaction when one is given, so the audit row and the change commit together. */
  async record(actor: AuthenticatedUser | null, entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditEvent) : this.events;
    await repository.insert({
      actorUserId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      municipalityCode: entry.municipalityCode ?? null,
      purpose: entry.purpose ?? null,
      details: (entry.details ?? {}) as object,
    });
  }

  async list(filter: AuditFilter, page: number, pageSize: number) {
    const builder = this.events
      .createQueryBuilder('event')
      .orderBy('event.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    for (const field of ['subjectType', 'subjectId', 'action', 'actorUserId', 'municipalityCode'] as const) {
      if (filter[field] !== undefined) builder.andWhere(`event.${field} = :${field}`, { [field]: filter[field] });
    }
    if (filter.from) builder.andWhere(`event.occurredAt >= (:from::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`, { from: filter.from });
    if (filter.to) builder.andWhere(`event.occurredAt < ((:to::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`, { to: filter.to });
    const [items, total] = await builder.getManyAndCount();
    return { items, total };
  }
}
