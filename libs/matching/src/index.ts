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
export { evaluateMatch, type EvaluateMatchOptions, type MatchResult } from './match';
export {
  SeekerIndex,
  VacancyIndex,
  rankSeekersForVacancy,
  rankVacanciesForSeeker,
  type MatchingIndexOptions,
  type RankOptions,
  type RankedMatches,
} from './matching-index';
export {
  skillsGapForMunicipality,
  skillsGapForSeeker,
  type SeekerSkillsGapOptions,
  type SkillOpportunity,
  type SkillShortage,
} from './skills-gap';
