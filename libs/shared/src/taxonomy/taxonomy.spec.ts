import { prefixEditDistance } from './edit-distance';
import {
  OCCUPATIONS,
  SKILLS,
  TAXONOMY_VERSION,
  createTaxonomySearch,
  escoSkillGroupPath,
  getEscoSkillGroup,
  getOccupation,
  getSkill,
  isKnownSkill,
  normalizeText,
  searchOccupations,
  searchSkills,
  skillGroupOf,
  skillsForOccupation,
} from './index';

const skillIds = (query: string, lang?: 'nl' | 'en') => searchSkills(query, { lang }).map((result) => result.item.id);
const occupationIds = (query: string) => searchOccupations(query).map((result) => result.item.id);

describe('taxonomy data', () => {
  it('has a version', () => {
    expect(TAXONOMY_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('has at least 150 occupations and 400 skills with unique ids', () => {
    expect(OCCUPATIONS.length).toBeGreaterThanOrEqual(150);
    expect(SKILLS.length).toBeGreaterThanOrEqual(400);
    expect(new Set(OCCUPATIONS.map((o) => o.id)).size).toBe(OCCUPATIONS.length);
    expect(new Set(SKILLS.map((s) => s.id)).size).toBe(SKILLS.length);
  });

  it('uses kebab-case skill ids and complete labels', () => {
    for (const skill of SKILLS) {
      expect(skill.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(skill.labelNl.trim()).not.toBe('');
      expect(skill.labelEn.trim()).not.toBe('');
    }
  });

  it('places every skill in a level 2 or 3 group of the ESCO skills hierarchy', () => {
    for (const skill of SKILLS) {
      const group = getEscoSkillGroup(skill.escoGroup);
      expect({ id: skill.id, level: group?.level }).toEqual({ id: skill.id, level: expect.any(Number) });
      expect(group!.level).toBeGreaterThanOrEqual(2);
    }
  });

  it('describes occupations with ESCO codes, URIs and ISCO groups', () => {
    for (const occupation of OCCUPATIONS) {
      expect(occupation.id).toMatch(/^\d{4}(\.\d+)+$/);
      expect(occupation.iscoGroup).toBe(occupation.id.slice(0, 4));
      expect(occupation.escoUri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/);
      expect(occupation.synonymsNl.length).toBeLessThanOrEqual(8);
      expect(occupation.essentialSkills.length).toBeGreaterThan(0);
    }
  });

  it('links occupations only to known skills, each once', () => {
    for (const occupation of OCCUPATIONS) {
      const linked = [...occupation.essentialSkills, ...occupation.optionalSkills];
      expect({ id: occupation.id, unknown: linked.filter((id) => !isKnownSkill(id)) }).toEqual({ id: occupation.id, unknown: [] });
      expect(new Set(linked).size).toBe(linked.length);
    }
  });

  it('covers the sectors of participation work', () => {
    const sectors = new Set(OCCUPATIONS.map((o) => o.sector));
    for (const sector of ['cleaning', 'hospitality', 'green', 'logistics', 'retail', 'care', 'construction', 'production', 'ict', 'community', 'administration', 'transport', 'food-processing', 'technical', 'childcare']) {
      expect(sectors).toContain(sector);
    }
  });

  it('has soft skills, digital and language skills, certificates and physical skills', () => {
    const kinds = new Set(SKILLS.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['certificate', 'digital', 'language', 'physical', 'practical', 'transversal']);
    for (const id of ['punctuality', 'teamwork', 'working-independently', 'vca-basic', 'forklift-certificate', 'haccp-certificate', 'bhv-certificate', 'dutch-speaking', 'computer-basics']) {
      expect(isKnownSkill(id)).toBe(true);
    }
  });
});

describe('lookups', () => {
  it('finds skills and occupations by id', () => {
    expect(getSkill('forklift-driving')?.labelNl).toBe('heftruck rijden');
    expect(getSkill('nope')).toBeUndefined();
    expect(getOccupation('9112.2')?.labelNl).toBe('schoonmaker gebouwen');
    expect(getOccupation('0000.0')).toBeUndefined();
  });

  it('gives related skills the same group', () => {
    expect(skillGroupOf('office-cleaning')).toBe(skillGroupOf('toilet-cleaning'));
    expect(skillGroupOf('forklift-driving')).toBe(skillGroupOf('reach-truck'));
    expect(skillGroupOf('office-cleaning')).not.toBe(skillGroupOf('forklift-driving'));
    expect(skillGroupOf('nope')).toBeUndefined();
  });

  it('walks up the ESCO skill hierarchy', () => {
    expect(escoSkillGroupPath('S6.11.2')).toEqual(['S6.11.2', 'S6.11', 'S6', 'S']);
    expect(escoSkillGroupPath('X9')).toEqual([]);
  });

  it('resolves the skills of an occupation', () => {
    const skills = skillsForOccupation('8344.1')!;
    expect(skills.essential.map((s) => s.id)).toContain('forklift-driving');
    expect(skills.optional.length).toBeGreaterThan(0);
    expect(skillsForOccupation('0000.0')).toBeUndefined();
  });
});

describe('normalizeText', () => {
  it('strips accents, case and punctuation', () => {
    expect(normalizeText('  Café-Bediende ')).toBe('cafe bediende');
    expect(normalizeText('Oekraïens')).toBe('oekraiens');
    expect(normalizeText("'s-Gravenhage")).toBe('s gravenhage');
  });
});

describe('prefixEditDistance', () => {
  it('measures the distance to the closest prefix', () => {
    expect(prefixEditDistance('hoven', 'hovenier', 2)).toBe(0);
    expect(prefixEditDistance('hovenir', 'hovenier', 2)).toBe(1);
    expect(prefixEditDistance('hoveneir', 'hovenier', 2)).toBe(1);
    expect(prefixEditDistance('xyzxyz', 'hovenier', 2)).toBe(3);
  });
});

describe('search', () => {
  it('finds skills by Dutch label, synonym and English label', () => {
    expect(skillIds('heftruck')[0]).toBe('forklift-driving');
    expect(skillIds('stofzuigen')[0]).toBe('vacuuming');
    expect(skillIds('dweilen')).toEqual(expect.arrayContaining(['floor-cleaning', 'office-cleaning']));
    expect(skillIds('forklift')).toEqual(expect.arrayContaining(['forklift-driving', 'forklift-certificate']));
    expect(skillIds('office cleaning')[0]).toBe('office-cleaning');
  });

  it('finds cleaning skills for the stem "schoonmaak"', () => {
    const ids = skillIds('schoonmaak');
    expect(ids.length).toBeGreaterThanOrEqual(5);
    for (const id of ids) expect(getSkill(id)!.escoGroup).toMatch(/^S6\.11/);
  });

  it('ignores accents and case', () => {
    expect(skillIds('OEKRAIENS')[0]).toBe('ukrainian');
    expect(occupationIds('cafebediende')).toEqual(occupationIds('cafébediende'));
    expect(occupationIds('cafébediende')).toContain('5132.1');
  });

  it('tolerates typos', () => {
    expect(occupationIds('hovenir')[0]).toBe('6113.5');
    expect(skillIds('heftuck')[0]).toBe('forklift-driving');
    expect(occupationIds('vrachtwagenchaufeur')[0]).toBe('8332.2');
  });

  it('ranks prefix matches above fuzzy ones', () => {
    const [prefixMatch, fuzzyMatch] = searchSkills('kassa');
    expect(prefixMatch.item.id).toBe('cash-register');
    expect(fuzzyMatch.item.id).toBe('greenhouse-work');
    expect(prefixMatch.score).toBeGreaterThan(fuzzyMatch.score + 0.2);
    const [first, second] = searchOccupations('kok');
    expect(first.item.id).toBe('5120.1');
    expect(first.score).toBeGreaterThan(second.score);
  });

  it('finds occupations by synonym and plain label', () => {
    expect(occupationIds('vakkenvuller')[0]).toBe('9334.1');
    expect(occupationIds('magazijnmedewerker')).toContain('9333.8');
    expect(occupationIds('warehouse worker')[0]).toBe('9333.8');
  });

  it('restricts matching to one language on request', () => {
    expect(skillIds('forklift', 'nl')).toEqual([]);
    expect(skillIds('heftruck', 'en')).toEqual([]);
  });

  it('respects the limit and returns nothing for empty queries', () => {
    expect(searchSkills('werken', { limit: 3 })).toHaveLength(3);
    expect(searchSkills('   ')).toEqual([]);
    expect(searchSkills('qqqqqq')).toEqual([]);
  });

  it('can search a custom list', () => {
    const search = createTaxonomySearch(SKILLS.filter((s) => s.kind === 'language'), []);
    expect(search.searchSkills('kassa')).toEqual([]);
    expect(search.searchSkills('engels')[0].item.id).toBe('english');
  });

});
