import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { badRequest, conflict, unprocessable } from '../common/problem';
import { EmployersService } from '../employers/employers.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { Notifier } from '../notifications/notifier';
import { PasswordService } from '../users/password.service';
import type { AuthenticatedUser } from '../sessions/authenticated-user';
import { Role, User } from '../users/user.entity';
import { AccountDetails, CreateAccountRequest } from './dto/create-account.request';
import { CreateStaffAccountRequest } from './dto/create-staff-account.request';

const EMAIL_TAKEN = 'An account with this e-mail address already exists.';
/** Where each role signs in: links in messages point into this portal. */
export const PORTAL_OF_ROLE: Record<Role, string> = {
  seeker: '/werkzoekenden/',
  employer: '/werkgevers/',
  caseworker: '/regie/',
  administrator: '/regie/',
};

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly employers: EmployersService,
    private readonly municipalities: MunicipalitiesService,
    private readonly audit: AuditService,
    private readonly notifier: Notifier,
  ) {}

  async register(request: CreateAccountRequest): Promise<User> {
    if (request.role === 'seeker' && request.organisation) throw badRequest('organisation', 'only employers register an organisation');
    if (request.role === 'employer' && request.municipalityCode) {
      throw badRequest('municipalityCode', 'employers give their municipality in organisation.municipalityCode');
    }
    return this.createAccount(request, null, async (manager) => {
      const employer = request.organisation
        ? await this.employers.create(request.organisation, { name: request.displayName, email: request.email.toLowerCase() }, manager)
        : null;
      return { municipalityCode: employer?.municipalityCode ?? request.municipalityCode ?? null, employerId: employer?.id ?? null };
    });
  }

  async createStaff(administrator: AuthenticatedUser, request: CreateStaffAccountRequest): Promise<User> {
    if (request.role === 'administrator' && request.municipalityCode) {
      throw badRequest('municipalityCode', 'administrators work for every municipality');
    }
    return this.createAccount(request, administrator, async () => ({ municipalityCode: request.municipalityCode ?? null, employerId: null }));
  }

  /** Checks and stores a new account in one transaction; `placement` adds what depends on the kind of account. */
  private async createAccount(
    request: AccountDetails & { role: Role; municipalityCode?: string },
    actor: AuthenticatedUser | null,
    placement: (manager: EntityManager) => Promise<Pick<User, 'municipalityCode' | 'employerId'>>,
  ): Promise<User> {
    const email = request.email.toLowerCase();
    const weakness = this.passwords.weakness(request.password, email);
    if (weakness) throw badRequest('password', weakness);
    if (request.municipalityCode && !(await this.municipalities.exists(request.municipalityCode))) {
      throw unprocessable('municipalityCode', 'is not a participating municipality');
    }
    const passwordHash = await this.passwords.hash(request.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const users = manager.getRepository(User);
        if (await users.exists({ where: { email } })) throw conflict(EMAIL_TAKEN, 'email');
        const user = await users.save(
          users.create({
            email,
            passwordHash,
            role: request.role,
            displayName: request.displayName,
            language: request.language ?? 'nl',
            ...(await placement(manager)),
          }),
        );
        await this.audit.record(actor, { action: 'account.created', subjectType: 'user', subjectId: user.id, details: { role: user.role } }, manager);
        await this.notifier.notify(manager, { recipientIds: [user.id], template: 'welcome', link: PORTAL_OF_ROLE[user.role] });
        return user;
      });
    } catch (error) {
      // Two registrations racing for one address: the unique index decides.
      if ((error as { code?: string }).code === '23505') throw conflict(EMAIL_TAKEN, 'email');
      throw error;
    }
  }
}
