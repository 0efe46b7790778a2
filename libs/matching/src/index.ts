/**
 * @meedoen/matching: matches seekers (residents) with vacancies. Pure TypeScript, no I/O.
 *
 * 1. Turn stored rows into engine input with `toMatchingSeeker` / `toMatchingVacancy`: they copy only the fields
 *    the engine may use, so name, age, gender, nationality, origin, religion, marital status and health never
 *    reach it.
 * 2. Keep one `SeekerIndex` and one `VacancyIndex` per municipality (or region) in memory. Fill them at start-up
 *    with `upsert`, call `upsert` again whenever a profile is edited or a vacancy is published or changed, and
 *    `remove` when a profile is deleted or a vacancy is filled or withdrawn. Each update is O(1).
 * 3. Query: `seekerIndex.rankForVacancy(vacancy, { audience })`, `vacancyIndex.rankForSeeker(seeker)`,
 *    `vacancyIndex.skillsGapForSeeker(seeker)`, or `evaluateMatch(seeker, vacancy, { audience })` for one pair.
 * 4. Show `result.explanation` with `renderExplanation(explanation, 'nl' | 'en', labels)` from @meedoen/shared.
 *
 * Scores and explanations carry `algorithmVersion` (MATCHING_WEIGHTS_V1.version), described in
 * docs/algorithm-register.md. A score never decides anything by itself: a caseworker or employer does.
 */
export type {
  Audience,
  Coordinates,
  HoursRange,
  MatchingSeeker,
  MatchingVacancy,
  SeekerSkill,
  SeekerVisibility,
  SkillTaxonomy,
  TravelPreference,
  VacancySkill,
  WorkExperience,
} from './model';
export { toMatchingSeeker, toMatchingVacancy, type SeekerInput, type VacancyInput } from './input';
export { MATCHING_WEIGHTS_V1, SCORE_PARTS, type MatchingWeights } from './weights';
export { ESCO_TAXONOMY } from './vocabulary';
export { evaluateMatch, type EvaluateMatchOptions, type MatchResult } from './match';
export type { RankOptions, RankedMatches } from './ranking';
export { SeekerIndex, VacancyIndex, type MatchingIndexOptions } from './matching-index';
export { rankSeekersForVacancy, rankVacanciesForSeeker, skillsGapForSeeker } from './one-off';
export {
  skillsGapForMunicipality,
  type SeekerSkillsGapOptions,
  type SkillOpportunity,
  type SkillShortage,
} from './skills-gap';
