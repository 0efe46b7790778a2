import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import type { User } from '../users/user.entity';
import type { ProfileView } from './dto/seeker-profile.response';
import type { SeekerVisibility } from './seeker-profile.entity';

/** Decides, per reader, which view of a seeker's profile it gets; null means none (answered as 404). */
@Injectable()
export class SeekerAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async viewFor(seeker: User, visibility: SeekerVisibility, actor: AuthenticatedUser): Promise<ProfileView | null> {
    if (this.isOwnerOrCaseworker(seeker, actor)) return 'full';
    if (actor.role !== 'employer' || !actor.employerId) return null;
    if (await this.sharedIdentityWith(seeker.id, actor.employerId)) return 'identified';
    return visibility === 'employers-anonymous' ? 'anonymous' : null;
  }

  /** The seeker itself, or a caseworker of the seeker's municipality. */
  isOwnerOrCaseworker(seeker: User, actor: AuthenticatedUser): boolean {
    if (actor.role === 'seeker') return actor.id === seeker.id;
    return actor.role === 'caseworker' && actor.municipalityCode !== null && actor.municipalityCode === seeker.municipalityCode;
  }

  /** The seeker applied to one of the employer's vacancies (directly or by accepting an invitation). */
  async sharedIdentityWith(seekerId: string, employerId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM application a JOIN vacancy v ON v.id = a.vacancy_id WHERE a.seeker_user_id = $1 AND v.employer_id = $2) AS shared`,
      [seekerId, employerId],
    );
    return row.shared;
  }
}
