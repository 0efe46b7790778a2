import { haversineKm, type ConstraintFailure } from '@meedoen/shared';
import {
  MATCHING_WEIGHTS_V1,
  evaluateMatch,
  rankSeekersForVacancy,
  type Audience,
  type MatchResult,
  type MatchingSeeker,
  type MatchingVacancy,
} from './index';
import { pc4, seeker, vacancy } from './testing/fixtures';

const evaluate = (s: MatchingSeeker, v: MatchingVacancy, audience: Audience = 'caseworker', asOf?: string): MatchResult =>
  evaluateMatch(s, v, { audience, asOf });

const failures = (result: MatchResult): ConstraintFailure['constraint'][] => result.failedConstraints.map((f) => f.constraint);

/** Road distance the engine computes between the fixtures' default places (Doetinchem 7001 → 7004). */
const roadKm = (() => {
  const item = evaluate(seeker(), vacancy()).explanation.items.find((i) => i.code === 'travel.time');
  if (item?.code !== 'travel.time') throw new Error('fixtures should be reachable');
  return item.params.distanceKm;
})();

describe('hard constraints', () => {
  it('the fixtures match on every constraint', () => {
    const result = evaluate(seeker(), vacancy());
    expect(result.outcome).toBe('match');
    expect(result.failedConstraints).toEqual([]);
    expect(roadKm).toBeCloseTo(3.26, 2);
  });

  describe('hours per week', () => {
    it('matches when the ranges only touch', () => {
      const touching = evaluate(seeker({ hoursPerWeek: { min: 16, max: 24 } }), vacancy({ hoursPerWeek: { min: 24, max: 32 } }));
      expect(touching.outcome).toBe('match');
    });

    it('is a near miss up to 8 hours apart, with the gap and its direction', () => {
      const short = evaluate(seeker({ hoursPerWeek: { min: 16, max: 24 } }), vacancy({ hoursPerWeek: { min: 32, max: 36 } }));
      expect(short.outcome).toBe('near-miss');
      expect(short.failedConstraints).toEqual([{ constraint: 'hours', direction: 'short', hoursPerWeek: 8 }]);
      const over = evaluate(seeker({ hoursPerWeek: { min: 20, max: 32 } }), vacancy({ hoursPerWeek: { min: 8, max: 12 } }));
      expect(over.failedConstraints).toEqual([{ constraint: 'hours', direction: 'over', hoursPerWeek: 8 }]);
    });

    it('excludes beyond the tolerance', () => {
      const result = evaluate(seeker({ hoursPerWeek: { min: 16, max: 24 } }), vacancy({ hoursPerWeek: { min: 33, max: 38 } }));
      expect(result.outcome).toBe('excluded');
      expect(result.failedConstraints).toEqual([{ constraint: 'hours', direction: 'short', hoursPerWeek: 9 }]);
    });

    it('never excludes when either side did not give hours', () => {
      expect(evaluate(seeker({ hoursPerWeek: null }), vacancy({ hoursPerWeek: { min: 36, max: 40 } })).outcome).toBe('match');
      expect(evaluate(seeker({ hoursPerWeek: { min: 4, max: 8 } }), vacancy({ hoursPerWeek: null })).outcome).toBe('match');
    });
  });

  describe('days and parts of the day', () => {
    const mondayTuesdayMornings = vacancy({ schedule: [{ day: 'mon', part: 'morning' }, { day: 'tue', part: 'morning' }] });

    it('matches when the seeker can do every slot of the schedule', () => {
      const available = seeker({ availability: (['mon', 'tue', 'wed'] as const).map((day) => ({ day, part: 'morning' as const })) });
      expect(evaluate(available, mondayTuesdayMornings).outcome).toBe('match');
    });

    it('names the slots the seeker cannot do; one or two missing is a near miss', () => {
      const result = evaluate(seeker({ availability: [{ day: 'mon', part: 'morning' }] }), mondayTuesdayMornings);
      expect(result.outcome).toBe('near-miss');
      expect(result.failedConstraints).toEqual([{ constraint: 'schedule', missing: [{ day: 'tue', part: 'morning' }] }]);
    });

    it('excludes when more than two slots are missing', () => {
      const week = vacancy({ schedule: (['mon', 'tue', 'wed'] as const).map((day) => ({ day, part: 'afternoon' as const })) });
      const result = evaluate(seeker({ availability: [{ day: 'mon', part: 'morning' }] }), week);
      expect(result.outcome).toBe('excluded');
      expect(failures(result)).toEqual(['schedule']);
    });

    it('needs only one shared slot when the vacancy offers flexible hours', () => {
      const flexible = vacancy({ ...mondayTuesdayMornings, supportOffered: ['flexible-hours'] });
      expect(evaluate(seeker({ availability: [{ day: 'tue', part: 'morning' }] }), flexible).outcome).toBe('match');
      expect(failures(evaluate(seeker({ availability: [{ day: 'fri', part: 'evening' }] }), flexible))).toEqual(['schedule']);
    });

    it('never excludes when the seeker did not give availability', () => {
      expect(evaluate(seeker({ availability: null }), mondayTuesdayMornings).outcome).toBe('match');
    });
  });

  describe('travel', () => {
    it('is fine exactly at the limit and a near miss just beyond it, with how far off', () => {
      expect(evaluate(seeker({ travel: [{ mode: 'bike', maxKm: roadKm }] }), vacancy()).outcome).toBe('match');
      const result = evaluate(seeker({ travel: [{ mode: 'bike', maxKm: roadKm - 0.5 }] }), vacancy());
      expect(result.outcome).toBe('near-miss');
      const [failure] = result.failedConstraints;
      expect(failure).toMatchObject({ constraint: 'travel', mode: 'bike' });
      expect(failure.constraint === 'travel' && failure.kmTooFar).toBeCloseTo(0.5, 6);
    });

    it('allows a near miss up to 5 km too far', () => {
      const far = vacancy({ location: pc4('7101') }); // Winterswijk
      const roadToWinterswijk = haversineKm(pc4('7001'), pc4('7101')) * MATCHING_WEIGHTS_V1.travel.detourFactor;
      expect(roadToWinterswijk).toBeCloseTo(38.5, 1);
      expect(evaluate(seeker({ travel: [{ mode: 'car', maxKm: roadToWinterswijk - 4.5 }] }), far).outcome).toBe('near-miss');
      expect(evaluate(seeker({ travel: [{ mode: 'car', maxKm: roadToWinterswijk - 5.5 }] }), far).outcome).toBe('excluded');
    });

    it('turns a limit in minutes into distance with the speed of the mode', () => {
      // 3.26 km by bike at 15 km/h is 13 minutes; on foot at 5 km/h it is 39 minutes.
      expect(evaluate(seeker({ travel: [{ mode: 'bike', maxMinutes: 14 }] }), vacancy()).outcome).toBe('match');
      expect(evaluate(seeker({ travel: [{ mode: 'bike', maxMinutes: 12 }] }), vacancy()).outcome).toBe('near-miss');
      expect(failures(evaluate(seeker({ travel: [{ mode: 'walking', maxMinutes: 20 }] }), vacancy()))).toEqual(['travel']);
    });

    it('uses the first mode in the seeker’s order of preference that reaches the vacancy', () => {
      const travel = [{ mode: 'walking', maxMinutes: 15 }, { mode: 'bike', maxMinutes: 20 }, { mode: 'car' }] as const;
      const result = evaluate(seeker({ travel }), vacancy());
      expect(result.explanation.items).toContainEqual({ code: 'travel.time', params: { mode: 'bike', minutes: 13, distanceKm: roadKm } });
    });

    it('reports the mode that comes closest when none reaches', () => {
      const result = evaluate(seeker({ travel: [{ mode: 'bike', maxKm: 2 }, { mode: 'walking', maxKm: 1 }] }), vacancy());
      expect(result.failedConstraints[0]).toMatchObject({ constraint: 'travel', mode: 'bike' });
    });

    it('never excludes for remote work or an unknown location', () => {
      const far = { travel: [{ mode: 'walking' as const, maxKm: 0.1 }] };
      expect(evaluate(seeker(far), vacancy({ remote: true })).outcome).toBe('match');
      expect(evaluate(seeker(far), vacancy({ location: null })).outcome).toBe('match');
      expect(evaluate(seeker({ ...far, location: null }), vacancy()).outcome).toBe('match');
    });
  });

  describe('driving licence', () => {
    it('excludes a seeker without one when the vacancy needs one, never as a near miss', () => {
      const result = evaluate(seeker({ hasDrivingLicence: false }), vacancy({ requiresDrivingLicence: true }));
      expect(result.outcome).toBe('excluded');
      expect(result.failedConstraints).toEqual([{ constraint: 'driving-licence' }]);
      expect(evaluate(seeker({ hasDrivingLicence: true }), vacancy({ requiresDrivingLicence: true })).outcome).toBe('match');
    });
  });

  describe('minimum level of Dutch', () => {
    it('matches at exactly the level asked', () => {
      expect(evaluate(seeker({ dutchLevel: 'B1' }), vacancy({ minDutchLevel: 'B1' })).outcome).toBe('match');
    });

    it('is a near miss one level short and excluded two levels short', () => {
      const oneShort = evaluate(seeker({ dutchLevel: 'A2' }), vacancy({ minDutchLevel: 'B1' }));
      expect(oneShort.outcome).toBe('near-miss');
      expect(oneShort.failedConstraints).toEqual([{ constraint: 'language', required: 'B1', actual: 'A2', levelsShort: 1 }]);
      expect(evaluate(seeker({ dutchLevel: 'A1' }), vacancy({ minDutchLevel: 'B1' })).outcome).toBe('excluded');
    });

    it('never excludes when the seeker’s level is unknown', () => {
      expect(evaluate(seeker({ dutchLevel: null }), vacancy({ minDutchLevel: 'B2' })).outcome).toBe('match');
    });
  });

  describe('start and availability date', () => {
    it('matches when the seeker is available on the start day', () => {
      expect(evaluate(seeker({ availableFrom: '2026-12-15' }), vacancy({ startDate: '2026-12-15' })).outcome).toBe('match');
    });

    it('is a near miss up to 31 days late, with the days', () => {
      const result = evaluate(seeker({ availableFrom: '2027-01-15' }), vacancy({ startDate: '2026-12-15' }));
      expect(result.outcome).toBe('near-miss');
      expect(result.failedConstraints).toEqual([
        { constraint: 'start-date', daysLate: 31, availableFrom: '2027-01-15', startDate: '2026-12-15' },
      ]);
      expect(evaluate(seeker({ availableFrom: '2027-01-16' }), vacancy({ startDate: '2026-12-15' })).outcome).toBe('excluded');
    });

    it('starts "as soon as possible" vacancies two weeks after the day of matching, and none sooner', () => {
      const asap = vacancy({ startDate: null });
      expect(evaluate(seeker({ availableFrom: '2027-03-01' }), asap).outcome).toBe('match'); // no day of matching given
      expect(evaluate(seeker({ availableFrom: '2026-12-09' }), asap, 'caseworker', '2026-11-25').outcome).toBe('match');
      expect(evaluate(seeker({ availableFrom: '2026-12-10' }), asap, 'caseworker', '2026-11-25').failedConstraints).toEqual([
        { constraint: 'start-date', daysLate: 1, availableFrom: '2026-12-10', startDate: '2026-12-09' },
      ]);
      const alreadyOpen = vacancy({ startDate: '2026-11-01' });
      expect(evaluate(seeker({ availableFrom: '2026-12-24' }), alreadyOpen, 'caseworker', '2026-11-25').failedConstraints).toEqual([
        { constraint: 'start-date', daysLate: 15, availableFrom: '2026-12-24', startDate: '2026-12-09' },
      ]);
      const later = vacancy({ startDate: '2027-02-01' });
      expect(failures(evaluate(seeker({ availableFrom: '2027-02-02' }), later, 'caseworker', '2026-11-25'))).toEqual(['start-date']);
    });

    it('never excludes when the seeker’s date is unknown or malformed', () => {
      expect(evaluate(seeker({ availableFrom: null }), vacancy()).outcome).toBe('match');
      expect(evaluate(seeker({ availableFrom: '2027-02-31' }), vacancy()).outcome).toBe('match');
    });
  });

  describe('work-relevant limitations', () => {
    it('excludes physical demands the seeker cannot meet and names each conflict, never as a near miss', () => {
      const result = evaluate(
        seeker({ limitations: ['no-heavy-lifting', 'quiet-workplace', 'short-standing'] }),
        vacancy({ conditions: ['heavy-lifting', 'noisy'] }),
      );
      expect(result.outcome).toBe('excluded');
      expect(result.failedConstraints).toEqual([
        {
          constraint: 'limitations',
          conflicts: [
            { condition: 'heavy-lifting', limitation: 'no-heavy-lifting' },
            { condition: 'noisy', limitation: 'quiet-workplace' },
          ],
        },
      ]);
    });

    it('treats work in night slots as night work even when the condition was not ticked', () => {
      const nights = vacancy({ schedule: [{ day: 'sat', part: 'night' }] });
      expect(failures(evaluate(seeker({ limitations: ['no-night-shifts'] }), nights))).toEqual(['limitations']);
      expect(evaluate(seeker({ limitations: ['no-heavy-lifting'] }), nights).outcome).toBe('match');
    });
  });

  describe('kind of vacancy', () => {
    it('excludes kinds the seeker does not want', () => {
      const result = evaluate(seeker({ unwantedKinds: ['volunteer', 'day-activity'] }), vacancy({ kind: 'volunteer' }));
      expect(result.outcome).toBe('excluded');
      expect(result.failedConstraints).toEqual([{ constraint: 'vacancy-kind', kind: 'volunteer' }]);
      expect(evaluate(seeker({ unwantedKinds: ['volunteer'] }), vacancy({ kind: 'work-experience' })).outcome).toBe('match');
    });
  });

  describe('visibility', () => {
    const outcomes = (visibility: MatchingSeeker['visibility']) =>
      (['seeker', 'caseworker', 'employer'] as const).map((audience) => evaluate(seeker({ visibility }), vacancy(), audience).outcome);

    it('shows employers only anonymous profiles, caseworkers also caseworker-only ones, and hidden ones only to the seeker', () => {
      expect(outcomes('employers-anonymous')).toEqual(['match', 'match', 'match']);
      expect(outcomes('caseworkers')).toEqual(['match', 'match', 'excluded']);
      expect(outcomes('hidden')).toEqual(['match', 'excluded', 'excluded']);
    });

    it('reveals nothing about a profile the audience may not see', () => {
      const result = evaluate(seeker({ visibility: 'hidden', hoursPerWeek: { min: 1, max: 2 } }), vacancy(), 'employer');
      expect(result.score).toBe(0);
      expect(result.failedConstraints).toEqual([{ constraint: 'visibility' }]);
      expect(result.explanation.items).toEqual([{ code: 'constraint.failed', params: { constraint: 'visibility' } }]);
    });
  });

  it('lists every failed constraint of an excluded pair, in a fixed order', () => {
    const result = evaluate(
      seeker({ hasDrivingLicence: false, unwantedKinds: ['regular'], hoursPerWeek: { min: 4, max: 8 } }),
      vacancy({ requiresDrivingLicence: true, hoursPerWeek: { min: 10, max: 12 } }),
    );
    expect(result.outcome).toBe('excluded');
    expect(failures(result)).toEqual(['hours', 'driving-licence', 'vacancy-kind']);
  });

  describe('near misses in a ranking', () => {
    const seekers = [
      seeker({ id: 'fits' }),
      seeker({ id: 'bit-far', travel: [{ mode: 'bike', maxKm: roadKm - 1 }] }),
      seeker({ id: 'two-failures', travel: [{ mode: 'bike', maxKm: roadKm - 1 }], dutchLevel: 'A1' }),
      seeker({ id: 'no-licence-needed-but-unwanted', unwantedKinds: ['regular'] }),
    ];

    it('come separately and flagged for caseworkers, with how far off', () => {
      const ranked = rankSeekersForVacancy(vacancy(), seekers, { audience: 'caseworker' });
      expect(ranked.matches.map((m) => m.seekerId)).toEqual(['fits']);
      expect(ranked.nearMisses.map((m) => [m.seekerId, m.outcome, failures(m)])).toEqual([['bit-far', 'near-miss', ['travel']]]);
      expect(ranked.excluded).toBe(2);
    });

    it('are never shown to employers', () => {
      const ranked = rankSeekersForVacancy(vacancy(), seekers, { audience: 'employer' });
      expect(ranked.nearMisses).toEqual([]);
      expect(ranked.totalNearMisses).toBe(0);
      expect(ranked.excluded).toBe(3);
      expect(evaluate(seekers[1], vacancy(), 'employer').outcome).toBe('excluded');
    });
  });
});
