import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CaseFilesService } from '../caseload/case-files.service';
import { ResidentsService } from '../caseload/residents.service';
import { conflict, notFound } from '../common/problem';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { IntakeRequest } from './dto/intake.request';
import { IntakeCipher } from './intake-cipher';
import { IntakeContent } from './intake-content';
import { Intake } from './intake.entity';

export const DEFAULT_WRITE_PURPOSE = 'intake vastleggen';

export interface OpenedIntake {
  intake: Intake;
  content: IntakeContent;
}

/** Binds the sealed content to its resident. */
const associatedData = (seekerId: string) => `intake:${seekerId}`;

/** The broad intake: only caseworkers of the resident's municipality read or write it, and every read and write is audited. */
@Injectable()
export class IntakesService {
  constructor(
    @InjectRepository(Intake) private readonly intakes: Repository<Intake>,
    private readonly residents: ResidentsService,
    private readonly caseFiles: CaseFilesService,
    private readonly cipher: IntakeCipher,
    private readonly audit: AuditService,
  ) {}

  async read(actor: AuthenticatedUser, seekerId: string, purpose: string): Promise<OpenedIntake> {
    const resident = await this.residents.forCaseworker(actor, seekerId);
    const intake = await this.intakes.findOne({ where: { seekerId } });
    if (!intake?.sealedContent) throw notFound('The intake');
    const content = this.open(intake);
    // Recorded before anything is returned: no read without its audit row.
    await this.audit.record(actor, { action: 'intake.read', subjectType: 'seeker', subjectId: seekerId, municipalityCode: resident.municipalityCode, purpose });
    return { intake, content };
  }

  async write(actor: AuthenticatedUser, seekerId: string, request: IntakeRequest, purpose = DEFAULT_WRITE_PURPOSE): Promise<OpenedIntake> {
    return this.intakes.manager.transaction(async (manager) => {
      const resident = await this.residents.forCaseworker(actor, seekerId, manager);
      await this.caseFiles.lock(manager, resident);
      const repository = manager.getRepository(Intake);
      const existing = await repository.findOne({ where: { seekerId } });
      if (existing?.status === 'final' && request.status === 'draft') throw conflict('A final intake cannot go back to draft.', 'status');
      const content = contentOf(request);
      const now = new Date();
      const becomesFinal = request.status === 'final' && !existing?.completedAt;
      await repository.save(
        repository.create({
          seekerId,
          municipalityCode: resident.municipalityCode!,
          segment: request.segment ?? null,
          status: request.status,
          sealedContent: this.cipher.seal(content, associatedData(seekerId)),
          completedAt: existing?.completedAt ?? (becomesFinal ? now : null),
          updatedByUserId: actor.id,
        }),
      );
      const intake = await repository.findOneByOrFail({ seekerId });
      const openPlanSteps = content.actionPlan.filter((step) => !step.done).length;
      await this.caseFiles.apply(manager, resident, request.status === 'final' ? 'intake-final' : 'intake-draft', { segment: intake.segment, openPlanSteps });
      if (becomesFinal) await this.caseFiles.recordContact(manager, resident, now);
      await this.audit.record(
        actor,
        { action: 'intake.recorded', subjectType: 'seeker', subjectId: seekerId, municipalityCode: resident.municipalityCode, purpose, details: { status: intake.status } },
        manager,
      );
      return { intake, content };
    });
  }

  /** Decrypts the sensitive content; callers audit the read. */
  open(intake: Intake): IntakeContent {
    return this.cipher.open<IntakeContent>(intake.sealedContent!, associatedData(intake.seekerId));
  }
}

function contentOf(request: IntakeRequest): IntakeContent {
  return {
    supportNeeds: (request.supportNeeds ?? []).map((need) => ({
      area: need.area,
      description: need.description ?? '',
      referral: need.referral ?? null,
      referralStatus: need.referralStatus,
    })),
    actionPlan: (request.actionPlan ?? []).map(({ description, dueDate, done }) => ({ description, dueDate, done })),
    notes: request.notes ?? '',
  };
}
