import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { badRequest, conflict, unprocessable } from '../common/problem';
import { EmployersService } from '../employers/employers.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { Notifier } from '../notifications/notifier';
import { PasswordService } from '../users/password.service';
import { User } from '../users/user.entity';
import { CreateAccountRequest } from './dto/create-account.request';

const EMAIL_TAKEN = 'An account with this e-mail address already exists.';

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
    const email = request.email.toLowerCase();
    const weakness = this.passwords.weakness(request.password, email);
    if (weakness) throw badRequest('password', weakness);
    if (request.role === 'seeker' && request.organisation) throw badRequest('organisation', 'only employers register an organisation');
    if (request.role === 'employer' && request.municipalityCode) {
      throw badRequest('municipalityCode', 'employers give their municipality in organisation.municipalityCode');
    }
    if (request.municipalityCode && !(await this.municipalities.exists(request.municipalityCode))) {
      throw unprocessable('municipalityCode', 'is not a participating municipality');
    }
    const passwordHash = await this.passwords.hash(request.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await manager.getRepository(User).exists({ where: { email } })) throw conflict(EMAIL_TAKEN, 'email');
        const employer = request.organisation
          ? await this.employers.create(request.organisation, { name: request.displayName, email }, manager)
          : null;
        const user = await manager.getRepository(User).save(
          manager.getRepository(User).create({
            email,
            passwordHash,
            role: request.role,
            displayName: request.displayName,
            language: request.language ?? 'nl',
            municipalityCode: employer?.municipalityCode ?? request.municipalityCode ?? null,
            employerId: employer?.id ?? null,
          }),
        );
        await this.audit.record(null, { action: 'account.created', subjectType: 'user', subjectId: user.id, details: { role: user.role } }, manager);
        await this.notifier.notify(manager, {
          recipientIds: [user.id],
          template: 'welcome',
          link: user.role === 'employer' ? '/werkgevers/' : '/werkzoekenden/',
        });
        return user;
      });
    } catch (error) {
      // Two registrations racing for one address: the unique index decides.
      if ((error as { code?: string }).code === '23505') throw conflict(EMAIL_TAKEN, 'email');
      throw error;
    }
  }
}
