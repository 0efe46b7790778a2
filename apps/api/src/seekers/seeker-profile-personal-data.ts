import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PersonalDataHolder } from '../privacy/personal-data';
import { User } from '../users/user.entity';
import { SeekerProfileResponse } from './dto/seeker-profile.response';
import { SeekerProfile } from './seeker-profile.entity';

@Injectable()
export class SeekerProfilePersonalData implements PersonalDataHolder {
  readonly section = 'profile';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async exportFor(seekerId: string): Promise<SeekerProfileResponse | null> {
    const profile = await this.dataSource.getRepository(SeekerProfile).findOneBy({ userId: seekerId });
    if (!profile) return null;
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: seekerId });
    return SeekerProfileResponse.of(user, profile, 'full', user.language);
  }

  /**
   * Where the resident lives, worked and what holds them back go; the profile is hidden rather than deleted, so the
   * matching indexes (which follow updatedAt) drop it too.
   */
  async erase(manager: EntityManager, seekerId: string): Promise<void> {
    await manager.getRepository(SeekerProfile).update(
      { userId: seekerId },
      { visibility: 'hidden', postcode: null, latitude: null, longitude: null, experience: [], interests: [], availability: null, limitations: [], supportNeeded: [] },
    );
  }
}
