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

  async list(filter: { subjectType?: string; subjectId?: string; action?: string }, page: number, pageSize: number) {
    const [items, total] = await this.events.findAndCount({
      where: { subjectType: filter.subjectType, subjectId: filter.subjectId, action: filter.action },
      order: { id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total };
  }
}
