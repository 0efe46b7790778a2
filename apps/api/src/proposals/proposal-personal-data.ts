import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PersonalDataHolder } from '../privacy/personal-data';
import { ProposalResponse } from './dto/proposal.dto';
import { Proposal } from './proposal.entity';
import type { LoadedProposal } from './proposals.service';

@Injectable()
export class ProposalPersonalData implements PersonalDataHolder {
  readonly section = 'proposals';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async exportFor(seekerId: string): Promise<ProposalResponse[]> {
    const proposals = (await this.dataSource.getRepository(Proposal).find({
      where: { seekerUserId: seekerId },
      relations: { vacancy: { employer: true }, seekerUser: true },
      order: { createdAt: 'ASC' },
    })) as LoadedProposal[];
    return proposals.map((proposal) => ProposalResponse.of(proposal));
  }

  /** The caseworker's note describes the resident, so it goes; vacancy, status and dates stay for the funnel. */
  async erase(manager: EntityManager, seekerId: string): Promise<void> {
    await manager.getRepository(Proposal).update({ seekerUserId: seekerId }, { note: '' });
  }
}
