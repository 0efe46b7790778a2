import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { PersonalDataHolder } from '../privacy/personal-data';
import { CaseAction } from './case-action.entity';
import { CaseFile } from './case-file.entity';
import { CaseFilesService } from './case-files.service';
import { CaseActionResponse } from './dto/case-action.dto';

@Injectable()
export class CasePersonalData implements PersonalDataHolder {
  readonly section = 'caseFile';

  constructor(
    @InjectRepository(CaseFile) private readonly caseFiles: Repository<CaseFile>,
    @InjectRepository(CaseAction) private readonly actions: Repository<CaseAction>,
    private readonly service: CaseFilesService,
  ) {}

  async exportFor(seekerId: string) {
    const caseFile = await this.caseFiles.findOne({ where: { seekerId }, relations: { caseworker: true } });
    if (!caseFile) return null;
    const actions = await this.actions.find({ where: { seekerId }, order: { createdAt: 'ASC' } });
    return {
      caseworker: caseFile.caseworker ? { id: caseFile.caseworker.id, displayName: caseFile.caseworker.displayName } : null,
      segment: caseFile.segment,
      status: caseFile.status,
      lastContactAt: caseFile.lastContactAt?.toISOString() ?? null,
      createdAt: caseFile.createdAt.toISOString(),
      actions: actions.map(CaseActionResponse.of),
    };
  }

  /** The case is closed; segment and dates stay for the statistics, the follow-up actions (free text) go. */
  async erase(manager: EntityManager, seekerId: string): Promise<void> {
    const caseFile = await manager.getRepository(CaseFile).findOne({ where: { seekerId } });
    if (caseFile) await this.service.apply(manager, { id: seekerId, municipalityCode: caseFile.municipalityCode }, 'erased', { openPlanSteps: 0 });
    await manager.getRepository(CaseAction).delete({ seekerId });
  }
}
