import { DataSource } from 'typeorm';
import {
  FacetCounts,
  hoursBandOf,
  SearchEngine,
  VacancySearchDocument,
  VacancySearchHit,
  VacancySearchQuery,
  VacancySearchResult,
} from './search-engine';
import { isEmptySearchText, parseSearchText, ParsedSearchText, vocabularyOf } from './search-text';

const CONFIG = 'meedoen_dutch';
const INDEX_CHUNK = 500;
/** Words at least this long get typo alternatives from the vocabulary. */
const TYPO_MIN_LENGTH = 5;
const TYPO_MIN_SIMILARITY = 0.5;
const TYPO_ALTERNATIVES = 3;

/** Collects SQL conditions with numbered parameters, so user input never becomes SQL text. */
class Conditions {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  add(condition: string) {
    this.parts.push(condition);
  }

  get where(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

/**
 * Full text search in PostgreSQL: the 'meedoen_dutch' configuration (Dutch stemmer after unaccent), prefix
 * matching on stems ('schoonmaken' finds 'schoonmaker'), typo alternatives from a trigram index over the
 * vocabulary ('hovenir' finds 'hovenier'), weighted ranking and earthdistance for the radius.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;

  constructor(private readonly dataSource: DataSource) {}

  async index(documents: readonly VacancySearchDocument[]): Promise<void> {
    for (let start = 0; start < documents.length; start += INDEX_CHUNK) {
      const chunk = documents.slice(start, start + INDEX_CHUNK);
      await this.dataSource.transaction(async (manager) => {
        const rows = JSON.stringify(chunk.map(toRow));
        await manager.query(UPSERT_DOCUMENTS, [rows]);
        await manager.query(UPSERT_TEXT, [rows]);
        const words = vocabularyOf(chunk.flatMap((document) => [document.title, document.description, ...document.occupationTerms, ...document.skillTerms]));
        await manager.query(`INSERT INTO search_vocabulary (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [words]);
      });
    }
  }

  async remove(vacancyIds: readonly string[]): Promise<void> {
    if (vacancyIds.length) await this.dataSource.query(`DELETE FROM vacancy_search_document WHERE vacancy_id = ANY($1::uuid[])`, [vacancyIds]);
  }

  async clear(): Promise<void> {
    await this.dataSource.query(`TRUNCATE vacancy_search_document, vacancy_search_text`);
  }

  async isUp(): Promise<boolean> {
    return this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
  }

  async search(query: VacancySearchQuery): Promise<VacancySearchResult> {
    const conditions = new Conditions();
    const tsquery = await this.textQuery(parseSearchText(query.text));
    const text = tsquery ? `to_tsquery('${CONFIG}', ${conditions.param(tsquery)})` : null;
    conditions.add(`(d.closes_on IS NULL OR d.closes_on >= ${conditions.param(query.today)}::date)`);
    if (query.kinds?.length) conditions.add(`d.kind = ANY(${conditions.param(query.kinds)}::text[])`);
    if (query.hoursMin !== undefined) conditions.add(`d.hours_max >= ${conditions.param(query.hoursMin)}`);
    if (query.hoursMax !== undefined) conditions.add(`d.hours_min <= ${conditions.param(query.hoursMax)}`);
    if (query.skillIds?.length) conditions.add(`d.skill_ids && ${conditions.param(query.skillIds)}::text[]`);
    if (query.municipalityCodes?.length) conditions.add(`d.municipality_code = ANY(${conditions.param(query.municipalityCodes)}::text[])`);
    let distance: string | null = null;
    if (query.near) {
      const origin = `ll_to_earth(${conditions.param(query.near.lat)}, ${conditions.param(query.near.lon)})`;
      // Straight-line (chord) distance through the earth: it orders like the great-circle distance, costs no
      // trigonometry per row, and lets the GiST index answer nearest-first (KNN).
      distance = `(d.location <-> ${origin})`;
      if (query.near.radiusKm !== undefined) {
        const meters = conditions.param(query.near.radiusKm * 1000);
        conditions.add(`earth_box(${origin}, ${meters}) @> d.location AND ${distance} <= gc_to_sec(${meters})`);
      }
    }
    const page = [conditions.param(query.pageSize), conditions.param((query.page - 1) * query.pageSize)];
    return text ? this.searchText(query, conditions, text, distance, page) : this.searchFiltered(query, conditions, distance, page);
  }

  /**
   * Text: one statement. The text matches first (GIN) and are ranked once; the filters run on the narrow rows;
   * the page and the facets both come from that one filtered set.
   */
  private async searchText(query: VacancySearchQuery, conditions: Conditions, text: string, distance: string | null, [limit, offset]: string[]) {
    const order = orderBy(query.sort, 'rank', distance ? 'distance' : null, '');
    const [row] = await this.dataSource.query(
      `WITH m AS MATERIALIZED (SELECT vacancy_id, ts_rank(document, ${text}) AS rank FROM vacancy_search_text WHERE document @@ ${text}),
            f AS MATERIALIZED (SELECT ${HIT_COLUMNS}, d.hours_band, m.rank, ${distance ?? 'NULL::float8'} AS distance
                                 FROM m JOIN vacancy_search_document d ON d.vacancy_id = m.vacancy_id ${conditions.where})
       SELECT (SELECT coalesce(json_agg(p ORDER BY ${order}), '[]'::json) FROM (SELECT * FROM f ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}) p) AS hits,
              (SELECT json_agg(g) FROM (${facetsOver('f', '')}) g) AS facets`,
      conditions.params,
    );
    return { hits: (row.hits as HitRow[]).map(toHit), ...facetsOf(row.facets as FacetRow[]) };
  }

  /** Filters only: the page straight from the indexes (newest or nearest first), the facets beside it. */
  private async searchFiltered(query: VacancySearchQuery, conditions: Conditions, distance: string | null, [limit, offset]: string[]) {
    const order = orderBy(query.sort, null, distance, 'd.');
    const [rows, facetRows] = await Promise.all([
      this.dataSource.query(
        // The distance is selected even when not sorted on, so every parameter is used.
        `SELECT ${HIT_COLUMNS}, ${distance ?? 'NULL::float8'} AS distance FROM vacancy_search_document d ${conditions.where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
        conditions.params,
      ),
      this.dataSource.query(facetsOver(`vacancy_search_document d ${conditions.where}`, 'd.'), usedParams(conditions.params, conditions.where)),
    ]);
    return { hits: (rows as HitRow[]).map(toHit), ...facetsOf(facetRows) };
  }

  /** The tsquery text: every word (or a typo alternative) as a prefix of its stem, AND-ed with the phrases. Null: no text. */
  private async textQuery(parsed: ParsedSearchText): Promise<string | null> {
    if (isEmptySearchText(parsed)) return null;
    const terms: string[] = [];
    if (parsed.words.length) {
      const rows: { term: string; meaningful: boolean; alternatives: string[] }[] = await this.dataSource.query(
        `SELECT t.term,
                numnode(to_tsquery('${CONFIG}', t.term)) > 0 AS meaningful,
                coalesce(array_agg(v.word ORDER BY v.similarity DESC) FILTER (WHERE v.word IS NOT NULL), '{}') AS alternatives
           FROM unnest($1::text[]) AS t(term)
           LEFT JOIN LATERAL (
             SELECT word, similarity(word, t.term) AS similarity FROM search_vocabulary
              WHERE length(t.term) >= $2 AND word % t.term AND word <> t.term AND similarity(word, t.term) >= $3
              ORDER BY similarity(word, t.term) DESC LIMIT $4
           ) v ON true
          GROUP BY t.term`,
        [parsed.words, TYPO_MIN_LENGTH, TYPO_MIN_SIMILARITY, TYPO_ALTERNATIVES],
      );
      for (const row of rows) {
        if (!row.meaningful) continue;
        // The word as typed is a prefix (search as you type); a typo alternative is a whole word.
        terms.push(`(${[`${row.term}:*`, ...row.alternatives].join(' | ')})`);
      }
    }
    for (const phrase of parsed.phrases) terms.push(`(${phrase.join(' <-> ')})`);
    return terms.length ? terms.join(' & ') : null;
  }
}

const HIT_COLUMNS = `d.vacancy_id AS id, d.title, d.teaser, d.kind, d.occupation_id, d.skill_ids, d.employer_id, d.employer_name, d.city,
  d.municipality_code, d.hours_min, d.hours_max, d.workplace, d.latitude, d.longitude, d.published_at, d.closes_on::text AS closes_on`;

/** Counts per kind, hours band and municipality, and the total, over `source` (with its alias prefix). */
const facetsOver = (source: string, alias: string) => `
  SELECT ${alias}kind AS kind, ${alias}hours_band AS hours_band, ${alias}municipality_code AS municipality_code, count(*)::int AS count,
         GROUPING(${alias}kind) AS no_kind, GROUPING(${alias}hours_band) AS no_band, GROUPING(${alias}municipality_code) AS no_municipality
    FROM ${source}
   GROUP BY GROUPING SETS ((${alias}kind), (${alias}hours_band), (${alias}municipality_code), ())`;

/** The parameters up to the highest one the SQL refers to (PostgreSQL refuses unused trailing parameters). */
function usedParams(params: unknown[], sql: string): unknown[] {
  const highest = Math.max(0, ...[...sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
  return params.slice(0, highest);
}

/** Newest first, nearest first, or best text match first; ties by newest, then id, so pages never overlap. */
function orderBy(sort: VacancySearchQuery['sort'], rank: string | null, distance: string | null, alias: string): string {
  const newest = `${alias}published_at DESC, ${alias === '' ? 'id' : `${alias}vacancy_id`}`;
  if (sort === 'distance' && distance) return `${distance} ASC NULLS LAST, ${newest}`;
  if (sort === 'relevance' && rank) return `${rank} DESC, ${newest}`;
  if (sort === 'relevance' && distance) return `${distance} ASC NULLS LAST, ${newest}`;
  return newest;
}

const DOCUMENT_COLUMNS = `d(id uuid, title text, teaser text, kind text, occupation_id text, employer_id uuid, employer_name text,
  city text, municipality_code text, hours_min int, hours_max int, hours_band text, workplace text, skill_ids text[],
  latitude double precision, longitude double precision, published_at timestamptz, closes_on date, skill_text text,
  description text, place_text text)`;

const UPSERT_DOCUMENTS = `
  INSERT INTO vacancy_search_document AS t (vacancy_id, title, teaser, kind, occupation_id, employer_id, employer_name, city, municipality_code,
    hours_min, hours_max, hours_band, workplace, skill_ids, latitude, longitude, location, published_at, closes_on)
  SELECT d.id, d.title, d.teaser, d.kind, d.occupation_id, d.employer_id, d.employer_name, d.city, d.municipality_code,
         d.hours_min, d.hours_max, d.hours_band, d.workplace, d.skill_ids, d.latitude, d.longitude,
         CASE WHEN d.latitude IS NULL OR d.longitude IS NULL THEN NULL ELSE ll_to_earth(d.latitude, d.longitude) END,
         d.published_at, d.closes_on
    FROM jsonb_to_recordset($1::jsonb) AS ${DOCUMENT_COLUMNS}
  ON CONFLICT (vacancy_id) DO UPDATE SET
    title = EXCLUDED.title, teaser = EXCLUDED.teaser, kind = EXCLUDED.kind, occupation_id = EXCLUDED.occupation_id,
    employer_id = EXCLUDED.employer_id, employer_name = EXCLUDED.employer_name, city = EXCLUDED.city,
    municipality_code = EXCLUDED.municipality_code, hours_min = EXCLUDED.hours_min, hours_max = EXCLUDED.hours_max,
    hours_band = EXCLUDED.hours_band, workplace = EXCLUDED.workplace, skill_ids = EXCLUDED.skill_ids, latitude = EXCLUDED.latitude,
    longitude = EXCLUDED.longitude, location = EXCLUDED.location, published_at = EXCLUDED.published_at, closes_on = EXCLUDED.closes_on`;

const UPSERT_TEXT = `
  INSERT INTO vacancy_search_text (vacancy_id, document)
  SELECT d.id,
         setweight(to_tsvector('${CONFIG}', d.title), 'A') ||
         setweight(to_tsvector('${CONFIG}', d.skill_text), 'B') ||
         setweight(to_tsvector('${CONFIG}', d.description), 'C') ||
         setweight(to_tsvector('${CONFIG}', d.place_text), 'D')
    FROM jsonb_to_recordset($1::jsonb) AS ${DOCUMENT_COLUMNS}
  ON CONFLICT (vacancy_id) DO UPDATE SET document = EXCLUDED.document`;

function toRow(document: VacancySearchDocument) {
  return {
    id: document.id,
    title: document.title,
    teaser: document.teaser,
    kind: document.kind,
    occupation_id: document.occupationId,
    employer_id: document.employerId,
    employer_name: document.employerName,
    city: document.city,
    municipality_code: document.municipalityCode,
    hours_min: document.hoursMin,
    hours_max: document.hoursMax,
    hours_band: hoursBandOf(document.hoursMax),
    workplace: document.workplace,
    skill_ids: document.skillIds,
    latitude: document.location?.lat ?? null,
    longitude: document.location?.lon ?? null,
    published_at: document.publishedAt,
    closes_on: document.closesOn,
    skill_text: [...document.occupationTerms, ...document.skillTerms].join(' \n '),
    description: document.description,
    place_text: [document.employerName, document.city ?? ''].join(' '),
  };
}

interface HitRow {
  id: string;
  title: string;
  teaser: string;
  kind: VacancySearchHit['kind'];
  occupation_id: string | null;
  skill_ids: string[];
  employer_id: string;
  employer_name: string;
  city: string | null;
  municipality_code: string | null;
  hours_min: number;
  hours_max: number;
  workplace: string;
  latitude: number | null;
  longitude: number | null;
  published_at: Date;
  closes_on: string | null;
}

function toHit(row: HitRow): VacancySearchHit {
  return {
    id: row.id,
    title: row.title,
    teaser: row.teaser,
    kind: row.kind,
    occupationId: row.occupation_id,
    skillIds: row.skill_ids,
    employerId: row.employer_id,
    employerName: row.employer_name,
    city: row.city,
    municipalityCode: row.municipality_code,
    hoursMin: row.hours_min,
    hoursMax: row.hours_max,
    workplace: row.workplace,
    location: row.latitude === null || row.longitude === null ? null : { lat: row.latitude, lon: row.longitude },
    publishedAt: new Date(row.published_at).toISOString(),
    closesOn: row.closes_on,
  };
}

interface FacetRow {
  kind: string | null;
  hours_band: string | null;
  municipality_code: string | null;
  count: number;
  no_kind: number;
  no_band: number;
  no_municipality: number;
}

function facetsOf(rows: FacetRow[]): Pick<VacancySearchResult, 'total' | 'facets'> {
  const kind: FacetCounts = {};
  const hoursBand: FacetCounts = {};
  const municipalityCode: FacetCounts = {};
  let total = 0;
  for (const row of rows) {
    if (!row.no_kind) kind[row.kind!] = row.count;
    else if (!row.no_band) hoursBand[row.hours_band!] = row.count;
    else if (!row.no_municipality) municipalityCode[row.municipality_code ?? 'unknown'] = row.count;
    else total = row.count;
  }
  return { total, facets: { kind, hoursBand, municipalityCode } };
}
