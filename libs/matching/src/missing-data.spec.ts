import fc from 'fast-check';
import {
  SCORE_PARTS,
  evaluateMatch,
  rankSeekersForVacancy,
  toMatchingSeeker,
  toMatchingVacancy,
  type MatchResult,
  type MatchingSeeker,
  type MatchingVacancy,
  type SeekerInput,
} from './index';
import { arbitrarySeeker, arbitraryVacancy } from './testing/arbitraries';
import { seeker, vacancy } from './testing/fixtures';

const codes = (result: MatchResult) =>
  result.explanation.items.map((item) => (item.code === 'data.unknown' ? `unknown:${item.params.field}` : item.code));
const evaluate = (s: MatchingSeeker, v: MatchingVacancy) => evaluateMatch(s, v, { audience: 'seeker' });

describe('missing data', () => {
  it('matches an empty profile with an empty vacancy, explaining what is unknown', () => {
    const result = evaluate(toMatchingSeeker({ id: 'new' }), toMatchingVacancy({ id: 'draft', kind: 'day-activity' }));
    expect(result.outcome).toBe('match');
    expect(codes(result)).toEqual(['skills.none-asked', 'travel.unknown', 'unknown:hours']);
    expect(result.explanation.items).toContainEqual({ code: 'travel.unknown', params: { missing: 'seeker-location' } });
    expect(result.score).toBe(73); // skills 40 (none asked), support 5 (none needed), everything else neutral
  });

  it('lists every asked skill as still to learn for a seeker without skills, and says the profile has none', () => {
    const result = evaluate(seeker({ skills: [] }), vacancy());
    expect(result.breakdown.skills).toBe(0);
    expect(codes(result)).toEqual(expect.arrayContaining(['skills.missing', 'unknown:skills']));
  });

  it('gives neutral travel credit without a vacancy location or travel modes', () => {
    const noLocation = evaluate(seeker(), vacancy({ location: null }));
    expect(noLocation.explanation.items).toContainEqual({ code: 'travel.unknown', params: { missing: 'vacancy-location' } });
    expect(noLocation.breakdown.travel).toBe(5);
    const noModes = evaluate(seeker({ travel: [] }), vacancy());
    expect(noModes.explanation.items).toContainEqual({ code: 'travel.unknown', params: { missing: 'travel-modes' } });
  });

  it('assumes half an hour for a travel mode without a limit', () => {
    const byBike = evaluate(seeker({ travel: [{ mode: 'bike' }] }), vacancy());
    const travelTime = { code: 'travel.time', params: expect.objectContaining({ minutes: 13 }) };
    expect(byBike.explanation.items).toContainEqual(expect.objectContaining(travelTime));
    expect(evaluate(seeker({ travel: [{ mode: 'walking' }] }), vacancy()).outcome).toBe('near-miss'); // 2.5 km on foot in 30 minutes
  });

  it('copes with malformed values from forms and imports', () => {
    const messy = {
      ...seeker(),
      skills: [
        { skillId: 'office-cleaning', level: 7, source: 'rumour' },
        { skillId: 'not-in-the-taxonomy', level: Number.NaN, source: 'self-declared' },
      ],
      experience: [{ occupationId: 'not-an-occupation', years: -3 }],
      hoursPerWeek: { min: 32, max: 8 }, // the wrong way round
      availableFrom: '2026-13-45',
      location: { lat: 123, lon: 6.3 },
      travel: [{ mode: 'rocket' }],
    } as unknown as MatchingSeeker;
    const result = evaluate(messy, vacancy({ hoursPerWeek: { min: 20, max: 24 }, experienceYearsWanted: Number.NaN }));
    expect(result.outcome).toBe('match');
    const matched = { code: 'skills.matched', params: { skills: [{ skillId: 'office-cleaning', level: 3 }] } };
    expect(result.explanation.items).toContainEqual(matched);
    expect(result.explanation.items).toContainEqual({ code: 'travel.unknown', params: { missing: 'seeker-location' } });
  });

  it('drops list entries of the wrong type when reading stored rows', () => {
    const vacuuming = { skillId: 'vacuuming', level: 2, source: 'certificate' };
    const row = { id: 'row', skills: [null, vacuuming], interests: ['care', null], travel: [null] };
    const converted = toMatchingSeeker(row as unknown as SeekerInput);
    expect([converted.skills, converted.interests, converted.travel]).toEqual([[vacuuming], ['care'], []]);
  });

  it('never throws and always gives a valid score, whatever numbers arrive', () => {
    const junk = fc.oneof(fc.double(), fc.constant(Number.NaN), fc.constant(-1), fc.constant(1e9));
    const withLevel = <S>(skills: readonly S[], level: number) => skills.map((skill) => ({ ...skill, level }));
    const messySeeker = fc.tuple(arbitrarySeeker, junk, junk, junk).map(
      ([s, a, b, c]) => ({ ...s, hoursPerWeek: { min: a, max: b, preferred: c }, skills: withLevel(s.skills, a) }) as MatchingSeeker,
    );
    const messyVacancy = fc.tuple(arbitraryVacancy, junk, junk).map(
      ([v, a, b]) => ({ ...v, experienceYearsWanted: a, location: { lat: b, lon: a }, skills: withLevel(v.skills, b) }) as MatchingVacancy,
    );
    fc.assert(
      fc.property(fc.array(messySeeker, { maxLength: 5 }), messyVacancy, (seekers, v) => {
        const ranked = rankSeekersForVacancy(v, seekers, { audience: 'caseworker' });
        for (const result of [...ranked.matches, ...ranked.nearMisses]) {
          expect(Number.isInteger(result.score) && result.score >= 0 && result.score <= 100).toBe(true);
          expect(SCORE_PARTS.reduce((sum, part) => sum + result.breakdown[part], 0)).toBe(result.score);
        }
      }),
      { numRuns: 300 },
    );
  });
});
