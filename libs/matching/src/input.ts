import type { MatchingSeeker, MatchingVacancy } from './model';

/** What a database row may give: only the id (and kind) are required; anything missing gets a neutral default. */
export type SeekerInput = Pick<MatchingSeeker, 'id'> & Partial<Omit<MatchingSeeker, 'id'>>;
export type VacancyInput = Pick<MatchingVacancy, 'id' | 'kind'> & Partial<Omit<MatchingVacancy, 'id' | 'kind'>>;

const listOf = <T>(values: readonly T[] | null | undefined): T[] => (Array.isArray(values) ? [...values] : []);

/**
 * Copies exactly the fields the engine may use. Whatever else the caller's object carries (name, age, contact
 * details, ...) is left behind, so it cannot reach the engine, its results or its logs.
 */
export function toMatchingSeeker(raw: SeekerInput): MatchingSeeker {
  return {
    id: raw.id,
    // Without an explicit choice a profile stays out of sight.
    visibility: raw.visibility ?? 'hidden',
    skills: listOf(raw.skills).map(({ skillId, level, source }) => ({ skillId, level, source })),
    experience: listOf(raw.experience).map(({ occupationId, years }) => ({ occupationId, years })),
    wantedOccupations: listOf(raw.wantedOccupations),
    interests: listOf(raw.interests),
    hoursPerWeek: raw.hoursPerWeek
      ? { min: raw.hoursPerWeek.min, max: raw.hoursPerWeek.max, ...(raw.hoursPerWeek.preferred === undefined ? {} : { preferred: raw.hoursPerWeek.preferred }) }
      : null,
    availability: raw.availability ? raw.availability.map(({ day, part }) => ({ day, part })) : null,
    location: raw.location ? { lat: raw.location.lat, lon: raw.location.lon } : null,
    travel: listOf(raw.travel).map(({ mode, maxMinutes, maxKm }) => ({
      mode,
      ...(maxMinutes === undefined ? {} : { maxMinutes }),
      ...(maxKm === undefined ? {} : { maxKm }),
    })),
    hasDrivingLicence: raw.hasDrivingLicence ?? false,
    dutchLevel: raw.dutchLevel ?? null,
    availableFrom: raw.availableFrom ?? null,
    limitations: listOf(raw.limitations),
    unwantedKinds: listOf(raw.unwantedKinds),
    supportNeeded: listOf(raw.supportNeeded),
  };
}

export function toMatchingVacancy(raw: VacancyInput): MatchingVacancy {
  return {
    id: raw.id,
    kind: raw.kind,
    skills: listOf(raw.skills).map(({ skillId, level, required }) => ({ skillId, level, required })),
    occupationId: raw.occupationId ?? null,
    experienceYearsWanted: raw.experienceYearsWanted ?? 0,
    themes: listOf(raw.themes),
    hoursPerWeek: raw.hoursPerWeek ? { min: raw.hoursPerWeek.min, max: raw.hoursPerWeek.max } : null,
    schedule: listOf(raw.schedule).map(({ day, part }) => ({ day, part })),
    location: raw.location ? { lat: raw.location.lat, lon: raw.location.lon } : null,
    remote: raw.remote ?? false,
    requiresDrivingLicence: raw.requiresDrivingLicence ?? false,
    minDutchLevel: raw.minDutchLevel ?? 'none',
    startDate: raw.startDate ?? null,
    conditions: listOf(raw.conditions),
    supportOffered: listOf(raw.supportOffered),
  };
}
