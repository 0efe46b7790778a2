import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { notFound } from '../common/problem';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { User } from '../users/user.entity';

/** Who may see which resident (seekerId = the resident's user id). Unknown and forbidden look alike: 404. */
@Injectable()
export class ResidentsService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** A resident whose personal data still exists. */
  async find(seekerId: string, manager?: EntityManager): Promise<User | null> {
    const users = manager ? manager.getRepository(User) : this.users;
    return users.findOne({ where: { id: seekerId, role: 'seeker', anonymisedAt: IsNull() } });
  }

  isCaseworkerOf(actor: AuthenticatedUser, resident: Pick<User, 'municipalityCode'>): boolean {
    return actor.role === 'caseworker' && actor.municipalityCode !== null && actor.municipalityCode === resident.municipalityCode;
  }

  /** The resident, when the actor is a caseworker of the resident's municipality. */
  async forCaseworker(actor: AuthenticatedUser, seekerId: string, manager?: EntityManager): Promise<User> {
    const resident = await this.find(seekerId, manager);
    if (!resident || !this.isCaseworkerOf(actor, resident)) throw notFound('The resident');
    return resident;
  }

  /** The resident, for the resident themself, a caseworker of the municipality or an administrator. */
  async forCaseworkerSelfOrAdministrator(actor: AuthenticatedUser, seekerId: string): Promise<User> {
    const resident = await this.find(seekerId);
    const allowed = resident && (actor.role === 'administrator' || actor.id === resident.id || this.isCaseworkerOf(actor, resident));
    if (!allowed) throw notFound('The resident');
    return resident;
  }
}
