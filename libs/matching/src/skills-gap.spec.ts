import { VacancyIndex, skillsGapForMunicipality, skillsGapForSeeker, type MatchingSeeker } from './index';
import { pc4, seeker, vacancy } from './testing/fixtures';

const warehouse = (id: string, skills: { skillId: string; required: boolean }[], overrides = {}) =>
  vacancy({ id, occupationId: '8344.1', themes: ['logistics'], skills: skills.map((skill) => ({ ...skill, level: 2 })), ...overrides });

const forkliftOnly = [{ skillId: 'forklift-driving', required: true }];
const vacancies = [
  warehouse('w-1', forkliftOnly),
  warehouse('w-2', forkliftOnly),
  warehouse('w-3', forkliftOnly),
  // Both skills required: learning one of them is not enough to reach the threshold.
  warehouse('w-4', [...forkliftOnly, { skillId: 'order-picking', required: true }]),
  // Out of reach: skills would not change that.
  warehouse('w-far', forkliftOnly, { location: pc4('7101') }),
  // Already open to the seeker.
  vacancy({ id: 'cleaning', skills: [...vacancy().skills, { skillId: 'window-cleaning', level: 1, required: false }] }),
];

describe('skills gap for a seeker', () => {
  it('ranks the missing skills by how many vacancies they would open, then by how often they are asked', () => {
    expect(skillsGapForSeeker(seeker(), vacancies)).toEqual([
      { skillId: 'forklift-driving', opensVacancies: 3, askedBy: 4, vacancyIds: ['w-1', 'w-2', 'w-3'] },
      { skillId: 'order-picking', opensVacancies: 0, askedBy: 1, vacancyIds: [] },
      { skillId: 'window-cleaning', opensVacancies: 0, askedBy: 1, vacancyIds: [] },
    ]);
  });

  it('counts a skill the seeker has below the level asked as missing', () => {
    const beginner = seeker({ skills: [{ skillId: 'forklift-driving', level: 1, source: 'certificate' }] });
    expect(skillsGapForSeeker(beginner, vacancies.slice(0, 1), { threshold: 60 })).toEqual([
      { skillId: 'forklift-driving', opensVacancies: 1, askedBy: 1, vacancyIds: ['w-1'] },
    ]);
  });

  it('uses the threshold and limit given, and the index gives the same answer', () => {
    const index = new VacancyIndex();
    vacancies.forEach((v) => index.upsert(v));
    // The cleaning job scores 91; window cleaning would lift it over 95.
    expect(index.skillsGapForSeeker(seeker(), { threshold: 95, limit: 1 })).toEqual([
      { skillId: 'window-cleaning', opensVacancies: 1, askedBy: 1, vacancyIds: ['cleaning'] },
    ]);
    expect(index.skillsGapForSeeker(seeker())).toEqual(skillsGapForSeeker(seeker(), vacancies));
  });

  it('leaves the seeker’s own skills as they were', () => {
    const index = new VacancyIndex();
    vacancies.forEach((v) => index.upsert(v));
    const before = index.rankForSeeker(seeker());
    index.skillsGapForSeeker(seeker());
    expect(index.rankForSeeker(seeker())).toEqual(before);
  });

  it('gives a caseworker nothing for a hidden profile', () => {
    expect(skillsGapForSeeker(seeker({ visibility: 'hidden' }), vacancies, { audience: 'caseworker' })).toEqual([]);
  });
});

describe('skills gap for a municipality', () => {
  const having = (id: string, skillIds: string[], visibility: MatchingSeeker['visibility'] = 'caseworkers') =>
    seeker({ id, visibility, skills: skillIds.map((skillId) => ({ skillId, level: 2, source: 'self-declared' })) });
  const residents = [
    having('r-1', ['forklift-driving', 'office-cleaning']),
    having('r-2', ['forklift-driving', 'office-cleaning']),
    having('r-3', ['office-cleaning']),
    having('r-4', ['office-cleaning']),
    having('r-hidden', ['order-picking'], 'hidden'),
  ];
  const asked = [
    warehouse('w-1', [{ skillId: 'forklift-driving', required: true }, { skillId: 'order-picking', required: false }]),
    warehouse('w-2', [{ skillId: 'forklift-driving', required: true }, { skillId: 'order-picking', required: true }]),
    warehouse('w-3', [{ skillId: 'forklift-driving', required: true }]),
    vacancy({ id: 'c-1', skills: [{ skillId: 'office-cleaning', level: 1, required: true }] }),
  ];

  it('lists skills employers ask for more often than residents have them, largest gap first', () => {
    expect(skillsGapForMunicipality(residents, asked)).toEqual([
      { skillId: 'order-picking', vacancies: 2, demandShare: 0.5, seekers: 0, supplyShare: 0, gap: 0.5 },
      { skillId: 'forklift-driving', vacancies: 3, demandShare: 0.75, seekers: 2, supplyShare: 0.5, gap: 0.25 },
    ]);
  });

  it('copes with no seekers and no vacancies', () => {
    expect(skillsGapForMunicipality([], asked, { limit: 1 })).toEqual([
      { skillId: 'forklift-driving', vacancies: 3, demandShare: 0.75, seekers: 0, supplyShare: 0, gap: 0.75 },
    ]);
    expect(skillsGapForMunicipality(residents, [])).toEqual([]);
  });
});
