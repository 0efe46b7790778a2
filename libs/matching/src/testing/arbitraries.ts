import fc from 'fast-check';
import { SKILLS, OCCUPATIONS, lookupPc4, pc4sInMunicipalityNamed } from '@meedoen/shared';
import { CEFR_LEVELS, DAYS, DAY_PARTS, SUPPORT_KINDS, TRAVEL_MODES, VACANCY_KINDS, WORK_CONDITIONS, WORK_LIMITATIONS } from '../codes';
import type { Coordinates, MatchingSeeker, MatchingVacancy } from '../model';

/** Random but valid engine input from the real taxonomy and Achterhoek postcodes, for property-based specs. */

// A small slice of the taxonomy, so random seekers and vacancies share skills and occupations often.
const skillIds = SKILLS.filter((skill) => /clean|S6\.2|S6\.1\.|T3/.test(skill.escoGroup + skill.id)).map((skill) => skill.id).slice(0, 24);
const occupationIds = OCCUPATIONS.filter((occupation) => /^9(11|33)/.test(occupation.id)).map((occupation) => occupation.id);
const places: Coordinates[] = ['Doetinchem', 'Aalten', 'Winterswijk', 'Oude IJsselstreek'].flatMap((name) =>
  pc4sInMunicipalityNamed(name).map((code) => {
    const { lat, lon } = lookupPc4(code)!;
    return { lat, lon };
  }),
);
const SKILL_SOURCES = ['self-declared', 'caseworker-confirmed', 'certificate'] as const;
const tags = ['cleaning', 'logistics', 'care', 'outdoors', 'technology'];

/** Plain objects, like the ones the API builds (fast-check may otherwise give them a null prototype). */
const record = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.record(model, { noNullPrototype: true });
const level = fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>;
const subset = <T>(values: readonly T[], maxLength = values.length) => fc.uniqueArray(fc.constantFrom(...values), { maxLength });
const hours = fc.tuple(fc.integer({ min: 4, max: 32 }), fc.integer({ min: 0, max: 12 })).map(([min, extra]) => ({ min, max: min + extra }));
const daySlots = DAYS.flatMap((day) => DAY_PARTS.map((part) => ({ day, part })));
const date = fc.integer({ min: 0, max: 90 }).map((day) => new Date(Date.UTC(2026, 10, 25 + day)).toISOString().slice(0, 10));
const id = (prefix: string) => fc.integer({ min: 0, max: 9999 }).map((n) => `${prefix}-${String(n).padStart(4, '0')}`);

export const arbitrarySeeker: fc.Arbitrary<MatchingSeeker> = record({
  id: id('seeker'),
  visibility: fc.constantFrom('hidden', 'caseworkers', 'employers-anonymous'),
  skills: fc.uniqueArray(
    record({ skillId: fc.constantFrom(...skillIds), level, source: fc.constantFrom(...SKILL_SOURCES) }),
    { maxLength: 6, selector: (skill) => skill.skillId },
  ),
  experience: fc.array(record({ occupationId: fc.constantFrom(...occupationIds), years: fc.integer({ min: 0, max: 15 }) }), {
    maxLength: 3,
  }),
  wantedOccupations: subset(occupationIds, 2),
  interests: subset(tags, 3),
  hoursPerWeek: fc.option(hours, { nil: null }),
  availability: fc.option(subset(daySlots, 10), { nil: null }),
  location: fc.option(fc.constantFrom(...places), { nil: null }),
  travel: fc.uniqueArray(
    record({ mode: fc.constantFrom(...TRAVEL_MODES), maxMinutes: fc.constantFrom(10, 20, 30, 45, 60) }),
    { maxLength: 3, selector: (travel) => travel.mode },
  ),
  hasDrivingLicence: fc.boolean(),
  dutchLevel: fc.option(fc.constantFrom(...CEFR_LEVELS), { nil: null }),
  availableFrom: fc.option(date, { nil: null }),
  limitations: subset(WORK_LIMITATIONS, 2),
  unwantedKinds: subset(VACANCY_KINDS, 2),
  supportNeeded: subset(SUPPORT_KINDS, 2),
});

export const arbitraryVacancy: fc.Arbitrary<MatchingVacancy> = record({
  id: id('vacancy'),
  kind: fc.constantFrom(...VACANCY_KINDS),
  skills: fc.uniqueArray(record({ skillId: fc.constantFrom(...skillIds), level, required: fc.boolean() }), {
    maxLength: 6,
    selector: (skill) => skill.skillId,
  }),
  occupationId: fc.option(fc.constantFrom(...occupationIds), { nil: null }),
  experienceYearsWanted: fc.constantFrom(0, 1, 2, 5),
  themes: subset(tags, 2),
  hoursPerWeek: fc.option(hours, { nil: null }),
  schedule: subset(daySlots, 4),
  location: fc.option(fc.constantFrom(...places), { nil: null }),
  remote: fc.boolean(),
  requiresDrivingLicence: fc.boolean(),
  minDutchLevel: fc.constantFrom('none', 'A1', 'A2', 'B1'),
  startDate: fc.option(date, { nil: null }),
  conditions: subset(WORK_CONDITIONS, 2),
  supportOffered: subset(SUPPORT_KINDS, 3),
});
