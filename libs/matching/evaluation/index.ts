export { EVALUATION_SEEKERS } from './seekers';
export { EVALUATION_VACANCIES } from './vacancies';
export { JUDGED_PAIRS, type JudgedPair, type Judgement } from './judgements';
export { GAIN, ndcgAt } from './ndcg';
export { EVALUATION_DATE, rankingQuality, rankingQualityFor, type VacancyRankingQuality } from './ranking-quality';
