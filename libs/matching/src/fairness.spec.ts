import fc from 'fast-check';
import {
  evaluateMatch,
  rankSeekersForVacancy,
  rankVacanciesForSeeker,
  toMatchingSeeker,
  toMatchingVacancy,
  type MatchingSeeker,
  type MatchingVacancy,
  type SeekerInput,
} from './index';
import { arbitrarySeeker, arbitraryVacancy } from './testing/arbitraries';
import { seeker, vacancy } from './testing/fixtures';

/** Attributes the engine must never use, with values a real record might hold. */
const protectedAttributes = fc.record(
  {
    name: fc.string(),
    age: fc.integer({ min: 16, max: 67 }),
    dateOfBirth: fc.integer({ min: 1959, max: 2010 }).map((year) => `${year}-06-15`),
    gender: fc.constantFrom('female', 'male', 'non-binary', 'unknown'),
    nationality: fc.constantFrom('NL', 'TR', 'MA', 'SY', 'PL', 'ER', 'SR', 'UA'),
    origin: fc.constantFrom('Nederland', 'Turkije', 'Marokko', 'Syrië', 'Polen', 'Eritrea', 'Suriname'),
    religion: fc.constantFrom('none', 'christian', 'muslim', 'hindu', 'jewish'),
    maritalStatus: fc.constantFrom('single', 'married', 'divorced', 'widowed'),
    health: fc.constantFrom('none', 'diabetes', 'back problems', 'depression'),
  },
  { requiredKeys: [] },
);

const MODEL_KEYS = new Set([...Object.keys(seeker()), ...Object.keys(vacancy())]);
/** Any other key a stored row might carry (contact details, notes, ...), with any JSON value. */
const otherAttributes = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !MODEL_KEYS.has(key) && key !== '__proto__'),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 3 },
);
const extras = fc.tuple(protectedAttributes, otherAttributes).map(([attributes, other]) => ({ ...other, ...attributes }));

/** The record as a caller might pass it: the model plus extra attributes, also inside nested entries. */
function withExtras<T extends MatchingSeeker | MatchingVacancy>(model: T, extra: Record<string, unknown>): T {
  const nested = { assessedBy: extra.name, note: extra.health };
  const raw = { ...model, ...extra, skills: model.skills.map((skill) => ({ ...skill, ...nested })) };
  return 'experience' in model ? { ...raw, experience: model.experience.map((e) => ({ ...e, employer: extra.name })) } : raw;
}

/** A model object with two different sets of extra attributes. */
const twice = <T extends MatchingSeeker | MatchingVacancy>(model: fc.Arbitrary<T>) =>
  fc.tuple(model, extras, extras).map(([m, a, b]) => ({ model: m, a: withExtras(m, a), b: withExtras(m, b) }));

const uniqueIds = <T extends { model: { id: string } }>(item: fc.Arbitrary<T>) =>
  fc.uniqueArray(item, { selector: (i) => i.model.id, minLength: 1, maxLength: 12 });

describe('fairness', () => {
  it('changing attributes outside the model never changes any score or any order', () => {
    fc.assert(
      fc.property(uniqueIds(twice(arbitrarySeeker)), uniqueIds(twice(arbitraryVacancy)), (seekers, vacancies) => {
        const options = { audience: 'caseworker' as const, limit: 100, nearMissLimit: 100 };
        const side = (which: 'a' | 'b') => ({ seekers: seekers.map((s) => s[which]), vacancies: vacancies.map((v) => v[which]) });
        const results = (which: 'a' | 'b') => {
          const { seekers: ss, vacancies: vs } = side(which);
          return {
            seekersPerVacancy: vs.map((v) => rankSeekersForVacancy(v, ss, options)),
            vacanciesPerSeeker: ss.map((s) => rankVacanciesForSeeker(s, vs, options)),
            pairs: ss.flatMap((s) => vs.map((v) => evaluateMatch(s, v, { audience: 'seeker' }))),
          };
        };
        // Passed straight to the engine, as if a caller forgot toMatchingSeeker: still no effect.
        expect(results('a')).toEqual(results('b'));
      }),
      { numRuns: 60 },
    );
  });

  it('the input boundary copies only the model, dropping every other attribute', () => {
    fc.assert(
      fc.property(twice(arbitrarySeeker), twice(arbitraryVacancy), (s, v) => {
        // Strict: not even a key with an undefined value is left of the extras, at any depth.
        expect(toMatchingSeeker(s.a)).toStrictEqual(s.model);
        expect(toMatchingSeeker(s.b)).toStrictEqual(s.model);
        expect(toMatchingVacancy(v.a)).toStrictEqual(v.model);
      }),
      { numRuns: 200 },
    );
  });

  it('has no field for protected attributes in its input types', () => {
    // @ts-expect-error age is not part of the model
    const row: SeekerInput = { id: 'seeker-1', age: 45 };
    // @ts-expect-error nor is gender
    const model: MatchingSeeker = { ...seeker(), gender: 'female' };
    expect(Object.keys(toMatchingSeeker(row)).sort()).toEqual(Object.keys(model).filter((key) => key !== 'gender').sort());
  });
});
