import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { PersonalDataHolder } from '../privacy/personal-data';
import { IntakeResponse } from './dto/intake.response';
import { Intake } from './intake.entity';
import { IntakesService } from './intakes.service';

@Injectable()
export class IntakePersonalData implements PersonalDataHolder {
  readonly section = 'intake';

  constructor(
    @InjectRepository(Intake) private readonly intakes: Repository<Intake>,
    private readonly service: IntakesService,
  ) {}

  async exportFor(seekerId: string): Promise<IntakeResponse | null> {
    const intake = await this.intakes.findOne({ where: { seekerId } });
    return intake?.sealedContent ? IntakeResponse.of(intake, this.service.open(intake)) : null;
  }

  /** The sensitive content goes; segment, status and dates stay for the statistics. */
  async erase(manager: EntityManager, seekerId: string): Promise<void> {
    await manager.getRepository(Intake).update({ seekerId }, { sealedContent: null });
  }
}
