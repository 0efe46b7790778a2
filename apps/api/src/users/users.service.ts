import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Not, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { badRequest, notFound } from '../common/problem';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { Session } from '../sessions/session.entity';
import { ChangePasswordRequest } from './dto/change-password.request';
import { UpdateMeRequest } from './dto/update-me.request';
import { PasswordService } from './password.service';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<User> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw notFound('The user');
    return user;
  }

  async update(id: string, changes: UpdateMeRequest): Promise<User> {
    if (Object.keys(changes).length > 0) await this.users.update(id, changes);
    return this.get(id);
  }

  /** A new password ends every other session of the user: whoever knew the old one is signed out. */
  async changePassword(user: AuthenticatedUser, request: ChangePasswordRequest): Promise<void> {
    const stored = await this.get(user.id);
    if (!(await this.passwords.verify(stored.passwordHash, request.currentPassword))) {
      throw badRequest('currentPassword', 'is not your current password');
    }
    const weakness = this.passwords.weakness(request.newPassword, stored.email);
    if (weakness) throw badRequest('newPassword', weakness);
    const passwordHash = await this.passwords.hash(request.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(User).update(user.id, { passwordHash });
      await manager.getRepository(Session).update({ userId: user.id, id: Not(user.sessionId) }, { revokedAt: new Date() });
      await this.audit.record(user, { action: 'password.changed', subjectType: 'user', subjectId: user.id }, manager);
    });
  }
}
