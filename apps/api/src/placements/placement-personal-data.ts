import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { amsterdamDate } from '../common/dates';
import { PersonalDataHolder } from '../privacy/personal-data';
import { PlacementResponse } from './dto/placement.response';
import { PlacementCheckIn } from './placement-check-in.entity';
import { Placement } from './placement.entity';
import { PlacementsService } from './placements.service';

@Injectable()
export class PlacementPersonalData implements PersonalDataHolder {
  readonly section = 'placements';

  constructor(private readonly placements: PlacementsService) {}

  /** With the caseworker's notes: they are about the resident. */
  async exportFor(seekerId: string): Promise<PlacementResponse[]> {
    const today = amsterdamDate();
    return (await this.placements.ofResident(seekerId)).map((placement) => PlacementResponse.of(placement, today, true));
  }

  /** Free-text notes go; kind, employer, dates and hours stay for the outflow statistics. */
  async erase(manager: EntityManager, seekerId: string): Promise<void> {
    const placements = manager.getRepository(Placement);
    await placements.update({ seekerId }, { endNote: null });
    const ids = (await placements.find({ where: { seekerId }, select: { id: true } })).map((placement) => placement.id);
    if (ids.length > 0) await manager.getRepository(PlacementCheckIn).update({ placementId: In(ids) }, { note: null });
  }
}
