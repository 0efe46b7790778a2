import type { ConstraintId, ScorePartId, SkillSource, TravelMode } from '@meedoen/shared';

/**
 * Every tunable number of the matching algorithm, in one versioned object. Changing any value means a new
 * `version` and an update of docs/algorithm-register.md, so a score can always be traced to the rules behind it.
 */
export const MATCHING_WEIGHTS_V1 = {
  version: '2026-11.1',
  /**
   * Points per part of the 0–100 score; they add up to 100. The first three say how well the seeker fits the
   * vacancy (60 points), the other five how well the vacancy fits the seeker (40 points).
   */
  parts: {
    skills: 40,
    occupation: 10,
    experience: 10,
    'wanted-occupation': 10,
    interests: 5,
    hours: 10,
    travel: 10,
    support: 5,
  } satisfies Record<ScorePartId, number>,
  skills: {
    /** A required skill counts twice as much as a nice-to-have one. */
    requiredWeight: 2,
    niceToHaveWeight: 1,
    /** Credit for a different skill in the same ESCO skill group, relative to having the skill itself. */
    relatedSkillCredit: 0.4,
    /** Skills checked by a caseworker or proven by a certificate count fully; self-declared ones slightly less. */
    sourceCredit: { 'self-declared': 0.9, 'caseworker-confirmed': 1, certificate: 1 } satisfies Record<SkillSource, number>,
  },
  occupation: {
    /** Same ESCO occupation, same ISCO unit group (4 digits), same ISCO minor group (3 digits). */
    similarity: { exact: 1, 'same-group': 0.7, 'related-group': 0.4 },
  },
  /** Credit for a part when the data to judge it is missing: neither rewarded nor punished. */
  unknownCredit: 0.5,
  travel: {
    /** Average door-to-door speeds used to turn distance into minutes. */
    speedKmPerHour: { walking: 5, bike: 15, 'public-transport': 25, car: 50 } satisfies Record<TravelMode, number>,
    /** Roads are not straight: straight-line (great-circle) distance times this factor. */
    detourFactor: 1.3,
    /** Limit for a travel mode the seeker accepts without saying how far. */
    defaultMaxMinutes: 30,
    /** Travel credit falls linearly from 1 next door to this value at the seeker's limit. */
    creditAtLimit: 0.3,
  },
  /**
   * Starting takes time (contract, stopping benefits, childcare): counted from the day of matching, no start is
   * expected sooner than this. Vacancies without a start date ("as soon as possible") start then.
   */
  startLeadTimeDays: 14,
  /**
   * How far off the single failed constraint of a near miss may be, in the constraint's own unit. null: failing
   * it is never "almost" — visibility is consent, limitations protect the seeker, an unwanted kind of work is the
   * seeker's choice, and a driving licence takes months.
   */
  nearMissTolerance: {
    hours: 8, // hours per week
    schedule: 2, // day parts
    travel: 5, // km
    language: 1, // CEFR levels
    'start-date': 31, // days
    visibility: null,
    'driving-licence': null,
    limitations: null,
    'vacancy-kind': null,
  } satisfies Record<ConstraintId, number | null>,
} as const;

export type MatchingWeights = typeof MATCHING_WEIGHTS_V1;
export const SCORE_PARTS = Object.keys(MATCHING_WEIGHTS_V1.parts) as ScorePartId[];
