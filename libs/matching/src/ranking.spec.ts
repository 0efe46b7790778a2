import fc from 'fast-check';
import {
  SeekerIndex,
  VacancyIndex,
  evaluateMatch,
  rankSeekersForVacancy,
  rankVacanciesForSeeker,
  type MatchingSeeker,
  type RankedMatches,
} from './index';
import { arbitrarySeeker, arbitraryVacancy } from './testing/arbitraries';
import { pc4, seeker, vacancy } from './testing/fixtures';

const ids = (ranked: RankedMatches, side: 'seekerId' | 'vacancyId') => ranked.matches.map((match) => match[side]);
const scores = (ranked: RankedMatches) => ranked.matches.map((match) => match.score);

/** Seekers who all match `vacancy()`, with clearly different skill levels: strong, medium, weak. */
const strong = seeker({ id: 'c-strong' });
const medium = seeker({ id: 'a-medium', skills: [{ skillId: 'office-cleaning', level: 1, source: 'self-declared' }] });
const weak = seeker({ id: 'b-weak', skills: [] });

describe('ranking seekers for a vacancy', () => {
  it('orders by score, best first', () => {
    const ranked = rankSeekersForVacancy(vacancy(), [weak, strong, medium], { audience: 'employer' });
    expect(ids(ranked, 'seekerId')).toEqual(['c-strong', 'a-medium', 'b-weak']);
    expect(scores(ranked)).toEqual([...scores(ranked)].sort((a, b) => b - a));
    expect(ranked.totalMatches).toBe(3);
    expect(ranked.candidates).toBe(3);
  });

  it('breaks ties by id, whatever the order of input', () => {
    const twins = ['s-3', 's-1', 's-2'].map((id) => seeker({ id }));
    const forward = rankSeekersForVacancy(vacancy(), twins, { audience: 'employer' });
    const backward = rankSeekersForVacancy(vacancy(), [...twins].reverse(), { audience: 'employer' });
    expect(ids(forward, 'seekerId')).toEqual(['s-1', 's-2', 's-3']);
    expect(backward).toEqual(forward);
  });

  it('returns the top N and the next pages without overlap', () => {
    const seekers = Array.from({ length: 25 }, (_, i) =>
      seeker({ id: `s-${String(i).padStart(2, '0')}`, hoursPerWeek: { min: 8, max: 40, preferred: 8 + i } }),
    );
    const all = rankSeekersForVacancy(vacancy(), seekers, { audience: 'employer', limit: 25 });
    const pages = [0, 10, 20].map((offset) => rankSeekersForVacancy(vacancy(), seekers, { audience: 'employer', limit: 10, offset }));
    expect(pages.map((page) => page.matches.length)).toEqual([10, 10, 5]);
    expect(pages.flatMap((page) => ids(page, 'seekerId'))).toEqual(ids(all, 'seekerId'));
    expect(pages.every((page) => page.totalMatches === 25)).toBe(true);
  });

  it('leaves out matches below the minimum score', () => {
    const ranked = rankSeekersForVacancy(vacancy(), [weak, strong, medium], { audience: 'employer', minScore: 70 });
    expect(ranked.matches.every((match) => match.score >= 70)).toBe(true);
    expect(ids(ranked, 'seekerId')).not.toContain('b-weak');
    expect(ranked.totalMatches).toBe(ranked.matches.length);
  });

  it('returns exactly what evaluating the pair on its own returns', () => {
    const ranked = rankSeekersForVacancy(vacancy(), [weak, strong, medium], { audience: 'caseworker' });
    for (const match of ranked.matches) {
      const single = [weak, strong, medium].find((s) => s.id === match.seekerId)!;
      expect(match).toEqual(evaluateMatch(single, vacancy(), { audience: 'caseworker' }));
    }
  });

  it('is deterministic for any input and input order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbitrarySeeker, { selector: (s) => s.id, maxLength: 30 }), arbitraryVacancy, (seekers, v) => {
        const once = rankSeekersForVacancy(v, seekers, { audience: 'caseworker', limit: 10 });
        const again = rankSeekersForVacancy(v, [...seekers].reverse(), { audience: 'caseworker', limit: 10 });
        expect(again).toEqual(once);
        for (let k = 1; k < once.matches.length; k++) {
          const [a, b] = [once.matches[k - 1], once.matches[k]];
          expect(a.score > b.score || (a.score === b.score && a.seekerId < b.seekerId)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('ranking vacancies for a seeker', () => {
  const cleaning = vacancy({ id: 'v-cleaning' });
  const forklift = vacancy({
    id: 'v-warehouse',
    occupationId: '8344.1',
    themes: ['logistics'],
    skills: [{ skillId: 'forklift-driving', level: 2, required: true }],
  });
  const tooFar = vacancy({ id: 'v-winterswijk', location: pc4('7101') });

  it('orders vacancies best first and leaves out those a hard constraint excludes', () => {
    const ranked = rankVacanciesForSeeker(seeker(), [forklift, tooFar, cleaning]);
    expect(ids(ranked, 'vacancyId')).toEqual(['v-cleaning', 'v-warehouse']);
    expect(ranked.excluded).toBe(1);
  });

  it('gives a caseworker nothing for a hidden profile, but the seeker their own matches', () => {
    const hidden = seeker({ visibility: 'hidden' });
    expect(rankVacanciesForSeeker(hidden, [cleaning, forklift], { audience: 'caseworker' }).matches).toEqual([]);
    expect(ids(rankVacanciesForSeeker(hidden, [cleaning, forklift]), 'vacancyId')).toEqual(['v-cleaning', 'v-warehouse']);
  });

  it('returns near misses for the seeker too', () => {
    const ranked = rankVacanciesForSeeker(seeker({ travel: [{ mode: 'bike', maxKm: 2.5 }] }), [cleaning]);
    expect(ranked.matches).toEqual([]);
    expect(ranked.nearMisses.map((miss) => [miss.vacancyId, miss.outcome])).toEqual([['v-cleaning', 'near-miss']]);
    const countedOnly = rankVacanciesForSeeker(seeker({ travel: [{ mode: 'bike', maxKm: 2.5 }] }), [cleaning], { nearMissLimit: 0 });
    expect([countedOnly.nearMisses.length, countedOnly.totalNearMisses]).toEqual([0, 1]);
  });
});

describe('indexes', () => {
  it('apply profile edits and removals immediately', () => {
    const index = new SeekerIndex();
    [strong, medium, weak].forEach((s) => index.upsert(s));
    expect(index.size).toBe(3);
    index.upsert({ ...weak, skills: strong.skills, experience: strong.experience }); // profile edited
    expect(ids(index.rankForVacancy(vacancy(), { audience: 'employer' }), 'seekerId')).toEqual(['b-weak', 'c-strong', 'a-medium']);
    expect(index.remove('c-strong')).toBe(true);
    expect(index.remove('c-strong')).toBe(false);
    expect(index.has('c-strong')).toBe(false);
    expect(index.size).toBe(2);
    expect(ids(index.rankForVacancy(vacancy(), { audience: 'employer' }), 'seekerId')).toEqual(['b-weak', 'a-medium']);
  });

  it('give the same results after any sequence of updates as an index built from scratch', () => {
    // Few distinct ids, so updates often replace or remove a seeker that is in the index.
    const someId = fc.integer({ min: 0, max: 9 }).map((n) => `seeker-${n}`);
    const update = fc.oneof(
      fc.tuple(arbitrarySeeker, someId).map(([s, id]) => ({ upsert: { ...s, id } })),
      someId.map((id) => ({ remove: id })),
    );
    fc.assert(
      fc.property(fc.array(update, { maxLength: 40 }), arbitraryVacancy, (updates, v) => {
        const index = new SeekerIndex();
        const expected = new Map<string, MatchingSeeker>();
        for (const u of updates) {
          if ('upsert' in u) {
            index.upsert(u.upsert);
            expected.set(u.upsert.id, u.upsert);
          } else {
            expect(index.remove(u.remove)).toBe(expected.delete(u.remove));
          }
        }
        expect(index.size).toBe(expected.size);
        const options = { audience: 'caseworker' as const, limit: 100 };
        expect(index.rankForVacancy(v, options)).toEqual(rankSeekersForVacancy(v, [...expected.values()], options));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps vacancies up to date as they are published and withdrawn', () => {
    const index = new VacancyIndex();
    index.upsert(vacancy({ id: 'v-1' }));
    index.upsert(vacancy({ id: 'v-2', hoursPerWeek: { min: 36, max: 40 } }));
    expect(ids(index.rankForSeeker(seeker()), 'vacancyId')).toEqual(['v-1']);
    index.upsert(vacancy({ id: 'v-2' })); // hours changed
    expect(ids(index.rankForSeeker(seeker()), 'vacancyId')).toEqual(['v-1', 'v-2']);
    index.remove('v-1'); // filled
    expect(ids(index.rankForSeeker(seeker()), 'vacancyId')).toEqual(['v-2']);
  });
});
