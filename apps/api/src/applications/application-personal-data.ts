import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { PersonalDataHolder } from '../privacy/personal-data';
import { User } from '../users/user.entity';
import { ApplicationResponse } from './dto/application.response';
import { ApplicationEvent } from './application-event.entity';
import { Application } from './application.entity';
import type { LoadedApplication } from './applications.service';

@Injectable()
export class ApplicationPersonalData implements PersonalDataHolder {
  readonly section = 'applications';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** As the resident sees them in the app. */
  async exportFor(seekerId: string): Promise<ApplicationResponse[]> {
    const resident = await this.dataSource.getRepository(User).findOneByOrFail({ id: seekerId });
    const applications = (await this.dataSource.getRepository(Application).find({
      where: { seekerUserId: seekerId },
      relations: { vacancy: { employer: true }, seekerUser: true },
      order: { createdAt: 'ASC' },
    })) as LoadedApplication[];
    const events = applications.length
      ? await this.dataSource.getRepository(ApplicationEvent).find({ where: { applicationId: In(applications.map((a) => a.id)) }, order: { id: 'ASC' } })
      : [];
    const reader = { role: 'seeker', id: seekerId, language: resident.language };
    return applications.map((application) => ApplicationResponse.of(application, events.filter((event) => event.applicationId === application.id), reader));
  }

  /** The motivation and the notes on each step go; vacancy, status and dates stay for the statistics. The name goes with the account. */
  async erase(manager: EntityManager, seekerId: string): Promise<void> {
    const applications = manager.getRepository(Application);
    await applications.update({ seekerUserId: seekerId }, { motivation: null });
    const ids = (await applications.find({ where: { seekerUserId: seekerId }, select: { id: true } })).map((application) => application.id);
    if (ids.length > 0) await manager.getRepository(ApplicationEvent).update({ applicationId: In(ids) }, { note: null });
  }
}
