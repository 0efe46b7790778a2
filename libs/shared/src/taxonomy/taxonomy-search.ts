import { occupationDisplayLabelNl } from './lookups';
import { OCCUPATIONS } from './occupations.data';
import { SearchIndex, type SearchOptions, type SearchResult } from './search-index';
import { SKILLS } from './skills.data';
import type { Occupation, Skill } from './taxonomy.types';

const SYNONYM_WEIGHT = 0.9;

export interface TaxonomySearch {
  searchSkills(query: string, options?: SearchOptions): SearchResult<Skill>[];
  searchOccupations(query: string, options?: SearchOptions): SearchResult<Occupation>[];
}

export function createTaxonomySearch(
  skills: readonly Skill[] = SKILLS,
  occupations: readonly Occupation[] = OCCUPATIONS,
): TaxonomySearch {
  const skillIndex = new SearchIndex(skills, (skill) => [
    { text: skill.labelNl, lang: 'nl', weight: 1 },
    { text: skill.labelEn, lang: 'en', weight: 1 },
    ...skill.synonymsNl.map((text) => ({ text, lang: 'nl' as const, weight: SYNONYM_WEIGHT })),
  ]);
  const occupationIndex = new SearchIndex(occupations, (occupation) => [
    { text: occupationDisplayLabelNl(occupation), lang: 'nl', weight: 1 },
    { text: occupation.labelNl, lang: 'nl', weight: 1 },
    { text: occupation.labelEn, lang: 'en', weight: 1 },
    ...occupation.synonymsNl.map((text) => ({ text, lang: 'nl' as const, weight: SYNONYM_WEIGHT })),
  ]);
  return {
    searchSkills: (query, options) => skillIndex.search(query, options),
    searchOccupations: (query, options) => occupationIndex.search(query, options),
  };
}

let defaultSearch: TaxonomySearch | undefined;
// Built on first use: indexing takes a few milliseconds that pages without search should not pay.
const taxonomySearch = () => (defaultSearch ??= createTaxonomySearch());

export function searchSkills(query: string, options?: SearchOptions): SearchResult<Skill>[] {
  return taxonomySearch().searchSkills(query, options);
}

export function searchOccupations(query: string, options?: SearchOptions): SearchResult<Occupation>[] {
  return taxonomySearch().searchOccupations(query, options);
}
