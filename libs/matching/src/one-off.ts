import { SeekerIndex, VacancyIndex, type MatchingIndexOptions } from './matching-index';
import type { MatchingSeeker, MatchingVacancy } from './model';
import type { RankOptions, RankedMatches } from './ranking';
import type { SeekerSkillsGapOptions, SkillOpportunity } from './skills-gap';

/** Ranking and skills gap without keeping an index: for small sets, tests and the evaluation set. */

function filled<Index extends { upsert(entry: Entry): void }, Entry>(index: Index, entries: readonly Entry[]): Index {
  entries.forEach((entry) => index.upsert(entry));
  return index;
}

export function rankSeekersForVacancy(
  vacancy: MatchingVacancy,
  seekers: readonly MatchingSeeker[],
  options: MatchingIndexOptions & RankOptions & { audience: 'employer' | 'caseworker' },
): RankedMatches {
  return filled(new SeekerIndex(options), seekers).rankForVacancy(vacancy, options);
}

export function rankVacanciesForSeeker(
  seeker: MatchingSeeker,
  vacancies: readonly MatchingVacancy[],
  options: MatchingIndexOptions & RankOptions & { audience?: 'seeker' | 'caseworker' } = {},
): RankedMatches {
  return filled(new VacancyIndex(options), vacancies).rankForSeeker(seeker, options);
}

export function skillsGapForSeeker(
  seeker: MatchingSeeker,
  vacancies: readonly MatchingVacancy[],
  options: MatchingIndexOptions & SeekerSkillsGapOptions = {},
): SkillOpportunity[] {
  return filled(new VacancyIndex(options), vacancies).skillsGapForSeeker(seeker, options);
}
