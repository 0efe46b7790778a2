/** Fixed-seed synthetic seekers and vacancies for the benchmarks: a region of about 40 × 40 km around Rotterdam. */
import type { Day, DayPart, DaySlot, SupportKind, TravelMode, VacancyKind, WorkCondition, WorkLimitation } from '@meedoen/shared';
import type { MatchingSeeker, MatchingVacancy, TravelPreference } from '../src';

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SKILL_COUNT = 400;
const GROUP_COUNT = 60;
const skillIds = Array.from({ length: SKILL_COUNT }, (_, i) => `skill-${i}`);
export const syntheticTaxonomy = new Map(skillIds.map((id, i) => [id, `S${i % GROUP_COUNT}`]));
const occupationIds = Array.from({ length: 200 }, (_, i) => `${9000 + (i % 50) * 7}.${Math.floor(i / 50) + 1}`);
const interests = ['outdoors', 'care', 'technology', 'logistics', 'retail', 'food', 'cleaning', 'admin', 'creative', 'animals'];
const days: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const kinds: VacancyKind[] = ['regular', 'work-experience', 'trial-placement', 'community-job', 'volunteer', 'training', 'day-activity'];
const supports: SupportKind[] = ['job-coach', 'adapted-workplace', 'training-on-the-job', 'flexible-hours'];
const limitations: WorkLimitation[] = ['no-heavy-lifting', 'quiet-workplace', 'no-night-shifts', 'short-standing'];
const conditions: WorkCondition[] = ['heavy-lifting', 'noisy', 'night-shifts', 'long-standing'];
const modes: TravelMode[] = ['walking', 'bike', 'public-transport', 'car'];
const levels = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

function generator(seed: number) {
  const random = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const some = <T>(list: readonly T[], count: number): T[] => [...new Set(Array.from({ length: count }, () => pick(list)))];
  // Skills cluster: most people and jobs draw from a popular core, so skill overlaps are realistic.
  const skill = () => skillIds[random() < 0.7 ? int(0, 79) : int(80, SKILL_COUNT - 1)];
  const location = () => ({ lat: 51.92 + (random() - 0.5) * 0.36, lon: 4.48 + (random() - 0.5) * 0.58 });
  const slots = (probability: number, partsUsed: DayPart[]): DaySlot[] =>
    days.flatMap((day) => partsUsed.filter(() => random() < probability).map((part) => ({ day, part })));
  const date = () => `2026-${String(int(11, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  return { random, int, pick, some, skill, location, slots, date };
}

export function syntheticSeekers(count: number, seed = 1): MatchingSeeker[] {
  const g = generator(seed);
  return Array.from({ length: count }, (_, i): MatchingSeeker => {
    const hoursMin = g.int(4, 24);
    const travel: TravelPreference[] = g
      .some(modes, g.int(1, 3))
      .map((mode) => (g.random() < 0.5 ? { mode, maxMinutes: g.pick([15, 20, 30, 45, 60]) } : { mode, maxKm: g.pick([2, 5, 10, 20]) }));
    return {
      id: `seeker-${String(i).padStart(6, '0')}`,
      visibility: g.random() < 0.05 ? 'hidden' : g.random() < 0.2 ? 'caseworkers' : 'employers-anonymous',
      skills: [...new Set(Array.from({ length: g.int(0, 10) }, g.skill))].map((skillId) => ({
        skillId,
        level: g.pick([1, 2, 3] as const),
        source: g.pick(['self-declared', 'caseworker-confirmed', 'certificate'] as const),
      })),
      experience: Array.from({ length: g.int(0, 3) }, () => ({ occupationId: g.pick(occupationIds), years: g.int(0, 12) })),
      wantedOccupations: g.some(occupationIds, g.int(0, 2)),
      interests: g.some(interests, g.int(0, 3)),
      hoursPerWeek: g.random() < 0.05 ? null : { min: hoursMin, max: hoursMin + g.int(0, 16) },
      availability: g.random() < 0.05 ? null : g.slots(0.7, ['morning', 'afternoon', 'evening']),
      location: g.random() < 0.02 ? null : g.location(),
      travel,
      hasDrivingLicence: g.random() < 0.4,
      dutchLevel: g.random() < 0.05 ? null : g.pick(levels),
      availableFrom: g.random() < 0.1 ? null : g.date(),
      limitations: g.random() < 0.2 ? g.some(limitations, 1) : [],
      unwantedKinds: g.random() < 0.2 ? g.some(kinds, 2) : [],
      supportNeeded: g.random() < 0.3 ? g.some(supports, g.int(1, 2)) : [],
    };
  });
}

export function syntheticVacancies(count: number, seed = 2): MatchingVacancy[] {
  const g = generator(seed);
  return Array.from({ length: count }, (_, i): MatchingVacancy => {
    const hoursMin = g.int(8, 32);
    return {
      id: `vacancy-${String(i).padStart(6, '0')}`,
      kind: g.pick(kinds),
      skills: [...new Set(Array.from({ length: g.int(0, 8) }, g.skill))].map((skillId) => ({
        skillId,
        level: g.pick([1, 2, 3] as const),
        required: g.random() < 0.5,
      })),
      occupationId: g.random() < 0.1 ? null : g.pick(occupationIds),
      experienceYearsWanted: g.pick([0, 0, 1, 2, 5]),
      themes: g.some(interests, g.int(0, 2)),
      hoursPerWeek: { min: hoursMin, max: hoursMin + g.int(0, 8) },
      schedule: g.random() < 0.3 ? [] : g.slots(0.5, g.random() < 0.1 ? ['evening', 'night'] : ['morning', 'afternoon']),
      location: g.random() < 0.02 ? null : g.location(),
      remote: g.random() < 0.05,
      requiresDrivingLicence: g.random() < 0.15,
      minDutchLevel: g.pick(['none', 'A1', 'A2', 'B1'] as const),
      startDate: g.random() < 0.3 ? null : g.date(),
      conditions: g.random() < 0.3 ? g.some(conditions, 1) : [],
      supportOffered: g.some(supports, g.int(0, 2)),
    };
  });
}
