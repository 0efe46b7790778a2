import type { VacancyKind } from '@meedoen/shared';

/** What a search engine stores per published vacancy: enough to filter, rank, facet and show a result card. */
export interface VacancySearchDocument {
  id: string;
  title: string;
  /** The start of the description, for the result card. */
  teaser: string;
  description: string;
  kind: VacancyKind;
  occupationId: string | null;
  /** Occupation labels and synonyms (Dutch and English): ranked with the skills. */
  occupationTerms: string[];
  skillIds: string[];
  /** Skill labels and synonyms, ranked below the title and above the description. */
  skillTerms: string[];
  employerId: string;
  employerName: string;
  city: string | null;
  municipalityCode: string | null;
  hoursMin: number;
  hoursMax: number;
  workplace: string;
  location: { lat: number; lon: number } | null;
  publishedAt: string;
  /** YYYY-MM-DD; after this day the vacancy is expired and no longer found. */
  closesOn: string | null;
}

export const SEARCH_SORTS = ['relevance', 'newest', 'distance'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface VacancySearchQuery {
  /** Free text: words (AND), "quoted phrases"; Dutch stemming, accents ignored, typos tolerated. */
  text?: string;
  kinds?: readonly VacancyKind[];
  /** Vacancies whose hours range overlaps this one. */
  hoursMin?: number;
  hoursMax?: number;
  /** Vacancies asking for at least one of these skills. */
  skillIds?: readonly string[];
  /** Vacancies in one of these municipalities, e.g. those of a region. */
  municipalityCodes?: readonly string[];
  near?: { lat: number; lon: number; radiusKm?: number };
  sort: SearchSort;
  page: number;
  pageSize: number;
  /** YYYY-MM-DD: vacancies that closed before this day are left out. */
  today: string;
}

export interface VacancySearchHit {
  id: string;
  title: string;
  teaser: string;
  kind: VacancyKind;
  occupationId: string | null;
  skillIds: string[];
  employerId: string;
  employerName: string;
  city: string | null;
  municipalityCode: string | null;
  hoursMin: number;
  hoursMax: number;
  workplace: string;
  location: { lat: number; lon: number } | null;
  publishedAt: string;
  closesOn: string | null;
}

export type FacetCounts = Record<string, number>;

export interface VacancySearchResult {
  hits: VacancySearchHit[];
  total: number;
  facets: { kind: FacetCounts; hoursBand: FacetCounts; municipalityCode: FacetCounts };
}

/** Vacancy search, by PostgreSQL full text (default) or Meilisearch; both pass search-engine.contract.spec.ts. */
export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Adds or replaces documents. */
  index(documents: readonly VacancySearchDocument[]): Promise<void>;
  remove(vacancyIds: readonly string[]): Promise<void>;
  /** Removes every document (before a full re-index). */
  clear(): Promise<void>;
  search(query: VacancySearchQuery): Promise<VacancySearchResult>;
  isUp(): Promise<boolean>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

export const HOURS_BANDS = ['up-to-12', '13-24', '25-32', '33-plus'] as const;
export type HoursBand = (typeof HOURS_BANDS)[number];

/** Facet band of a vacancy, by the most hours it offers. */
export function hoursBandOf(hoursMax: number): HoursBand {
  if (hoursMax <= 12) return 'up-to-12';
  if (hoursMax <= 24) return '13-24';
  if (hoursMax <= 32) return '25-32';
  return '33-plus';
}

export const TEASER_LENGTH = 200;
