import { getMunicipality, lookupPc4, OCCUPATIONS, TAXONOMY_VERSION, type DaySlot, type Occupation, type Sector } from '@meedoen/shared';
import { DAY_PARTS, DAYS, SECTORS } from '../common/domain-values';
import { ConsentEvent } from '../seekers/consent-event.entity';
import { EDUCATION_LEVELS, SeekerProfile, SeekerVisibility, TravelPreferenceRow } from '../seekers/seeker-profile.entity';
import { User } from '../users/user.entity';
import { DEMO_ACCOUNTS } from './demo-accounts';
import type { DemoContext, DemoStep } from './demo-seeder';
import type { SeededRandom } from './seeded-random';

/** Sectors most residents look in; the rest appear now and then. */
const COMMON_SECTORS: Sector[] = ['cleaning', 'hospitality', 'green', 'logistics', 'retail', 'care', 'production', 'community', 'technical'];
const HOUR_RANGES: [number, number][] = [[4, 12], [8, 16], [12, 24], [16, 24], [20, 32], [24, 36], [32, 40]];
const DUTCH: SeekerProfile['dutchLevel'][] = ['A1', 'A2', 'A2', 'B1', 'B1', 'B1', 'B2', 'B2', 'C1', 'C2', null];

const occupationsIn = (sector: Sector) => OCCUPATIONS.filter((occupation) => occupation.sector === sector);

function availabilityOf(random: SeededRandom): DaySlot[] | null {
  if (random.chance(0.15)) return null;
  const days = random.sample(DAYS.slice(0, random.chance(0.2) ? 7 : 5), random.int(2, 5));
  const parts = random.sample(DAY_PARTS.slice(0, 3), random.int(1, 2));
  return days.flatMap((day) => parts.map((part) => ({ day, part })));
}

function travelOf(random: SeededRandom, hasLicence: boolean): TravelPreferenceRow[] {
  const modes: TravelPreferenceRow[] = [{ mode: 'bike', maxMinutes: random.pick([15, 20, 30, 45]) }];
  if (random.chance(0.6)) modes.push({ mode: 'public-transport', maxMinutes: random.pick([30, 45, 60]) });
  if (hasLicence && random.chance(0.7)) modes.unshift({ mode: 'car', maxKm: random.pick([15, 25, 40]) });
  if (random.chance(0.2)) modes.push({ mode: 'walking', maxMinutes: 20 });
  return modes;
}

function visibilityOf(random: SeededRandom): SeekerVisibility {
  const draw = random.next();
  return draw < 0.75 ? 'employers-anonymous' : draw < 0.9 ? 'caseworkers' : 'hidden';
}

/** A varied, believable profile for a resident of the demo region. */
function residentProfile(random: SeededRandom, resident: User): Partial<SeekerProfile> {
  const sector = random.chance(0.85) ? random.pick(COMMON_SECTORS) : random.pick(SECTORS);
  const occupation: Occupation = random.pick(occupationsIn(sector));
  const skillIds = [...random.sample(occupation.essentialSkills, random.int(1, 4)), ...random.sample(occupation.optionalSkills, random.int(0, 2))];
  const [hoursMin, hoursMax] = random.pick(HOUR_RANGES);
  const municipality = getMunicipality(resident.municipalityCode!)!;
  const pc4 = random.pick(municipality.pc4s);
  const centre = lookupPc4(pc4)!;
  const hasDrivingLicence = random.chance(0.4);
  const experienced = random.chance(0.6);
  return {
    userId: resident.id,
    skills: [...new Set(skillIds)].map((skillId) => ({
      skillId,
      level: random.int(1, 3) as 1 | 2 | 3,
      source: random.chance(0.25) ? 'caseworker-confirmed' : random.chance(0.1) ? 'certificate' : 'self-declared',
    })),
    wantedOccupations: [...new Set([occupation.id, ...random.sample(occupationsIn(sector), random.int(0, 1)).map((o) => o.id)])],
    interests: [...new Set([sector, ...random.sample(SECTORS, random.int(0, 2))])],
    hoursMin,
    hoursMax,
    hoursPreferred: random.chance(0.5) ? Math.round((hoursMin + hoursMax) / 2) : null,
    availability: availabilityOf(random),
    postcode: pc4,
    latitude: centre.lat,
    longitude: centre.lon,
    travel: travelOf(random, hasDrivingLicence),
    hasDrivingLicence,
    dutchLevel: random.pick(DUTCH),
    educationLevel: random.chance(0.85) ? random.pick(EDUCATION_LEVELS) : null,
    experience: experienced ? [{ occupationId: random.pick(occupationsIn(sector)).id, years: random.int(1, 12) }] : [],
    limitations: random.chance(0.2) ? random.sample(['no-heavy-lifting', 'quiet-workplace', 'no-night-shifts', 'short-standing'] as const, random.int(1, 2)) : [],
    unwantedKinds: random.chance(0.1) ? ['volunteer'] : [],
    supportNeeded: random.chance(0.25) ? random.sample(['job-coach', 'adapted-workplace', 'training-on-the-job', 'flexible-hours'] as const, random.int(1, 2)) : [],
    availableFrom: random.chance(0.3) ? `2026-0${random.int(1, 9)}-01` : null,
    visibility: visibilityOf(random),
    taxonomyVersion: TAXONOMY_VERSION,
  };
}

/** Sanne de Vries, the demo seeker: a full profile that matches cleaning and hospitality work in the Achterhoek. */
function demoSeekerProfile(seeker: User): Partial<SeekerProfile> {
  const centre = lookupPc4('7071')!;
  return {
    userId: seeker.id,
    skills: [
      { skillId: 'office-cleaning', level: 2, source: 'caseworker-confirmed' },
      { skillId: 'floor-cleaning', level: 2, source: 'self-declared' },
      { skillId: 'vacuuming', level: 3, source: 'self-declared' },
      { skillId: 'toilet-cleaning', level: 2, source: 'self-declared' },
      { skillId: 'cleaning-agents', level: 1, source: 'certificate' },
    ],
    wantedOccupations: ['9112.2', '9412.1'],
    interests: ['cleaning', 'hospitality', 'green'],
    hoursMin: 16,
    hoursMax: 24,
    hoursPreferred: 20,
    availability: ['mon', 'tue', 'wed', 'thu', 'fri'].flatMap((day) => (['morning', 'afternoon'] as const).map((part) => ({ day: day as DaySlot['day'], part }))),
    postcode: '7071',
    latitude: centre.lat,
    longitude: centre.lon,
    travel: [{ mode: 'bike', maxMinutes: 30 }, { mode: 'public-transport', maxMinutes: 45 }],
    hasDrivingLicence: false,
    dutchLevel: 'B1',
    educationLevel: 'vmbo',
    experience: [{ occupationId: '9112.2', years: 2, description: 'Schoonmaakwerk bij een kantoor in Doetinchem' }],
    limitations: ['no-heavy-lifting'],
    unwantedKinds: [],
    supportNeeded: ['job-coach'],
    availableFrom: null,
    visibility: 'employers-anonymous',
    taxonomyVersion: TAXONOMY_VERSION,
  };
}

/** Profiles for all residents and the demo seeker; a visible profile also gets its consent in the log. */
export const seedSeekerProfiles: DemoStep = async (context: DemoContext) => {
  const demoSeeker = await context.manager.getRepository(User).findOneByOrFail({ email: DEMO_ACCOUNTS.seeker });
  const rows = [demoSeekerProfile(demoSeeker), ...context.residents.map((resident) => residentProfile(context.random, resident))];
  const repository = context.manager.getRepository(SeekerProfile);
  await repository.save(rows.map((row) => repository.create(row)), { chunk: 100 });
  await context.manager.getRepository(ConsentEvent).insert(
    rows
      .filter((row) => row.visibility !== 'caseworkers')
      .map((row) => ({ seekerUserId: row.userId!, actorUserId: row.userId!, actorRole: 'seeker', subject: 'visibility' as const, fromValue: 'caseworkers', toValue: row.visibility! })),
  );
  context.demoSeeker = demoSeeker;
};
