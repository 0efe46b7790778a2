export * from './taxonomy.types';
export { SKILLS } from './skills.data';
export { OCCUPATIONS } from './occupations.data';
export * from './lookups';
export * from './skill-groups';
export * from './taxonomy-search';
export type { SearchLanguage, SearchOptions, SearchResult } from './search-index';
export { normalizeText } from './normalize';
export { SECTOR_LABELS, sectorLabel } from './sector-labels';
