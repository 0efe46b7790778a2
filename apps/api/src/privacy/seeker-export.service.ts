import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { ResidentsService } from '../caseload/residents.service';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { User } from '../users/user.entity';
import { SeekerExportResponse } from './dto/seeker-export.response';
import { PERSONAL_DATA_HOLDERS, PersonalDataHolder } from './personal-data';

/** The right of access: the resident, a caseworker of the municipality or an administrator exports everything about the resident. */
@Injectable()
export class SeekerExportService {
  constructor(
    @Inject(PERSONAL_DATA_HOLDERS) private readonly holders: PersonalDataHolder[],
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly residents: ResidentsService,
    private readonly audit: AuditService,
  ) {}

  async export(actor: AuthenticatedUser, seekerId: string): Promise<SeekerExportResponse> {
    const resident = await this.residents.forCaseworkerSelfOrAdministrator(actor, seekerId);
    const sections = await Promise.all(this.holders.map(async (holder) => [holder.section, await holder.exportFor(seekerId)] as const));
    // Recorded first, so the export shows itself in the trail.
    await this.audit.record(actor, { action: 'seeker.exported', subjectType: 'seeker', subjectId: seekerId, municipalityCode: resident.municipalityCode });
    return {
      exportedAt: new Date().toISOString(),
      account: {
        id: resident.id,
        email: resident.email,
        displayName: resident.displayName,
        municipalityCode: resident.municipalityCode,
        language: resident.language,
        createdAt: resident.createdAt.toISOString(),
        lastSignInAt: resident.lastSignInAt?.toISOString() ?? null,
      },
      data: Object.fromEntries(sections),
      auditTrail: await this.auditTrail(seekerId),
    };
  }

  private async auditTrail(seekerId: string) {
    const events = await this.events.find({
      where: [{ subjectType: 'seeker', subjectId: seekerId }, { subjectType: 'user', subjectId: seekerId }],
      order: { id: 'ASC' },
    });
    const actorIds = [...new Set(events.map((event) => event.actorUserId).filter((id): id is string => id !== null))];
    const actors = new Map((await this.users.find({ where: { id: In(actorIds) }, select: { id: true, displayName: true } })).map((user) => [user.id, user.displayName]));
    return events.map((event) => ({
      occurredAt: event.occurredAt.toISOString(),
      action: event.action,
      actor: event.actorUserId ? { id: event.actorUserId, role: event.actorRole, displayName: actors.get(event.actorUserId) ?? null } : null,
      purpose: event.purpose,
    }));
  }
}
