import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { badRequest } from '../common/problem';
import { Notifier } from '../notifications/notifier';
import { Session } from '../sessions/session.entity';
import { newSessionToken, sessionIdOf } from '../sessions/session-token';
import { PasswordService } from '../users/password.service';
import { User } from '../users/user.entity';
import { PORTAL_OF_ROLE } from './accounts.service';
import { PasswordReset } from './password-reset.entity';

/** How long the link in the e-mail works. */
export const PASSWORD_RESET_TTL_MS = 60 * 60_000;
/** One e-mail per account in this time, so that nobody can flood someone's mailbox with reset mails. */
const RESEND_AFTER_MS = 60_000;
const INVALID_TOKEN = 'this link is no longer valid: ask for a new one';

@Injectable()
export class PasswordResetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Sends a reset link to the account's address. Says nothing about whether the account exists: the answer is
   * the same for every address. Demo and erased accounts get no link.
   */
  async request(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(User).findOne({ where: { email: email.toLowerCase() } });
      if (!user || user.isDemo || user.anonymisedAt) return;
      const resets = manager.getRepository(PasswordReset);
      if (await resets.exists({ where: { userId: user.id, createdAt: MoreThan(new Date(Date.now() - RESEND_AFTER_MS)) } })) return;
      const token = newSessionToken();
      await resets.insert({ id: sessionIdOf(token), userId: user.id, expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MS) });
      await this.audit.record(null, { action: 'password.reset-requested', subjectType: 'user', subjectId: user.id }, manager);
      await this.notifier.notify(manager, {
        recipientIds: [user.id],
        template: 'password-reset',
        params: { minutes: PASSWORD_RESET_TTL_MS / 60_000 },
        link: `${PORTAL_OF_ROLE[user.role]}nieuw-wachtwoord?token=${encodeURIComponent(token)}`,
      });
    });
  }

  /** Sets the new password once per token; every session of the account ends and every other open link stops working. */
  async complete(token: string, newPassword: string): Promise<void> {
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      // Claiming the token first makes two uses at the same time impossible; a refusal below rolls the claim back.
      const claimed = await manager
        .createQueryBuilder()
        .update(PasswordReset)
        .set({ usedAt: now })
        .where('id = :id AND used_at IS NULL AND expires_at > :now', { id: sessionIdOf(token), now })
        .returning(['userId'])
        .execute();
      const userId = (claimed.raw as { user_id: string }[])[0]?.user_id;
      const user = userId ? await manager.getRepository(User).findOne({ where: { id: userId } }) : null;
      if (!user || user.anonymisedAt) throw badRequest('token', INVALID_TOKEN);
      const weakness = this.passwords.weakness(newPassword, user.email);
      if (weakness) throw badRequest('newPassword', weakness);
      await manager.getRepository(User).update(user.id, { passwordHash: await this.passwords.hash(newPassword) });
      await manager.getRepository(PasswordReset).update({ userId: user.id, usedAt: IsNull() }, { usedAt: now });
      await manager.getRepository(Session).update({ userId: user.id, revokedAt: IsNull() }, { revokedAt: now });
      await this.audit.record(null, { action: 'password.reset', subjectType: 'user', subjectId: user.id }, manager);
    });
  }
}
