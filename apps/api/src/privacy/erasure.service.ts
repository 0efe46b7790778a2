import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { notFound } from '../common/problem';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { Session } from '../sessions/session.entity';
import { NO_PASSWORD } from '../users/password.service';
import { User } from '../users/user.entity';
import { PERSONAL_DATA_HOLDERS, PersonalDataHolder } from './personal-data';

export const ERASED_DISPLAY_NAME = 'Verwijderde inwoner';
export type ErasureReason = 'request' | 'retention';

/**
 * The right to erasure: the resident's personal data is removed or anonymised in one transaction; what the statistics
 * need (municipality, segment, placement kinds and dates, appointment outcomes) stays, tied to an anonymous account.
 */
@Injectable()
export class ErasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PERSONAL_DATA_HOLDERS) private readonly holders: PersonalDataHolder[],
    private readonly audit: AuditService,
  ) {}

  /** On request: by the resident themself or an administrator (the route admits no other role). */
  async eraseOnRequest(actor: AuthenticatedUser, seekerId: string): Promise<void> {
    if (actor.role !== 'administrator' && actor.id !== seekerId) throw notFound('The resident');
    await this.erase(actor, seekerId, 'request');
  }

  /** Throws 404 when there is no such resident, or the data was already erased. */
  async erase(actor: AuthenticatedUser | null, seekerId: string, reason: ErasureReason): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(User);
      const resident = await users.findOne({ where: { id: seekerId, role: 'seeker', anonymisedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (!resident) throw notFound('The resident');
      for (const holder of this.holders) await holder.erase(manager, seekerId);
      await users.update(seekerId, {
        email: `verwijderd-${seekerId}@meedoen.invalid`,
        displayName: ERASED_DISPLAY_NAME,
        passwordHash: NO_PASSWORD,
        lastSignInAt: null,
        retentionWarnedAt: null,
        anonymisedAt: new Date(),
      });
      await manager.getRepository(Session).update({ userId: seekerId, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.audit.record(
        actor,
        { action: 'seeker.erased', subjectType: 'seeker', subjectId: seekerId, municipalityCode: resident.municipalityCode, details: { reason } },
        manager,
      );
    });
  }
}
