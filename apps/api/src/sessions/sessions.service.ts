import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { unauthorized } from '../common/problem';
import { PasswordService } from '../users/password.service';
import { User } from '../users/user.entity';
import { AuthenticatedUser } from './authenticated-user';
import { Session } from './session.entity';
import { newSessionToken, sessionIdOf } from './session-token';

export interface NewSession {
  token: string;
  user: User;
  expiresAt: Date;
}

const WRONG_CREDENTIALS = 'The e-mail address or password is not correct.';

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly passwords: PasswordService,
    private readonly config: AppConfig,
  ) {}

  async signIn(email: string, password: string): Promise<NewSession> {
    const user = await this.users.findOne({ where: { email: email.toLowerCase() } });
    // Verify against a dummy hash for unknown addresses too, so timing does not reveal which accounts exist.
    const valid = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !valid || (user.isDemo && !this.config.demoMode)) throw unauthorized(WRONG_CREDENTIALS);
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    await this.sessions.insert({ id: sessionIdOf(token), userId: user.id, expiresAt });
    await this.users.update(user.id, { lastSignInAt: new Date() });
    return { token, user, expiresAt };
  }

  async resolve(token: string): Promise<AuthenticatedUser | null> {
    const session = await this.sessions.findOne({
      where: { id: sessionIdOf(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { user: true },
    });
    if (!session) return null;
    const { user } = session;
    return {
      id: user.id,
      email: user.email,
      role: user.role,
      displayName: user.displayName,
      language: user.language,
      municipalityCode: user.municipalityCode,
      employerId: user.employerId,
      sessionId: session.id,
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId }, { revokedAt: new Date() });
  }
}
