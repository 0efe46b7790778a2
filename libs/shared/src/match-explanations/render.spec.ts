import { TAXONOMY_LABELS, renderExplanation, renderExplanationSentences, type MatchExplanation } from './index';

const explanation = (items: MatchExplanation['items'], outcome: MatchExplanation['outcome'] = 'match'): MatchExplanation => ({
  algorithmVersion: 'test',
  outcome,
  score: 10,
  breakdown: { skills: 10, occupation: 0, experience: 0, 'wanted-occupation': 0, interests: 0, hours: 0, travel: 0, support: 0 },
  items,
});

describe('renderExplanation', () => {
  it('writes numbers the Dutch way and counts in singular and plural', () => {
    const one = explanation([
      { code: 'travel.time', params: { mode: 'walking', minutes: 1, distanceKm: 0.08 } },
      { code: 'constraint.failed', params: { constraint: 'start-date', daysLate: 1, availableFrom: '2026-12-02', startDate: '2026-12-01' } },
      { code: 'constraint.failed', params: { constraint: 'hours', direction: 'over', hoursPerWeek: 2.5 } },
    ]);
    expect(renderExplanationSentences(one, 'nl').slice(0, 3)).toEqual([
      '1 minuut lopen (0,1 km).',
      'Je kunt pas 1 dag na de start beginnen.',
      'Dit werk is 2,5 uur per week minder dan jij wilt werken.',
    ]);
    expect(renderExplanationSentences(one, 'en').slice(0, 3)).toEqual([
      '1 minute walking (0.1 km).',
      'You can only start 1 day after the start date.',
      'This work is 2.5 hours a week less than you want to work.',
    ]);
  });

  it('uses taxonomy labels, lower-cased inside an English sentence, and readable ids otherwise', () => {
    const matched = [
      { skillId: 'forklift-driving', level: 2 as const },
      { skillId: 'made-up-skill', level: 1 as const },
    ];
    const skills = explanation([{ code: 'skills.matched', params: { skills: matched } }]);
    expect(renderExplanation(skills, 'nl', TAXONOMY_LABELS)).toBe(
      'Je kunt: heftruck rijden en made up skill. ' +
        'Score 10 van 100: vaardigheden 10, beroep 0, ervaring 0, gewenst werk 0, interesses 0, uren 0, reizen 0, hulp 0.',
    );
    expect(renderExplanationSentences(skills, 'en', TAXONOMY_LABELS)[0]).toBe('You can: forklift driving and made up skill.');
  });

  it('names shared interests in plain words', () => {
    const shared = explanation([{ code: 'interests.shared', params: { interests: ['green', 'hospitality'] } }]);
    expect(renderExplanationSentences(shared, 'nl', TAXONOMY_LABELS)[0]).toBe('Past bij wat je leuk vindt: groen en tuinen en horeca.');
    expect(renderExplanationSentences(shared, 'en', TAXONOMY_LABELS)[0]).toBe('Fits what you like: gardens and green spaces and hospitality.');
  });
});

describe('renderExplanation about a candidate (employers and caseworkers)', () => {
  const everyItem = explanation([
    { code: 'skills.matched', params: { skills: [{ skillId: 'forklift-driving', level: 2 }] } },
    { code: 'skills.partial', params: { skills: [{ skillId: 'planning', reason: 'lower-level', level: 1, wantedLevel: 2 }, { skillId: 'cleaning', reason: 'related', viaSkillId: 'planning' }] } },
    { code: 'skills.missing', params: { skills: [{ skillId: 'cooking', required: true }], learnOnTheJob: true } },
    { code: 'occupation.experience', params: { occupationId: 'x', similarity: 'exact', years: 2 } },
    { code: 'occupation.experience', params: { occupationId: 'y', similarity: 'same-group', years: 0 } },
    { code: 'occupation.wanted', params: { similarity: 'exact' } },
    { code: 'occupation.wanted', params: { similarity: 'related-group' } },
    { code: 'interests.shared', params: { interests: ['green'] } },
    { code: 'travel.remote', params: {} },
    { code: 'travel.unknown', params: { missing: 'travel-modes' } },
    { code: 'support.offered', params: { support: ['job-coach'] } },
    ...(['skills', 'hours', 'availability', 'language', 'start-date'] as const).map((field) => ({ code: 'data.unknown' as const, params: { field } })),
    { code: 'constraint.failed', params: { constraint: 'visibility' } },
    { code: 'constraint.failed', params: { constraint: 'hours', direction: 'short', hoursPerWeek: 4 } },
    { code: 'constraint.failed', params: { constraint: 'schedule', missing: [{ day: 'mon', part: 'morning' }] } },
    { code: 'constraint.failed', params: { constraint: 'driving-licence' } },
    { code: 'constraint.failed', params: { constraint: 'language', required: 'B1', actual: 'A2', levelsShort: 1 } },
    { code: 'constraint.failed', params: { constraint: 'start-date', daysLate: 3, availableFrom: '2026-12-04', startDate: '2026-12-01' } },
    { code: 'constraint.failed', params: { constraint: 'limitations', conflicts: [{ limitation: 'no-heavy-lifting', condition: 'heavy-lifting' }] } },
    { code: 'constraint.failed', params: { constraint: 'vacancy-kind', kind: 'volunteer' } },
  ] as MatchExplanation['items']);

  it('never addresses the reader as the seeker', () => {
    const nl = renderExplanationSentences(everyItem, 'nl', TAXONOMY_LABELS, 'candidate');
    const en = renderExplanationSentences(everyItem, 'en', TAXONOMY_LABELS, 'candidate');
    expect(nl.filter((sentence) => /\b(je|jij|jouw)\b/i.test(sentence))).toEqual([]);
    expect(en.filter((sentence) => /\b(you|your)\b/i.test(sentence))).toEqual([]);
    expect(nl[0]).toBe('Kan: heftruck rijden.');
    expect(en[0]).toBe('Can: forklift driving.');
  });

  it('keeps the seeker perspective by default', () => {
    expect(renderExplanationSentences(everyItem, 'nl', TAXONOMY_LABELS)[0]).toMatch(/^Je kunt: /);
  });
});
