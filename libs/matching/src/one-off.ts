import { SeekerIndex, VacancyIndex, type MatchingIndexOptions } from './matching-index';
import type { MatchingSeeker, MatchingVacancy } from './model';
import type { RankOptions, RankedMatches } from './ranking';
import type { SeekerSkillsGapOptions, SkillOpportunity } from './skills-gap';

/** Ranking and skills gap without keeping an index: for small sets, tests and the evaluation set. */

export function rankSeekersForVacancy(
  vacancy: MatchingVacancy,
  seekers: readonly MatchingSeeker[],
  options: MatchingIndexOptions & RankOptions & { audience: 'employer' | 'caseworker' },
): RankedMatches {
  const index = new SeekerIndex(options);
  seekers.forEach((seeker) => index.upsert(seeker));
  return index.rankForVacancy(vacancy, options);
}

export function rankVacanciesForSeeker(
  seeker: MatchingSeeker,
  vacancies: readonly MatchingVacancy[],
  options: MatchingIndexOptions & RankOptions & { audience?: 'seeker' | 'caseworker' } = {},
): RankedMatches {
  return vacancyIndexOf(vacancies, options).rankForSeeker(seeker, options);
}

export function skillsGapForSeeker(
  seeker: MatchingSeeker,
  vacancies: readonly MatchingVacancy[],
  options: MatchingIndexOptions & SeekerSkillsGapOptions = {},
): SkillOpportunity[] {
  return vacancyIndexOf(vacancies, options).skillsGapForSeeker(seeker, options);
}

function vacancyIndexOf(vacancies: readonly MatchingVacancy[], options: MatchingIndexOptions): VacancyIndex {
  const index = new VacancyIndex(options);
  vacancies.forEach((vacancy) => index.upsert(vacancy));
  return index;
}
