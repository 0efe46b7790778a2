import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { forbidden, notFound } from '../common/problem';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { User } from '../users/user.entity';
import { ConsentEvent } from './consent-event.entity';
import { UpdateSeekerProfileRequest } from './dto/seeker-profile.request';
import { ProfileView } from './dto/seeker-profile.response';
import { SeekerAccess } from './seeker-access';
import { applyProfileChanges, emptyProfile } from './seeker-profile-input';
import { SeekerProfile } from './seeker-profile.entity';

const NOT_FOUND = 'The seeker';

export interface ProfileForReader {
  user: User;
  profile: SeekerProfile;
  view: ProfileView;
}

@Injectable()
export class SeekersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: SeekerAccess,
  ) {}

  /** 'me' is the signed-in seeker. */
  resolveId(seekerId: string, actor: AuthenticatedUser): string {
    if (seekerId !== 'me') return seekerId.toLowerCase();
    if (actor.role !== 'seeker') throw notFound(NOT_FOUND);
    return actor.id;
  }

  async get(seekerId: string, actor: AuthenticatedUser): Promise<ProfileForReader> {
    const user = await this.seeker(seekerId);
    const profile = (await this.dataSource.getRepository(SeekerProfile).findOneBy({ userId: user.id })) ?? emptyProfile(user.id);
    const view = await this.access.viewFor(user, profile.visibility, actor);
    if (!view) throw notFound(NOT_FOUND);
    return { user, profile, view };
  }

  /** The seeker itself or a caseworker of its municipality; a visibility change is written to the consent log in the same transaction. */
  async update(seekerId: string, request: UpdateSeekerProfileRequest, actor: AuthenticatedUser): Promise<ProfileForReader> {
    const user = await this.seeker(seekerId);
    if (!this.access.isOwnerOrCaseworker(user, actor)) throw notFound(NOT_FOUND);
    await this.dataSource.transaction(async (manager) => {
      const current = await this.lockProfile(manager, user.id);
      const changes = applyProfileChanges(current, request, actor);
      await manager.getRepository(SeekerProfile).update(user.id, changes);
      if (changes.visibility !== undefined && changes.visibility !== current.visibility) {
        await manager.getRepository(ConsentEvent).insert({
          seekerUserId: user.id,
          actorUserId: actor.id,
          actorRole: actor.role,
          subject: 'visibility',
          fromValue: current.visibility,
          toValue: changes.visibility,
        });
      }
    });
    return this.get(user.id, actor);
  }

  async consentEvents(seekerId: string, actor: AuthenticatedUser): Promise<ConsentEvent[]> {
    const user = await this.seeker(seekerId);
    if (!this.access.isOwnerOrCaseworker(user, actor)) {
      if ((await this.access.viewFor(user, 'hidden', actor)) === null) throw notFound(NOT_FOUND);
      throw forbidden('Only the seeker and its caseworkers see the consent log.');
    }
    return this.dataSource.getRepository(ConsentEvent).find({ where: { seekerUserId: user.id }, order: { id: 'ASC' } });
  }

  private async seeker(id: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id, role: 'seeker' });
    if (!user) throw notFound(NOT_FOUND);
    return user;
  }

  /** The stored profile, created empty first if needed, locked for this transaction. */
  private async lockProfile(manager: EntityManager, userId: string): Promise<SeekerProfile> {
    const repository = manager.getRepository(SeekerProfile);
    await repository.createQueryBuilder().insert().values({ ...emptyProfile(userId) }).orIgnore().execute();
    return repository.findOneOrFail({ where: { userId }, lock: { mode: 'pessimistic_write' } });
  }
}
