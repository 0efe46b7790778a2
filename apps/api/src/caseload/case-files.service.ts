import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { unprocessable } from '../common/problem';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { User } from '../users/user.entity';
import { CaseFile, CaseStatus } from './case-file.entity';
import { ResidentsService } from './residents.service';

export type CaseEvent = 'intake-draft' | 'intake-final' | 'placement-started' | 'placement-ended' | 'erased';

/** How a case moves on; an event that does not apply to the current status leaves it as it is. */
const TRANSITIONS: Record<CaseEvent, Partial<Record<CaseStatus, CaseStatus>>> = {
  'intake-draft': { new: 'intake' },
  'intake-final': { new: 'active', intake: 'active' },
  'placement-started': { new: 'placed', intake: 'placed', active: 'placed', closed: 'placed' },
  'placement-ended': { placed: 'active' },
  erased: { new: 'closed', intake: 'closed', active: 'closed', placed: 'closed' },
};

/** The state of each resident's case: assignment, segment, status and last contact. */
@Injectable()
export class CaseFilesService {
  constructor(
    @InjectRepository(CaseFile) private readonly caseFiles: Repository<CaseFile>,
    private readonly residents: ResidentsService,
    private readonly audit: AuditService,
  ) {}

  /** The resident's case file, created on first need. */
  async ensure(manager: EntityManager, resident: Pick<User, 'id' | 'municipalityCode'>): Promise<CaseFile> {
    const repository = manager.getRepository(CaseFile);
    await repository.createQueryBuilder().insert().values({ seekerId: resident.id, municipalityCode: resident.municipalityCode! }).orIgnore().execute();
    return repository.findOneOrFail({ where: { seekerId: resident.id } });
  }

  /** Ensures and locks the case file until the transaction ends: serialises changes to one resident's case. */
  async lock(manager: EntityManager, resident: Pick<User, 'id' | 'municipalityCode'>): Promise<CaseFile> {
    await this.ensure(manager, resident);
    return manager.getRepository(CaseFile).findOneOrFail({ where: { seekerId: resident.id }, lock: { mode: 'pessimistic_write' } });
  }

  async assign(actor: AuthenticatedUser, seekerId: string, caseworkerId: string): Promise<void> {
    await this.caseFiles.manager.transaction(async (manager) => {
      const resident = await this.residents.forCaseworker(actor, seekerId, manager);
      const caseworker = await manager.getRepository(User).findOne({ where: { id: caseworkerId, role: 'caseworker' } });
      if (!caseworker || caseworker.municipalityCode !== resident.municipalityCode) {
        throw unprocessable('caseworkerId', "is not a caseworker of the resident's municipality");
      }
      const caseFile = await this.lock(manager, resident);
      await manager.getRepository(CaseFile).update(seekerId, { caseworkerId });
      await this.audit.record(
        actor,
        {
          action: 'case.assigned',
          subjectType: 'seeker',
          subjectId: seekerId,
          municipalityCode: resident.municipalityCode,
          details: { fromCaseworkerId: caseFile.caseworkerId, toCaseworkerId: caseworkerId },
        },
        manager,
      );
    });
  }

  /** Moves the case on after something happened, e.g. a placement started. */
  async apply(manager: EntityManager, resident: Pick<User, 'id' | 'municipalityCode'>, event: CaseEvent, changes: Partial<Pick<CaseFile, 'segment' | 'openPlanSteps'>> = {}) {
    const caseFile = await this.ensure(manager, resident);
    const status = TRANSITIONS[event][caseFile.status] ?? caseFile.status;
    await manager.getRepository(CaseFile).update(resident.id, { status, ...changes });
  }

  /** A conversation took place: the latest one counts. */
  async recordContact(manager: EntityManager, resident: Pick<User, 'id' | 'municipalityCode'>, at: Date) {
    await this.ensure(manager, resident);
    await manager
      .getRepository(CaseFile)
      .createQueryBuilder()
      .update()
      .set({ lastContactAt: () => 'greatest(last_contact_at, :at)' })
      .setParameter('at', at)
      .where('seeker_id = :id', { id: resident.id })
      .execute();
  }
}
