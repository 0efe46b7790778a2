import type { ScorePartId, SkillSource, TravelMode } from '@meedoen/shared';

/**
 * Every tunable number of the matching algorithm, in one versioned object. Changing any value means a new
 * `version` and an update of docs/algorithm-register.md, so a score can always be traced to the rules behind it.
 */
export const MATCHING_WEIGHTS_V1 = {
  version: '2026-11.1',
  /** Points per part of the 0–100 score; they add up to 100. */
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
    /** Roads are not straight: straight-line (haversine) distance times this factor. */
    detourFactor: 1.3,
    /** Travel credit falls linearly from 1 next door to this value at the seeker's limit. */
    creditAtLimit: 0.3,
  },
  /** How far off a single failed constraint may be to still be shown as a near miss. */
  nearMissTolerance: {
    travelKm: 5,
    hoursPerWeek: 8,
    scheduleSlots: 2,
    languageLevels: 1,
    startDays: 31,
  },
} as const;

export type MatchingWeights = typeof MATCHING_WEIGHTS_V1;
export const SCORE_PARTS = Object.keys(MATCHING_WEIGHTS_V1.parts) as ScorePartId[];
