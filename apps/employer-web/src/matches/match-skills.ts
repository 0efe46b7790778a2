import type { CandidateMatchResponse, VacancyResponse } from '@meedoen/web';

interface ExplanationItem {
  code: string;
  params: { skills?: { skillId: string }[] };
}

/** Matched, partly matched and missing skills of one candidate, named with the vacancy's own skill labels. */
export function skillsOfMatch(match: CandidateMatchResponse, vacancy: VacancyResponse) {
  const labels = new Map([...vacancy.requiredSkills, ...vacancy.niceToHaveSkills].map((skill) => [skill.skillId, skill.label]));
  const items = (match.explanation.details as unknown as { items: ExplanationItem[] }).items ?? [];
  const of = (code: string) =>
    items
      .filter((item) => item.code === code)
      .flatMap((item) => item.params.skills ?? [])
      .map((skill) => labels.get(skill.skillId) ?? skill.skillId);
  return { matched: of('skills.matched'), partial: of('skills.partial'), missing: of('skills.missing') };
}

export const SCORE_PARTS = ['skills', 'occupation', 'experience', 'wanted-occupation', 'interests', 'hours', 'travel', 'support'] as const;
