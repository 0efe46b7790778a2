import { getOccupation, occupationDisplayLabelNl, TAXONOMY_VERSION, type Day, type DayPart, type SupportKind, type VacancyKind, type WorkCondition } from '@meedoen/shared';
import { todayInNetherlands } from '../common/validators';
import type { Employer } from '../employers/employer.entity';
import { User } from '../users/user.entity';
import { VacancyEvent } from '../vacancies/vacancy-event.entity';
import { ContractType, PayType, Vacancy, VacancyStatus } from '../vacancies/vacancy.entity';
import type { DemoContext, DemoStep } from './demo-seeder';
import { SeededRandom } from './seeded-random';

export const DEMO_VACANCIES = 72;
/** Its own seed, so the showcase leaves the rest of the demo region as it was. */
const SHOWCASE_SEED = 1509;

/** Occupations that suit each demo employer, by a word in its name. */
const OCCUPATIONS_BY_NAME: [RegExp, string[]][] = [
  [/Groen|Hovenier/, ['6113.1', '6113.5', '9214.1', '6113.6']],
  [/Bakkerij/, ['7512.1', '5223.7.4', '8160.2', '9412.2']],
  [/Metaal|Fietsen|Technisch|Autobedrijf|Klussen/, ['7212.3', '8219.8', '7234.1', '7233.7', '9622.1']],
  [/Zorg/, ['5321.1', '5322.1', '3412.4.4', '3423.1', '9213.1']],
  [/Kringloop|Textielrecycling/, ['5223.7.30', '7543.8', '9333.3', '8322.2']],
  [/Supermarkt/, ['9334.1', '5230.1', '5223.6', '4321.1.3']],
  [/Bibliotheek|Buurthuis|Wijkcentrum|Voedselbank/, ['4411.1', '2635.3.6', '3412.6', '3423.1', '5153.1']],
  [/Schoonmaak/, ['9112.2', '9123.1', '9111.1', '9112.4']],
  [/Logistiek|Haven/, ['9333.8', '9333.8.1', '8344.1', '9321.2', '9333.2']],
  [/Restaurant|Hotel|Camping|Lunchroom/, ['9412.1', '5131.2', '5120.1', '4224.1.1', '9412.2', '4224.1']],
  [/Drukkerij|Meubel|Schoenen|Textielatelier/, ['9329.1', '8219.11', '8219.4', '8183.7', '7543.7.2']],
  [/Kaas/, ['7513.1', '9213.1', '9212.4', '8160.25']],
];
const FALLBACK_OCCUPATIONS = ['9329.1', '9112.2', '9333.8'];

/** Every kind appears; paid jobs are the most common. */
const KINDS: VacancyKind[] = [
  'regular', 'regular', 'regular', 'regular', 'work-experience', 'work-experience', 'trial-placement', 'trial-placement',
  'community-job', 'volunteer', 'volunteer', 'training', 'day-activity',
];
const KIND_SUFFIX: Record<VacancyKind, string> = {
  regular: '',
  'work-experience': ' (werkervaringsplek)',
  'trial-placement': ' (proefplaatsing)',
  'community-job': ' (maatschappelijke baan)',
  volunteer: ' (vrijwilliger)',
  training: ' – leerwerktraject',
  'day-activity': ' – dagbesteding',
};
const PAY: Record<VacancyKind, { type: PayType; min: number | null; max: number | null; contract: ContractType }> = {
  regular: { type: 'hourly-wage', min: 14.4, max: 17.5, contract: 'fixed-term' },
  'work-experience': { type: 'unpaid', min: null, max: null, contract: 'no-contract' },
  'trial-placement': { type: 'retained-benefit', min: null, max: null, contract: 'no-contract' },
  'community-job': { type: 'hourly-wage', min: 14.4, max: 15.2, contract: 'fixed-term' },
  volunteer: { type: 'expense-allowance', min: 50, max: 150, contract: 'no-contract' },
  training: { type: 'unpaid', min: null, max: null, contract: 'no-contract' },
  'day-activity': { type: 'unpaid', min: null, max: null, contract: 'no-contract' },
};
const INTRO: Record<VacancyKind, string> = {
  regular: 'Een gewone betaalde baan met een contract en een vast team.',
  'work-experience': 'Op deze werkervaringsplek doe je ervaring op in echt werk, met een vaste begeleider.',
  'trial-placement': 'Tijdens de proefplaatsing houd je je uitkering. Werkgever en jij kijken samen of het werk past.',
  'community-job': 'Een maatschappelijke baan: betaald werk dat goed is voor de buurt.',
  volunteer: 'Vrijwilligerswerk in een gezellige groep; je krijgt een onkostenvergoeding.',
  training: 'Je leert het vak in de praktijk en haalt een praktijkverklaring of certificaat.',
  'day-activity': 'Dagbesteding in een rustige omgeving, in je eigen tempo.',
};
const HOURS: [number, number][] = [[8, 16], [12, 20], [16, 24], [20, 32], [24, 32], [32, 38], [4, 8]];
const DAY_SETS: Day[][] = [['mon', 'tue', 'wed', 'thu', 'fri'], ['mon', 'wed', 'fri'], ['tue', 'thu'], ['sat', 'sun'], ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']];
const PART_SETS: DayPart[][] = [['morning'], ['morning', 'afternoon'], ['afternoon'], ['evening'], ['morning', 'afternoon', 'evening']];
const CONDITIONS: WorkCondition[] = ['heavy-lifting', 'noisy', 'long-standing', 'night-shifts'];
const SUPPORT: SupportKind[] = ['job-coach', 'adapted-workplace', 'training-on-the-job', 'flexible-hours'];
const LEVELS: Vacancy['minDutchLevel'][] = ['none', 'A1', 'A2', 'A2', 'B1', 'B1', 'B2'];

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function statusAt(index: number): VacancyStatus {
  if (index % 12 === 5) return 'draft';
  if (index % 17 === 3) return 'paused';
  if (index % 23 === 7) return 'filled';
  if (index % 29 === 11) return 'closed';
  return 'published';
}

function vacancyDescription(random: SeededRandom, employer: Employer, label: string, kind: VacancyKind): string {
  return [
    `${employer.name} zoekt een ${label} in ${employer.city}.`,
    INTRO[kind],
    `**Wat ga je doen?** Je werkt mee in het dagelijkse werk als ${label}. Je krijgt uitleg van een vaste collega.`,
    random.chance(0.5) ? '**Wat vragen we?** Zin om te leren en op tijd komen. Ervaring is fijn, maar niet nodig.' : '**Wat bieden we?** Een rustige start, duidelijke afspraken en een kop koffie om te beginnen.',
  ].join('\n\n');
}

function demoVacancy(random: SeededRandom, employer: Employer, index: number, today: string): Partial<Vacancy> {
  const occupations = OCCUPATIONS_BY_NAME.find(([pattern]) => pattern.test(employer.name))?.[1] ?? FALLBACK_OCCUPATIONS;
  const occupation = getOccupation(random.pick(occupations))!;
  const kind = index < KINDS.length ? KINDS[index] : random.pick(KINDS);
  const pay = PAY[kind];
  const [hoursMin, hoursMax] = kind === 'volunteer' || kind === 'day-activity' ? [4, 12] : random.pick(HOURS);
  const required = random.sample(occupation.essentialSkills, random.int(1, 3));
  const nice = random.sample(occupation.optionalSkills, random.int(0, 2));
  const status = statusAt(index);
  const label = occupationDisplayLabelNl(occupation);
  const publishedDaysAgo = random.int(1, 60);
  return {
    employerId: employer.id,
    title: `${capitalise(label)}${KIND_SUFFIX[kind]}`,
    description: vacancyDescription(random, employer, label, kind),
    kind,
    occupationId: occupation.id,
    skills: [
      ...required.map((skillId) => ({ skillId, level: random.int(1, 2) as 1 | 2, required: true })),
      ...nice.map((skillId) => ({ skillId, level: 1 as const, required: false })),
    ],
    themes: [occupation.sector],
    experienceYearsWanted: kind === 'regular' && random.chance(0.3) ? random.int(1, 3) : 0,
    hoursMin,
    hoursMax,
    days: random.pick(DAY_SETS),
    dayParts: random.pick(PART_SETS),
    shiftWork: random.chance(0.1),
    startDate: random.chance(0.6) ? null : addDays(today, random.int(7, 60)),
    contractType: kind === 'regular' && random.chance(0.3) ? 'permanent' : pay.contract,
    durationWeeks: pay.contract === 'no-contract' ? random.pick([8, 12, 26]) : null,
    payType: pay.type,
    payMin: pay.min,
    payMax: pay.max,
    workplace: 'on-site',
    postcode: employer.postcode,
    houseNumber: employer.houseNumber,
    city: employer.city,
    latitude: employer.latitude,
    longitude: employer.longitude,
    municipalityCode: employer.municipalityCode,
    requiresDrivingLicence: random.chance(0.12),
    minDutchLevel: random.pick(LEVELS),
    conditions: random.sample(CONDITIONS, random.int(0, 2)).filter((condition) => condition !== 'night-shifts' || random.chance(0.3)),
    supportOffered: kind === 'regular' ? random.sample(SUPPORT, random.int(0, 1)) : random.sample(SUPPORT, random.int(1, 3)),
    suitableForBanenafspraak: random.chance(0.3),
    places: random.int(1, 3),
    status,
    publishedAt: status === 'draft' ? null : new Date(Date.parse(`${today}T08:00:00Z`) - publishedDaysAgo * 86_400_000),
    // A few published ones have run past their close date: they show as expired.
    closesOn: index % 31 === 13 ? addDays(today, -3) : random.chance(0.3) ? addDays(today, random.int(14, 90)) : null,
    taxonomyVersion: TAXONOMY_VERSION,
  };
}

/**
 * Places written for the demo seeker (Sanne: cleaning, wants kitchen work too, 16–24 hours on weekdays, by bike from
 * Ulft), so "Voor jou" shows what a strong, explained match looks like, and one thing still to learn.
 */
const SHOWCASE: { employer: string; occupationId: string; title: string; kind: VacancyKind; skills: [string, boolean][] }[] = [
  { employer: 'Bibliotheek Achterhoek West', occupationId: '9112.2', title: 'Schoonmaker bibliotheek', kind: 'regular',
    skills: [['office-cleaning', true], ['floor-cleaning', true], ['vacuuming', false], ['cleaning-agents', false]] },
  { employer: 'Zorgboerderij De Hessenhof', occupationId: '9412.1', title: 'Keukenhulp (proefplaatsing)', kind: 'trial-placement',
    skills: [['kitchen-cleaning', true], ['dishwashing', true], ['food-hygiene', false]] },
  { employer: 'Kringloopwinkel Terborg', occupationId: '9112.2', title: 'Schoonmaker winkel en kantine (maatschappelijke baan)', kind: 'community-job',
    skills: [['toilet-cleaning', true], ['floor-cleaning', true], ['dusting', false]] },
];

function showcaseVacancy(random: SeededRandom, employer: Employer, place: (typeof SHOWCASE)[number], today: string): Partial<Vacancy> {
  const generated = demoVacancy(random, employer, DEMO_VACANCIES, today);
  const occupation = getOccupation(place.occupationId)!;
  return {
    ...generated,
    title: place.title,
    description: vacancyDescription(random, employer, occupationDisplayLabelNl(occupation), place.kind),
    kind: place.kind,
    occupationId: place.occupationId,
    skills: place.skills.map(([skillId, required]) => ({ skillId, level: 1, required })),
    themes: [occupation.sector],
    experienceYearsWanted: 0,
    hoursMin: 16,
    hoursMax: 24,
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    dayParts: ['morning'],
    shiftWork: false,
    requiresDrivingLicence: false,
    minDutchLevel: 'A2',
    conditions: [],
    supportOffered: ['job-coach', 'training-on-the-job'],
    status: 'published',
    closesOn: null,
  };
}

/** About 70 vacancies of every kind across the verified demo employers; the demo employer gets the most. */
export const seedVacancies: DemoStep = async (context: DemoContext) => {
  const verified = context.employers.filter((employer) => employer.verificationStatus === 'verified');
  const today = todayInNetherlands();
  const owners = Array.from({ length: DEMO_VACANCIES }, (_, index) => (index % 8 === 0 ? verified[0] : verified[index % verified.length]));
  const rows = owners.map((employer, index) => demoVacancy(context.random, employer, index, today));
  const showcaseRandom = new SeededRandom(SHOWCASE_SEED);
  for (const place of SHOWCASE) {
    const employer = verified.find((candidate) => candidate.name === place.employer)!;
    rows.push(showcaseVacancy(showcaseRandom, employer, place, today));
  }
  const vacancies = await context.manager.getRepository(Vacancy).save(rows.map((row) => context.manager.getRepository(Vacancy).create(row)), { chunk: 100 });
  const employerUsers = await context.manager.getRepository(User).find({ where: { role: 'employer' } });
  const userOf = new Map(employerUsers.map((user) => [user.employerId, user.id]));
  await context.manager.getRepository(VacancyEvent).insert(
    vacancies.flatMap((vacancy) => {
      const event = (action: VacancyEvent['action'], fromStatus: string | null, toStatus: string) =>
        ({ vacancyId: vacancy.id, actorUserId: userOf.get(vacancy.employerId) ?? null, actorRole: 'employer', action, fromStatus, toStatus, changes: {} });
      const events = [event('created', null, 'draft')];
      if (vacancy.status !== 'draft') events.push(event('status-changed', 'draft', 'published'));
      if (vacancy.status !== 'draft' && vacancy.status !== 'published') events.push(event('status-changed', 'published', vacancy.status));
      return events;
    }),
  );
  context.vacancies.push(...vacancies);
};
