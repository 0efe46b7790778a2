import { lookupPc4 } from '@meedoen/shared';
import type { Coordinates, MatchingSeeker, MatchingVacancy } from '../model';

/** Centre of an Achterhoek PC4 area (e.g. '7001' Doetinchem centre), for realistic distances in specs. */
export function pc4(code: string): Coordinates {
  const centroid = lookupPc4(code);
  if (!centroid) throw new Error(`unknown PC4 ${code}`);
  return { lat: centroid.lat, lon: centroid.lon };
}

/** A seeker in Doetinchem who fits `vacancy()` on every hard constraint; override what a spec is about. */
export function seeker(overrides: Partial<MatchingSeeker> = {}): MatchingSeeker {
  return {
    id: 'seeker-1',
    visibility: 'employers-anonymous',
    skills: [
      { skillId: 'office-cleaning', level: 2, source: 'caseworker-confirmed' },
      { skillId: 'planning-own-work', level: 2, source: 'caseworker-confirmed' },
    ],
    experience: [{ occupationId: '9112.2', years: 2 }],
    wantedOccupations: ['9112.2'],
    interests: ['cleaning'],
    hoursPerWeek: { min: 16, max: 24, preferred: 20 },
    availability: null,
    location: pc4('7001'),
    travel: [{ mode: 'bike', maxMinutes: 30 }],
    hasDrivingLicence: false,
    dutchLevel: 'B1',
    availableFrom: '2026-12-01',
    limitations: [],
    unwantedKinds: [],
    supportNeeded: [],
    ...overrides,
  };
}

/** A cleaning job in Doetinchem (7004, about 2.7 km from 7001). */
export function vacancy(overrides: Partial<MatchingVacancy> = {}): MatchingVacancy {
  return {
    id: 'vacancy-1',
    kind: 'regular',
    skills: [
      { skillId: 'office-cleaning', level: 2, required: true },
      { skillId: 'planning-own-work', level: 2, required: false },
    ],
    occupationId: '9112.2',
    experienceYearsWanted: 0,
    themes: ['cleaning'],
    hoursPerWeek: { min: 16, max: 24 },
    schedule: [],
    location: pc4('7004'),
    remote: false,
    requiresDrivingLicence: false,
    minDutchLevel: 'A2',
    startDate: '2026-12-15',
    conditions: [],
    supportOffered: [],
    ...overrides,
  };
}
