import type { Judgement } from './judgements';

/** Graded relevance as gain 2^grade − 1 (good 2, fair 1, poor 0), the usual choice for NDCG. */
export const GAIN: Record<Judgement, number> = { good: 3, fair: 1, poor: 0 };

const dcg = (gains: readonly number[], k: number) => gains.slice(0, k).reduce((sum, gain, i) => sum + gain / Math.log2(i + 2), 0);

/** Normalised discounted cumulative gain of the first k positions: 1 when no order of these items is better. */
export function ndcgAt(k: number, gainsInRankedOrder: readonly number[]): number {
  const ideal = dcg([...gainsInRankedOrder].sort((a, b) => b - a), k);
  return ideal === 0 ? 1 : dcg(gainsInRankedOrder, k) / ideal;
}
