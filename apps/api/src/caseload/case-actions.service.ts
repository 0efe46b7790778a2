import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { conflict, notFound } from '../common/problem';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { CaseAction, CaseActionKind } from './case-action.entity';
import { ResidentsService } from './residents.service';

export interface NewCaseAction {
  kind: CaseActionKind;
  description: string;
  dueDate: string;
  sourceId?: string;
}

/** Follow-up actions on a resident's case: from missed appointments, check-ins, or added by hand. */
@Injectable()
export class CaseActionsService {
  constructor(
    @InjectRepository(CaseAction) private readonly actions: Repository<CaseAction>,
    private readonly residents: ResidentsService,
  ) {}

  /** Within the caller's transaction: the action commits with what caused it. */
  async add(manager: EntityManager, seekerId: string, action: NewCaseAction): Promise<CaseAction> {
    const repository = manager.getRepository(CaseAction);
    return repository.save(repository.create({ seekerId, ...action, sourceId: action.sourceId ?? null }));
  }

  async create(actor: AuthenticatedUser, seekerId: string, action: Omit<NewCaseAction, 'kind'>): Promise<CaseAction> {
    await this.residents.forCaseworker(actor, seekerId);
    return this.add(this.actions.manager, seekerId, { ...action, kind: 'task' });
  }

  async list(actor: AuthenticatedUser, seekerId: string): Promise<CaseAction[]> {
    await this.residents.forCaseworker(actor, seekerId);
    return this.actions.find({ where: { seekerId }, order: { doneAt: { direction: 'DESC', nulls: 'FIRST' }, dueDate: 'ASC' } });
  }

  async markDone(actor: AuthenticatedUser, seekerId: string, actionId: string): Promise<CaseAction> {
    await this.residents.forCaseworker(actor, seekerId);
    const done = await this.actions.update({ id: actionId, seekerId, doneAt: IsNull() }, { doneAt: new Date(), doneByUserId: actor.id });
    const action = await this.actions.findOne({ where: { id: actionId, seekerId } });
    if (!action) throw notFound('The action');
    if (!done.affected) throw conflict('The action is already done.');
    return action;
  }
}
