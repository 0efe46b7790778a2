import { TAXONOMY_LABELS, renderExplanation, type ExplanationLabels, type ExplanationLocale } from '@meedoen/shared';
import { evaluateMatch, toMatchingSeeker, toMatchingVacancy, type Audience, type MatchingSeeker, type MatchingVacancy } from './index';
import { seeker, vacancy } from './testing/fixtures';

const interestLabels: Record<string, Record<ExplanationLocale, string>> = { cleaning: { nl: 'schoonmaken', en: 'cleaning' } };
const labels: ExplanationLabels = { ...TAXONOMY_LABELS, interest: (tag, locale) => interestLabels[tag]?.[locale] };

function render(s: MatchingSeeker, v: MatchingVacancy, audience: Audience = 'seeker') {
  const { explanation } = evaluateMatch(s, v, { audience });
  return { nl: renderExplanation(explanation, 'nl', labels), en: renderExplanation(explanation, 'en', labels), explanation };
}

describe('explanations', () => {
  it('say what the seeker can, what is still to learn on the job, the trip, the hours and the breakdown', () => {
    const withForklift = vacancy({
      skills: [...vacancy().skills, { skillId: 'forklift-driving', level: 1, required: false }],
      supportOffered: ['training-on-the-job'],
    });
    const { nl, en, explanation } = render(seeker(), withForklift);
    expect(explanation.items).toContainEqual({
      code: 'skills.missing',
      params: { skills: [{ skillId: 'forklift-driving', required: false }], learnOnTheJob: true },
    });
    expect(nl).toBe(
      'Je kunt: kantoren schoonmaken en eigen werk plannen. Nog leren: heftruck rijden (kun je leren op het werk). ' +
        'Je hebt gewerkt als schoonmaker (2 jaar). Dit werk wil je graag doen. Past bij wat je leuk vindt: schoonmaken. ' +
        '16 tot 24 uur per week. 13 minuten fietsen (3,3 km). ' +
        'Score 87 van 100: vaardigheden 30, beroep 10, ervaring 10, gewenst werk 10, interesses 5, uren 10, reizen 7, hulp 5.',
    );
    expect(en).toBe(
      'You can: office cleaning and planning your own work. Still to learn: forklift driving (could learn on the job). ' +
        'You worked as office and building cleaner (2 years). This is work you want to do. Fits what you like: cleaning. ' +
        '16 to 24 hours a week. 13 minutes by bike (3.3 km). ' +
        'Score 87 out of 100: skills 30, occupation 10, experience 10, wanted work 10, interests 5, hours 10, travel 7, support 5.',
    );
  });

  it('do not promise learning on the job when the vacancy does not offer it', () => {
    const { nl, en } = render(seeker(), vacancy({ skills: [{ skillId: 'forklift-driving', level: 1, required: true }] }));
    expect(nl).toContain('Nog leren: heftruck rijden.');
    expect(en).toContain('Still to learn: forklift driving.');
  });

  it('flag a near miss first and say how far off it is', () => {
    const { nl, en } = render(seeker({ travel: [{ mode: 'bike', maxKm: 2.5 }] }), vacancy());
    expect(nl.startsWith('Bijna een match. 0,8 km te ver. Je kunt: kantoren schoonmaken en eigen werk plannen.')).toBe(true);
    expect(en.startsWith('Almost a match. 0.8 km too far. You can: office cleaning and planning your own work.')).toBe(true);
    expect(nl).toContain('reizen 0');
  });

  it('give every reason a pair is excluded', () => {
    const { nl, en } = render(seeker({ hoursPerWeek: { min: 8, max: 12 } }), vacancy({ requiresDrivingLicence: true }), 'caseworker');
    expect(nl.startsWith('Geen match. Dit werk is 4 uur per week meer dan jij wilt werken. Je hebt een rijbewijs nodig.')).toBe(true);
    expect(en.startsWith('Not a match. This work is 4 hours a week more than you want to work. A driving licence is needed.')).toBe(true);
  });

  it('tell apart a lower level, a related skill, support offered and not offered, and unknown data', () => {
    const partly = seeker({
      skills: [
        { skillId: 'vacuuming', level: 2, source: 'self-declared' },
        { skillId: 'planning-own-work', level: 1, source: 'self-declared' },
      ],
      supportNeeded: ['job-coach', 'adapted-workplace'],
      availability: null,
      dutchLevel: null,
    });
    const placement = vacancy({ kind: 'work-experience', supportOffered: ['job-coach'], schedule: [{ day: 'mon', part: 'morning' }] });
    const { nl, en } = render(partly, placement);
    expect(nl).toContain('Je kunt al een beetje: eigen werk plannen. Lijkt op wat je kunt: kantoren schoonmaken.');
    expect(nl).toContain('Je krijgt hulp: jobcoach. Deze hulp is er niet: aangepaste werkplek.');
    expect(nl).toContain('We weten niet op welke dagen je kunt. We weten je niveau Nederlands niet.');
    expect(en).toContain('You can already do a bit of: planning your own work. Close to what you can do: office cleaning.');
    expect(en).toContain('Support you get: job coach. Support not offered: adapted workplace.');
  });

  it('explain missing data instead of failing: no skills, no location, no hours', () => {
    const empty = toMatchingSeeker({ id: 'new-profile' });
    const buddy = toMatchingVacancy({ id: 'buddy', kind: 'volunteer', skills: [{ skillId: 'companionship', level: 1, required: true }] });
    const { nl, en } = render(empty, buddy);
    expect(nl).toBe(
      'Nog leren: gezelschap bieden. Locatie onbekend, dus geen reistijd. In je profiel staan nog geen vaardigheden. ' +
        'We weten niet hoeveel uur je wilt werken. ' +
        'Score 33 van 100: vaardigheden 0, beroep 5, ervaring 5, gewenst werk 5, interesses 3, uren 5, reizen 5, hulp 5.',
    );
    expect(en).toContain('Location unknown, so no travel time. Your profile does not list any skills yet.');
  });

  it('say so when working from home and when no skills are asked', () => {
    const { nl, en } = render(seeker(), vacancy({ remote: true, skills: [] }));
    expect(nl).toContain('Voor dit werk zijn geen vaardigheden nodig.');
    expect(nl).toContain('Je kunt thuis werken.');
    expect(en).toContain('No skills are needed for this work. ');
    expect(en).toContain('You can work from home.');
  });

  it('carry the algorithm version and the same score and breakdown as the result', () => {
    const result = evaluateMatch(seeker(), vacancy(), { audience: 'seeker' });
    expect(result.explanation).toMatchObject({ algorithmVersion: '2026-11.1', score: result.score, breakdown: result.breakdown });
  });
});
