import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEMO_FIRST_NAMES, DEMO_SURNAMES, getMunicipality, lookupPc4, MUNICIPALITIES } from '@meedoen/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Employer } from '../employers/employer.entity';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { NO_PASSWORD, PasswordService } from '../users/password.service';
import { Role, User } from '../users/user.entity';
import { DEMO_ACCOUNTS, DEMO_HOME_MUNICIPALITY, DEMO_PASSWORD } from './demo-accounts';
import { CASEWORK_DEMO_STEPS } from './demo-casework';
import { DEMO_EMPLOYERS } from './demo-employers';
import { SeededRandom } from './seeded-random';
import { VacancySearchIndexer } from '../search/vacancy-search-indexer';
import { Vacancy } from '../vacancies/vacancy.entity';
import { seedApplicationsAndInvitations } from './demo-applications';
import { seedProposals } from './demo-proposals';
import { seedSeekerProfiles } from './demo-seekers';
import { seedVacancies } from './demo-vacancies';

export const DEMO_SEED = 20261125;
export const DEMO_RESIDENTS = 240;

/** Shared by the steps of one seeding run. */
export interface DemoContext {
  manager: EntityManager;
  config: AppConfig;
  random: SeededRandom;
  passwordHash: string;
  employers: Employer[];
  residents: User[];
  vacancies: Vacancy[];
  /** The demo seeker account (set by the seeker profiles step). */
  demoSeeker?: User;
}

/** A step adds one kind of demo data; later features append their own steps. */
export type DemoStep = (context: DemoContext) => Promise<void>;

const POSTCODE_LETTERS = ['AB', 'BC', 'CD', 'EK', 'GH', 'JK', 'LM', 'NP', 'RT', 'VW', 'XZ', 'HB'];

/** A real postcode area of the municipality with made-up letters, and its centre. */
export function demoAddress(random: SeededRandom, municipalityCode: string) {
  const municipality = getMunicipality(municipalityCode)!;
  const pc4 = random.pick(municipality.pc4s);
  const centre = lookupPc4(pc4)!;
  return { postcode: `${pc4}${random.pick(POSTCODE_LETTERS)}`, houseNumber: String(random.int(1, 180)), city: centre.municipality, latitude: centre.lat, longitude: centre.lon };
}

export function demoName(random: SeededRandom) {
  const last = random.pick(DEMO_SURNAMES);
  return [random.pick(DEMO_FIRST_NAMES), last.tussenvoegsel, last.surname].filter(Boolean).join(' ');
}

const seedEmployers: DemoStep = async (context) => {
  const repository = context.manager.getRepository(Employer);
  for (const [index, demo] of DEMO_EMPLOYERS.entries()) {
    const employer = await repository.save(
      repository.create({
        name: demo.name,
        kvkNumber: String(10_000_000 + index * 7_919_111).slice(0, 8),
        ...demoAddress(context.random, demo.municipalityCode),
        municipalityCode: demo.municipalityCode,
        contactName: demoName(context.random),
        contactEmail: `contact${index + 1}@werkgever.meedoen.test`,
        contactPhone: `0315 ${String(context.random.int(100000, 999999))}`,
        verificationStatus: demo.verified ? 'verified' : 'pending',
        verificationNote: demo.verified ? 'KvK-uittreksel gecontroleerd (demo)' : null,
        verifiedAt: demo.verified ? new Date('2026-01-15T10:00:00Z') : null,
      }),
    );
    context.employers.push(employer);
  }
};

const seedStaffAndDemoAccounts: DemoStep = async (context) => {
  const users = context.manager.getRepository(User);
  const account = (email: string, role: Role, displayName: string, extra: Partial<User> = {}) =>
    users.save(users.create({ email, role, displayName, passwordHash: context.passwordHash, isDemo: true, ...extra }));
  await account(DEMO_ACCOUNTS.seeker, 'seeker', 'Sanne de Vries', { municipalityCode: DEMO_HOME_MUNICIPALITY });
  await account(DEMO_ACCOUNTS.employer, 'employer', 'Kees ten Brinke', {
    employerId: context.employers[0].id,
    municipalityCode: context.employers[0].municipalityCode,
  });
  await account(DEMO_ACCOUNTS.caseworker, 'caseworker', 'Fatima El Amrani', { municipalityCode: DEMO_HOME_MUNICIPALITY });
  await account(DEMO_ACCOUNTS.administrator, 'administrator', 'Beheer Meedoen');
  for (const municipality of MUNICIPALITIES.filter((m) => m.code !== DEMO_HOME_MUNICIPALITY)) {
    const slug = municipality.displayName.toLowerCase().replace(/[^a-z]+/g, '-');
    await account(`regisseur.${slug}@meedoen.test`, 'caseworker', demoName(context.random), { municipalityCode: municipality.code });
  }
  for (const [index, employer] of context.employers.slice(1).entries()) {
    await account(`werkgever${index + 2}@meedoen.test`, 'employer', employer.contactName, {
      employerId: employer.id,
      municipalityCode: employer.municipalityCode,
      passwordHash: NO_PASSWORD,
    });
  }
};

/** Residents live mostly in the Achterhoek, with Oude IJsselstreek the largest group; they cannot sign in. */
const seedResidents: DemoStep = async (context) => {
  const users = context.manager.getRepository(User);
  const weighted = MUNICIPALITIES.flatMap((m) => Array(m.code === DEMO_HOME_MUNICIPALITY ? 8 : m.region === 'Achterhoek' ? 3 : 1).fill(m.code));
  const rows = Array.from({ length: DEMO_RESIDENTS }, (_, index) =>
    users.create({
      email: `inwoner${String(index + 1).padStart(3, '0')}@meedoen.test`,
      role: 'seeker',
      displayName: demoName(context.random),
      municipalityCode: context.random.pick(weighted),
      passwordHash: NO_PASSWORD,
      isDemo: true,
      language: context.random.chance(0.1) ? 'en' : 'nl',
    }),
  );
  context.residents.push(...(await users.save(rows, { chunk: 100 })));
};

export const DEMO_STEPS: DemoStep[] = [
  seedEmployers,
  seedStaffAndDemoAccounts,
  seedResidents,
  seedVacancies,
  seedSeekerProfiles,
  seedApplicationsAndInvitations,
  ...CASEWORK_DEMO_STEPS,
  seedProposals,
];

@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly municipalities: MunicipalitiesService,
    private readonly searchIndexer: VacancySearchIndexer,
  ) {}

  async onApplicationBootstrap() {
    if (this.config.demoMode) await this.seedIfEmpty();
  }

  /** Loads the demo region into an empty database, in one transaction: all of it or nothing. */
  async seedIfEmpty(): Promise<boolean> {
    await this.municipalities.ensureReferenceData();
    if (await this.dataSource.getRepository(User).exists()) return false;
    const started = Date.now();
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    await this.dataSource.transaction(async (manager) => {
      const context: DemoContext = { manager, config: this.config, random: new SeededRandom(DEMO_SEED), passwordHash, employers: [], residents: [], vacancies: [] };
      for (const step of DEMO_STEPS) await step(context);
    });
    await this.searchIndexer.reindexAll();
    this.logger.log(`Demo region loaded in ${Date.now() - started} ms`);
    return true;
  }
}
