import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseActionsService } from '../caseload/case-actions.service';
import { CaseFilesService } from '../caseload/case-files.service';
import { addDays, amsterdamDate } from '../common/dates';
import { conflict, ProblemException, unprocessable } from '../common/problem';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { CheckInRequest } from './dto/check-in.request';
import { PlacementCheckIn } from './placement-check-in.entity';
import { PlacementsService } from './placements.service';

const AT_RISK_FOLLOW_UP_DAYS = 2;

/** Aftercare: how a running placement goes, scheduled or in between. */
@Injectable()
export class CheckInsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly placements: PlacementsService,
    private readonly caseFiles: CaseFilesService,
    private readonly caseActions: CaseActionsService,
  ) {}

  async record(actor: AuthenticatedUser, placementId: string, request: CheckInRequest): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const placement = await this.placements.lockForCaseworker(manager, actor, placementId);
      const today = amsterdamDate();
      if (placement.startDate > today) throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, `The placement starts on ${placement.startDate}: no check-ins before.`);
      const checkIns = manager.getRepository(PlacementCheckIn);
      const now = new Date();
      const result = { completedAt: now, outcome: request.outcome, note: request.note ?? null, recordedByUserId: actor.id };
      if (request.milestone) {
        const scheduled = await checkIns.findOne({ where: { placementId, milestone: request.milestone } });
        if (!scheduled) throw unprocessable('milestone', 'is not scheduled for this placement');
        if (scheduled.completedAt) throw conflict(`The ${request.milestone} check-in was already recorded.`, 'milestone');
        await checkIns.update(scheduled.id, result);
      } else {
        await checkIns.insert({ placementId, milestone: 'extra', dueDate: null, ...result });
      }
      await this.caseFiles.recordContact(manager, { id: placement.seekerId, municipalityCode: placement.municipalityCode }, now);
      if (request.outcome === 'at-risk') {
        await this.caseActions.add(manager, placement.seekerId, {
          kind: 'check-in-follow-up',
          description: 'De plaatsing loopt risico volgens de nazorg: afspraak maken met inwoner en werkgever.',
          dueDate: addDays(today, AT_RISK_FOLLOW_UP_DAYS),
          sourceId: placement.id,
        });
      }
    });
  }
}
