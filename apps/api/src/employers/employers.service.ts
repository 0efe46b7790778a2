import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { getMunicipality } from '@meedoen/shared';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { geocodePostcode } from '../common/geocode';
import { forbidden, notFound, unprocessable } from '../common/problem';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { OutboxService } from '../outbox/outbox.service';
import { AuthenticatedUser } from '../sessions/authenticated-user';
import { OrganisationRequest } from './dto/organisation.request';
import { UpdateEmployerRequest } from './dto/update-employer.request';
import { VerificationRequest } from './dto/verification.request';
import { EMPLOYER_VERIFICATION_DECIDED, VerificationDecided } from './employer-events';
import { Employer, VerificationStatus } from './employer.entity';

const regionOf = (municipalityCode: string | null) => (municipalityCode ? getMunicipality(municipalityCode)?.region : undefined);

@Injectable()
export class EmployersService {
  constructor(
    @InjectRepository(Employer) private readonly employers: Repository<Employer>,
    private readonly municipalities: MunicipalitiesService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async create(organisation: OrganisationRequest, contact: { name: string; email: string }, manager: EntityManager): Promise<Employer> {
    const address = await this.address(organisation, 'organisation.');
    const employer = manager.getRepository(Employer).create({
      name: organisation.name,
      kvkNumber: organisation.kvkNumber,
      houseNumber: organisation.houseNumber,
      ...address,
      contactName: contact.name,
      contactEmail: contact.email,
      contactPhone: organisation.contactPhone ?? null,
      verificationStatus: 'pending',
    });
    return manager.getRepository(Employer).save(employer);
  }

  /** The employer's own people, its region's caseworkers and administrators see details; others the public card. */
  canSeeDetails(employer: Employer, actor: AuthenticatedUser): boolean {
    if (actor.role === 'administrator') return true;
    if (actor.role === 'employer') return actor.employerId === employer.id;
    if (actor.role === 'caseworker') return this.sameRegion(employer, actor);
    return false;
  }

  async get(id: string, actor: AuthenticatedUser): Promise<Employer> {
    const employer = await this.employers.findOne({ where: { id } });
    const visible = employer && (this.canSeeDetails(employer, actor) || employer.verificationStatus === 'verified');
    if (!visible) throw notFound('The employer');
    return employer;
  }

  async list(actor: AuthenticatedUser, status: VerificationStatus | undefined, page: number, pageSize: number) {
    const region = regionOf(actor.municipalityCode);
    const codes = actor.role === 'administrator' ? undefined : (await this.municipalities.list()).filter((m) => m.region === region).map((m) => m.code);
    const [items, total] = await this.employers.findAndCount({
      where: { verificationStatus: status, municipalityCode: codes ? In(codes) : undefined },
      order: { createdAt: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total };
  }

  async update(id: string, changes: UpdateEmployerRequest, actor: AuthenticatedUser): Promise<Employer> {
    const employer = await this.get(id, actor);
    if (!(actor.role === 'administrator' || (actor.role === 'employer' && actor.employerId === id))) {
      throw forbidden('Only the organisation itself can change its details.');
    }
    const { contactName, contactEmail, contactPhone, name, kvkNumber, houseNumber } = changes;
    const addressChanged = changes.postcode !== undefined || changes.municipalityCode !== undefined;
    const address = addressChanged
      ? await this.address({ postcode: changes.postcode ?? employer.postcode, municipalityCode: changes.municipalityCode }, '')
      : {};
    // A new KvK number must be checked again before vacancies go live.
    const reverify = kvkNumber !== undefined && kvkNumber !== employer.kvkNumber;
    await this.employers.update(id, {
      ...definedOnly({ contactName, contactEmail, contactPhone, name, kvkNumber, houseNumber }),
      ...address,
      ...(reverify ? { verificationStatus: 'pending' as const, verifiedAt: null, verifiedByUserId: null } : {}),
    });
    return this.get(id, actor);
  }

  async decideVerification(id: string, request: VerificationRequest, actor: AuthenticatedUser): Promise<Employer> {
    const employer = await this.employers.findOne({ where: { id } });
    if (!employer || (actor.role === 'caseworker' && !this.sameRegion(employer, actor))) throw notFound('The employer');
    const approved = request.decision === 'approve';
    await this.employers.manager.transaction(async (manager) => {
      await manager.getRepository(Employer).update(id, {
        verificationStatus: approved ? 'verified' : 'rejected',
        verificationNote: approved ? request.kvkCheckNote! : request.reason!,
        verifiedByUserId: actor.id,
        verifiedAt: new Date(),
      });
      await this.audit.record(
        actor,
        { action: `employer.${approved ? 'verified' : 'rejected'}`, subjectType: 'employer', subjectId: id, municipalityCode: employer.municipalityCode },
        manager,
      );
      const decided: VerificationDecided = {
        employerId: id,
        organisation: employer.name,
        decision: request.decision,
        reason: approved ? null : request.reason!,
      };
      await this.outbox.add(manager, { type: EMPLOYER_VERIFICATION_DECIDED, payload: decided });
    });
    return this.get(id, actor);
  }

  private sameRegion(employer: Employer, actor: AuthenticatedUser) {
    const region = regionOf(actor.municipalityCode);
    return region !== undefined && regionOf(employer.municipalityCode) === region;
  }

  /** fieldPrefix names the request fields in errors, e.g. 'organisation.' for a registration. */
  private async address(input: { postcode: string; municipalityCode?: string }, fieldPrefix: string) {
    const place = geocodePostcode(input.postcode, `${fieldPrefix}postcode`);
    const municipalityCode = input.municipalityCode ?? place.municipalityCode;
    const codeField = `${fieldPrefix}municipalityCode`;
    if (!municipalityCode) {
      throw unprocessable(codeField, 'the postcode lies outside the participating municipalities: choose the municipality you work with');
    }
    if (!(await this.municipalities.exists(municipalityCode))) throw unprocessable(codeField, 'is not a participating municipality');
    return { postcode: place.postcode, city: place.place, latitude: place.latitude, longitude: place.longitude, municipalityCode };
  }
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
