import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { badRequest, conflict, notFound, unprocessable } from '../common/problem';
import { Notifier } from '../notifications/notifier';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { newSessionToken, sessionIdOf } from '../sessions/session-token';
import { NO_PASSWORD, PasswordService } from '../users/password.service';
import { User } from '../users/user.entity';
import { AcceptTeamInvitationRequest, InviteTeamMemberRequest, TeamMemberResponse } from './dto/team.dto';
import { TeamInvitation } from './team-invitation.entity';

const INVITATION_DAYS = 14;
const EMAIL_TAKEN = 'An account with this e-mail address already exists.';
export const TEAM_INVITATION_PAGE = '/werkgevers/uitnodiging';

/** An employer's team: everyone whose account is linked to the employer, and the colleagues they invite. */
@Injectable()
export class TeamService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly notifier: Notifier,
  ) {}

  async list(employerId: string, actor: AuthenticatedUser): Promise<TeamMemberResponse[]> {
    this.checkMember(employerId, actor);
    const members = await this.dataSource.getRepository(User).find({ where: { employerId, role: 'employer' }, order: { createdAt: 'ASC', id: 'ASC' } });
    const pending = await this.dataSource.getRepository(TeamInvitation).find({ where: { employerId, acceptedAt: IsNull() }, select: { userId: true } });
    const invited = new Set(pending.map((invitation) => invitation.userId));
    return members.map((member) => ({
      id: member.id,
      displayName: member.displayName,
      email: member.email,
      status: invited.has(member.id) ? 'invited' : 'active',
      createdAt: member.createdAt.toISOString(),
    }));
  }

  /** Creates the colleague's account (no password yet) and e-mails a link to choose one, in one transaction. */
  async invite(employerId: string, request: InviteTeamMemberRequest, actor: AuthenticatedUser): Promise<TeamMemberResponse> {
    this.checkMember(employerId, actor);
    const email = request.email.toLowerCase();
    const token = newSessionToken();
    try {
      const user = await this.dataSource.transaction(async (manager) => {
        const users = manager.getRepository(User);
        if (await users.exists({ where: { email } })) throw conflict(EMAIL_TAKEN, 'email');
        const created = await users.save(users.create({ email, passwordHash: NO_PASSWORD, role: 'employer', displayName: request.displayName.trim(), employerId, language: actor.language }));
        await manager.getRepository(TeamInvitation).insert({
          userId: created.id,
          employerId,
          invitedByUserId: actor.id,
          tokenHash: sessionIdOf(token),
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600_000),
        });
        await this.audit.record(actor, { action: 'account.invited', subjectType: 'user', subjectId: created.id, details: { role: 'employer', employerId } }, manager);
        await this.notifier.notify(manager, {
          recipientIds: [created.id],
          template: 'team-invitation',
          params: { inviter: actor.displayName, days: INVITATION_DAYS },
          link: `${TEAM_INVITATION_PAGE}?token=${token}`,
        });
        return created;
      });
      return { id: user.id, displayName: user.displayName, email: user.email, status: 'invited', createdAt: user.createdAt.toISOString() };
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw conflict(EMAIL_TAKEN, 'email');
      throw error;
    }
  }

  /** The colleague chooses a password with the token from the e-mail; afterwards they sign in as usual. */
  async accept(request: AcceptTeamInvitationRequest): Promise<void> {
    const invitations = this.dataSource.getRepository(TeamInvitation);
    const invitation = await invitations.findOne({
      where: { tokenHash: sessionIdOf(request.token), acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { user: true },
    });
    if (!invitation) throw unprocessable('token', 'is not valid or has expired: ask your colleague to invite you again');
    const weakness = this.passwords.weakness(request.password, invitation.user.email);
    if (weakness) throw badRequest('password', weakness);
    const passwordHash = await this.passwords.hash(request.password);
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager.getRepository(TeamInvitation).update({ userId: invitation.userId, acceptedAt: IsNull() }, { acceptedAt: new Date() });
      if (!affected) throw unprocessable('token', 'is not valid or has expired: ask your colleague to invite you again');
      await manager.getRepository(User).update(invitation.userId, { passwordHash });
      await this.audit.record(null, { action: 'account.invitation-accepted', subjectType: 'user', subjectId: invitation.userId }, manager);
    });
  }

  private checkMember(employerId: string, actor: AuthenticatedUser) {
    if (actor.role !== 'employer' || actor.employerId !== employerId) throw notFound('The employer');
  }
}
