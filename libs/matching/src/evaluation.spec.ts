import { ACHTERHOEK, MUNICIPALITIES, isKnownOccupation, isKnownSkill, lookupPc4, type ConstraintId } from '@meedoen/shared';
import {
  EVALUATION_DATE,
  EVALUATION_SEEKERS,
  EVALUATION_VACANCIES,
  JUDGED_PAIRS,
  rankingQuality,
} from '../evaluation';
import { CONSTRAINTS } from './constraints';
import { VACANCY_KINDS } from './codes';
import { evaluateMatch, type Coordinates } from './index';

const seekerById = new Map(EVALUATION_SEEKERS.map((s) => [s.id, s]));
const vacancyById = new Map(EVALUATION_VACANCIES.map((v) => [v.id, v]));
const achterhoekCentroids = MUNICIPALITIES.filter((m) => m.region === ACHTERHOEK)
  .flatMap((m) => m.pc4s)
  .map((pc4) => lookupPc4(pc4));
const isAchterhoek = (c: Coordinates | null) => c !== null && achterhoekCentroids.some((p) => p?.lat === c.lat && p?.lon === c.lon);

describe('labelled evaluation set', () => {
  it('has at least 40 distinct judged pairs of known seekers and vacancies, each with a written reason', () => {
    expect(JUDGED_PAIRS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(JUDGED_PAIRS.map((p) => `${p.vacancyId}|${p.seekerId}`)).size).toBe(JUDGED_PAIRS.length);
    for (const pair of JUDGED_PAIRS) {
      expect(seekerById.has(pair.seekerId) && vacancyById.has(pair.vacancyId)).toBe(true);
      expect(pair.reason.length).toBeGreaterThan(30);
    }
  });

  it('judges at least one good and one poor seeker for every vacancy, and covers every kind of vacancy', () => {
    for (const vacancy of EVALUATION_VACANCIES) {
      const judgements = JUDGED_PAIRS.filter((p) => p.vacancyId === vacancy.id).map((p) => p.judgement);
      expect(judgements).toEqual(expect.arrayContaining(['good', 'poor']));
    }
    expect(new Set(EVALUATION_VACANCIES.map((v) => v.kind))).toEqual(new Set(VACANCY_KINDS));
  });

  it('uses real taxonomy ids and real Achterhoek postcode centroids', () => {
    for (const seeker of EVALUATION_SEEKERS) {
      expect(seeker.skills.every((s) => isKnownSkill(s.skillId))).toBe(true);
      expect([...seeker.experience.map((e) => e.occupationId), ...seeker.wantedOccupations].every(isKnownOccupation)).toBe(true);
      expect(isAchterhoek(seeker.location)).toBe(true);
    }
    for (const vacancy of EVALUATION_VACANCIES) {
      expect(vacancy.skills.every((s) => isKnownSkill(s.skillId))).toBe(true);
      expect(vacancy.occupationId === null || isKnownOccupation(vacancy.occupationId)).toBe(true);
      expect(isAchterhoek(vacancy.location)).toBe(true);
    }
  });

  it('has judged pairs that fail every hard constraint', () => {
    const failed = new Set<ConstraintId>(
      JUDGED_PAIRS.flatMap((pair) => {
        const result = evaluateMatch(seekerById.get(pair.seekerId)!, vacancyById.get(pair.vacancyId)!, {
          audience: 'caseworker',
          asOf: EVALUATION_DATE,
        });
        return result.failedConstraints.map((failure) => failure.constraint);
      }),
    );
    expect([...failed].sort()).toEqual([...CONSTRAINTS].sort());
  });
});

describe('ranking quality on the evaluation set', () => {
  const { perVacancy, meanNdcgAt10 } = rankingQuality();

  it('ranks every seeker judged good above every seeker judged poor, for every vacancy', () => {
    expect(perVacancy.filter((q) => q.poorAboveGood.length > 0).map((q) => [q.vacancyId, q.poorAboveGood])).toEqual([]);
  });

  it('reaches a mean NDCG@10 of at least 0.9', () => {
    console.log(
      `NDCG@10 on ${JUDGED_PAIRS.length} judged pairs, ${perVacancy.length} vacancies: mean ${meanNdcgAt10.toFixed(3)}, ` +
        `lowest ${Math.min(...perVacancy.map((q) => q.ndcgAt10)).toFixed(3)}`,
    );
    expect(meanNdcgAt10).toBeGreaterThanOrEqual(0.9);
  });
});
