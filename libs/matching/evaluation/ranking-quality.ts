import { rankSeekersForVacancy } from '../src/one-off';
import { JUDGED_PAIRS, type JudgedPair } from './judgements';
import { GAIN, ndcgAt } from './ndcg';
import { EVALUATION_SEEKERS } from './seekers';
import { EVALUATION_VACANCIES } from './vacancies';

/** The day the evaluation set was written: vacancies starting "as soon as possible" start then. */
export const EVALUATION_DATE = '2026-11-25';

export interface VacancyRankingQuality {
  vacancyId: string;
  /** Judged seekers as a caseworker sees them: matches best first, then near misses, then the excluded (by id). */
  ranked: JudgedPair[];
  ndcgAt10: number;
  /** Pairs judged 'poor' that rank above a pair judged 'good'. */
  poorAboveGood: [poor: string, good: string][];
}

export function rankingQualityFor(vacancyId: string): VacancyRankingQuality {
  const vacancy = EVALUATION_VACANCIES.find((v) => v.id === vacancyId);
  if (!vacancy) throw new Error(`unknown vacancy ${vacancyId}`);
  const pairs = JUDGED_PAIRS.filter((pair) => pair.vacancyId === vacancyId);
  const seekers = EVALUATION_SEEKERS.filter((seeker) => pairs.some((pair) => pair.seekerId === seeker.id));
  const everyone = { limit: seekers.length, nearMissLimit: seekers.length };
  const result = rankSeekersForVacancy(vacancy, seekers, { audience: 'caseworker', asOf: EVALUATION_DATE, ...everyone });
  const shown = [...result.matches, ...result.nearMisses].map((match) => match.seekerId);
  const excluded = pairs.map((pair) => pair.seekerId).filter((id) => !shown.includes(id)).sort();
  const ranked = [...shown, ...excluded].map((id) => pairs.find((pair) => pair.seekerId === id) as JudgedPair);
  const poorAboveGood = ranked.flatMap((poor, i) =>
    poor.judgement === 'poor'
      ? ranked.slice(i + 1).filter((later) => later.judgement === 'good').map((good): [string, string] => [poor.seekerId, good.seekerId])
      : [],
  );
  return { vacancyId, ranked, ndcgAt10: ndcgAt(10, ranked.map((pair) => GAIN[pair.judgement])), poorAboveGood };
}

export function rankingQuality(): { perVacancy: VacancyRankingQuality[]; meanNdcgAt10: number } {
  const perVacancy = EVALUATION_VACANCIES.map((vacancy) => rankingQualityFor(vacancy.id));
  return { perVacancy, meanNdcgAt10: perVacancy.reduce((sum, q) => sum + q.ndcgAt10, 0) / perVacancy.length };
}
