import type { MatchingSeeker, MatchingVacancy } from './model';

/** What a database row may give: only the id (and kind) are required; anything missing gets a neutral default. */
export type SeekerInput = Pick<MatchingSeeker, 'id'> & Partial<Omit<MatchingSeeker, 'id'>>;
export type VacancyInput = Pick<MatchingVacancy, 'id' | 'kind'> & Partial<Omit<MatchingVacancy, 'id' | 'kind'>>;

const listOf = <T>(values: readonly T[] | null | undefined): T[] => (Array.isArray(values) ? [...values] : []);
/** Entries of a list that have the right type at all: a null in a stored JSON list must not stop the matching. */
const entriesOf = <T extends object>(values: readonly T[] | null | undefined): T[] =>
  listOf(values).filter((value) => typeof value === 'object' && value !== null);
const stringsOf = <T extends string>(values: readonly T[] | null | undefined): T[] =>
  listOf(values).filter((value) => typeof value === 'string');
const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

/**
 * Copies exactly the fields the engine may use, at every depth. Whatever else the caller's object carries (name,
 * age, contact details, ...) is left behind, so it cannot reach the engine, its results or its logs.
 */
export function toMatchingSeeker(raw: SeekerInput): MatchingSeeker {
  const hours = raw.hoursPerWeek;
  return {
    id: raw.id,
    // Without an explicit choice a profile stays out of sight.
    visibility: raw.visibility ?? 'hidden',
    skills: entriesOf(raw.skills).map(({ skillId, level, source }) => ({ skillId, level, source })),
    experience: entriesOf(raw.experience).map(({ occupationId, years }) => ({ occupationId, years })),
    wantedOccupations: stringsOf(raw.wantedOccupations),
    interests: stringsOf(raw.interests),
    hoursPerWeek: hours ? { min: hours.min, max: hours.max, ...optional('preferred', hours.preferred) } : null,
    availability: raw.availability ? entriesOf(raw.availability).map(({ day, part }) => ({ day, part })) : null,
    location: raw.location ? { lat: raw.location.lat, lon: raw.location.lon } : null,
    travel: entriesOf(raw.travel).map(({ mode, maxMinutes, maxKm }) => ({
      mode,
      ...optional('maxMinutes', maxMinutes),
      ...optional('maxKm', maxKm),
    })),
    hasDrivingLicence: raw.hasDrivingLicence ?? false,
    dutchLevel: raw.dutchLevel ?? null,
    availableFrom: raw.availableFrom ?? null,
    limitations: stringsOf(raw.limitations),
    unwantedKinds: stringsOf(raw.unwantedKinds),
    supportNeeded: stringsOf(raw.supportNeeded),
  };
}

export function toMatchingVacancy(raw: VacancyInput): MatchingVacancy {
  return {
    id: raw.id,
    kind: raw.kind,
    skills: entriesOf(raw.skills).map(({ skillId, level, required }) => ({ skillId, level, required })),
    occupationId: raw.occupationId ?? null,
    experienceYearsWanted: raw.experienceYearsWanted ?? 0,
    themes: stringsOf(raw.themes),
    hoursPerWeek: raw.hoursPerWeek ? { min: raw.hoursPerWeek.min, max: raw.hoursPerWeek.max } : null,
    schedule: entriesOf(raw.schedule).map(({ day, part }) => ({ day, part })),
    location: raw.location ? { lat: raw.location.lat, lon: raw.location.lon } : null,
    remote: raw.remote ?? false,
    requiresDrivingLicence: raw.requiresDrivingLicence ?? false,
    minDutchLevel: raw.minDutchLevel ?? 'none',
    startDate: raw.startDate ?? null,
    conditions: stringsOf(raw.conditions),
    supportOffered: stringsOf(raw.supportOffered),
  };
}
