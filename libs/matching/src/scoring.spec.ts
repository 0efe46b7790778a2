import fc from 'fast-check';
import { SCORE_PARTS, MATCHING_WEIGHTS_V1, evaluateMatch, type MatchingSeeker, type MatchingVacancy } from './index';
import { breakdownOf } from './scoring';
import { arbitrarySeeker, arbitraryVacancy } from './testing/arbitraries';
import { pc4, seeker, vacancy } from './testing/fixtures';

/** Remote, so travel earns its full 10 points and every other part can be read off on its own. */
const remote = (overrides: Partial<MatchingVacancy> = {}) => vacancy({ remote: true, ...overrides });
const evaluate = (s: MatchingSeeker, v: MatchingVacancy) => evaluateMatch(s, v, { audience: 'caseworker' });
const points = (s: MatchingSeeker, v: MatchingVacancy) => evaluate(s, v).breakdown;
const oneRequiredSkill = remote({ skills: [{ skillId: 'office-cleaning', level: 2, required: true }] });

describe('weights', () => {
  it('has a version and parts that add up to 100', () => {
    expect(MATCHING_WEIGHTS_V1.version).toMatch(/^\d{4}-\d{2}\.\d+$/);
    expect(SCORE_PARTS.reduce((sum, part) => sum + MATCHING_WEIGHTS_V1.parts[part], 0)).toBe(100);
  });
});

describe('soft score', () => {
  it('gives a perfect fit 100 points, every part in full', () => {
    const result = evaluate(seeker(), remote());
    expect(result.score).toBe(100);
    expect(result.breakdown).toEqual({
      skills: 40,
      occupation: 10,
      experience: 10,
      'wanted-occupation': 10,
      interests: 5,
      hours: 10,
      travel: 10,
      support: 5,
    });
  });

  describe('skills (seeker fits vacancy)', () => {
    it('weighs a required skill twice as much as a nice-to-have one', () => {
      const onlyRequired = seeker({ skills: [{ skillId: 'office-cleaning', level: 2, source: 'certificate' }] });
      const onlyNiceToHave = seeker({ skills: [{ skillId: 'planning-own-work', level: 2, source: 'certificate' }] });
      expect(points(onlyRequired, remote()).skills).toBe(27); // 40 × 2/3
      expect(points(onlyNiceToHave, remote()).skills).toBe(13); // 40 × 1/3
      expect(evaluate(onlyRequired, remote()).score).toBe(87);
    });

    it('gives part of the credit for a lower level than asked', () => {
      const levelOne = seeker({ skills: [{ skillId: 'office-cleaning', level: 1, source: 'certificate' }] });
      expect(points(levelOne, oneRequiredSkill).skills).toBe(20); // level 1 of 2
      const levelThree = seeker({ skills: [{ skillId: 'office-cleaning', level: 3, source: 'certificate' }] });
      expect(points(levelThree, oneRequiredSkill).skills).toBe(40); // more than asked is not more than full
    });

    it('gives partial credit for a related skill in the same ESCO skill group', () => {
      const vacuuming = seeker({ skills: [{ skillId: 'vacuuming', level: 2, source: 'certificate' }] }); // S6.11.2, like office-cleaning
      expect(points(vacuuming, oneRequiredSkill).skills).toBe(16); // 40 × 0.4
      const forklift = seeker({ skills: [{ skillId: 'forklift-driving', level: 3, source: 'certificate' }] }); // S8.1.3
      expect(points(forklift, oneRequiredSkill).skills).toBe(0);
    });

    it('counts a self-declared skill slightly less than a confirmed one', () => {
      const selfDeclared = seeker({ skills: [{ skillId: 'office-cleaning', level: 2, source: 'self-declared' }] });
      expect(points(selfDeclared, oneRequiredSkill).skills).toBe(36);
    });

    it('gives full credit when the vacancy asks no skills, and none to a seeker without skills', () => {
      expect(points(seeker({ skills: [] }), remote({ skills: [] })).skills).toBe(40);
      expect(points(seeker({ skills: [] }), remote()).skills).toBe(0);
    });
  });

  describe('occupation and experience (seeker fits vacancy)', () => {
    it('rates work in the same occupation, the same ISCO unit group and the same minor group', () => {
      const workedAs = (occupationId: string) => points(seeker({ experience: [{ occupationId, years: 2 }] }), remote()).occupation;
      expect(workedAs('9112.2')).toBe(10); // office and building cleaner
      expect(workedAs('9112.4')).toBe(7); // housekeeping attendant, unit group 9112
      expect(workedAs('9111.1')).toBe(4); // domestic cleaner, minor group 911
      expect(workedAs('5120.1')).toBe(0); // cook
    });

    it('measures years of relevant experience against the years wanted', () => {
      const wantsFour = remote({ experienceYearsWanted: 4 });
      expect(points(seeker({ experience: [{ occupationId: '9112.2', years: 2 }] }), wantsFour).experience).toBe(5);
      expect(points(seeker({ experience: [{ occupationId: '9112.2', years: 6 }] }), wantsFour).experience).toBe(10);
      // Years in a similar occupation count for less: 2 × 0.7 = 1.4 of 4.
      expect(points(seeker({ experience: [{ occupationId: '9112.4', years: 2 }] }), wantsFour).experience).toBe(4);
      expect(points(seeker({ experience: [] }), wantsFour).experience).toBe(0);
    });

    it('is neutral when the vacancy has no occupation', () => {
      const unclassified = points(seeker(), remote({ occupationId: null }));
      expect([unclassified.occupation, unclassified.experience, unclassified['wanted-occupation']]).toEqual([5, 5, 5]);
    });
  });

  describe('vacancy fits seeker', () => {
    it('rewards work the seeker wants to do, and is neutral when they named none', () => {
      expect(points(seeker({ wantedOccupations: ['9112.4'] }), remote())['wanted-occupation']).toBe(7);
      expect(points(seeker({ wantedOccupations: ['5120.1'] }), remote())['wanted-occupation']).toBe(0);
      expect(points(seeker({ wantedOccupations: [] }), remote())['wanted-occupation']).toBe(5);
    });

    it('rewards shared interests, and is neutral when either side has none', () => {
      expect(points(seeker({ interests: ['cleaning', 'care'] }), remote({ themes: ['cleaning'] })).interests).toBe(5);
      expect(points(seeker({ interests: ['care'] }), remote({ themes: ['cleaning'] })).interests).toBe(0);
      expect(evaluate(seeker({ interests: [] }), remote()).score).toBe(98); // 2.5 for interests: 97.5 rounds to 98
    });

    it('compares the vacancy’s hours with the hours the seeker prefers', () => {
      const prefers20 = seeker({ hoursPerWeek: { min: 16, max: 32, preferred: 20 } });
      expect(points(prefers20, remote({ hoursPerWeek: { min: 18, max: 22 } })).hours).toBe(10);
      expect(points(prefers20, remote({ hoursPerWeek: { min: 30, max: 32 } })).hours).toBe(5); // 10 hours off 20
    });

    it('prefers a shorter trip within the seeker’s limit', () => {
      const bike = seeker({ travel: [{ mode: 'bike', maxKm: 10 }] });
      const near = points(bike, vacancy({ location: pc4('7002') })).travel; // Doetinchem, next door
      const far = points(bike, vacancy({ location: pc4('7031') })).travel; // Wehl side of Doetinchem, 7 km by road
      expect(near).toBeGreaterThan(far);
      expect(far).toBeGreaterThanOrEqual(3); // never below the credit at the limit
      expect(points(bike, vacancy({ location: null })).travel).toBe(5);
    });

    it('counts how much of the support the seeker needs is offered', () => {
      const needs = seeker({ supportNeeded: ['job-coach', 'adapted-workplace'] });
      expect(points(needs, remote({ supportOffered: ['job-coach', 'adapted-workplace', 'training-on-the-job'] })).support).toBe(5);
      expect(evaluate(needs, remote({ supportOffered: ['job-coach'] })).score).toBe(98); // 2.5 for support
      expect(points(needs, remote({ supportOffered: [] })).support).toBe(0);
    });
  });
});

describe('score breakdown', () => {
  it('hands the points lost to rounding to the parts with the largest remainders, ties in part order', () => {
    // Exact points 20, 5, 5, 5, 2.5, 5, 5, 2.5 = 50: one point left after rounding down, interests comes first.
    const credits = Float64Array.from([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(breakdownOf(credits, 50)).toEqual({
      skills: 20,
      occupation: 5,
      experience: 5,
      'wanted-occupation': 5,
      interests: 3,
      hours: 5,
      travel: 5,
      support: 2,
    });
  });

  it('adds up exactly to the score, with every part within its points, for any pair', () => {
    fc.assert(
      fc.property(arbitrarySeeker, arbitraryVacancy, (s, v) => {
        const { score, breakdown } = evaluateMatch(s, v, { audience: 'seeker' });
        expect(Number.isInteger(score) && score >= 0 && score <= 100).toBe(true);
        expect(SCORE_PARTS.reduce((sum, part) => sum + breakdown[part], 0)).toBe(score);
        for (const part of SCORE_PARTS) {
          expect(Number.isInteger(breakdown[part])).toBe(true);
          expect(breakdown[part]).toBeGreaterThanOrEqual(0);
          expect(breakdown[part]).toBeLessThanOrEqual(MATCHING_WEIGHTS_V1.parts[part]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
