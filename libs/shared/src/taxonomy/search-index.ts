import { prefixEditDistance } from './edit-distance';
import { normalizeText } from './normalize';

export type SearchLanguage = 'nl' | 'en';

export interface SearchOptions {
  /** Most results to return; 10 when not given. */
  limit?: number;
  /** Only match labels in this language; both when not given. */
  lang?: SearchLanguage;
}

export interface SearchResult<T> {
  item: T;
  /** 0–1; 1 is an exact match of a whole label. */
  score: number;
  /** The label or synonym that matched best. */
  matched: string;
}

export interface SearchField {
  text: string;
  lang: SearchLanguage;
  /** Synonyms count a little less than the item's own labels. */
  weight: number;
}

interface IndexedField {
  text: string;
  normalized: string;
  tokenIds: number[];
  lang: SearchLanguage;
  weight: number;
}

const DEFAULT_LIMIT = 10;
const MINIMUM_SCORE = 0.5;

const SCORE = {
  exactToken: 1,
  prefix: 0.9,
  fuzzy: 0.72,
  fuzzyPerEdit: 0.12,
  substring: 0.65,
  wholeLabelExact: 0.15,
  wholeLabelPrefix: 0.08,
};

/** Typos allowed for a query word of this length: none for short words, where one edit makes another word. */
function allowedEdits(length: number): number {
  if (length <= 4) return 0;
  return length <= 7 ? 1 : 2;
}

/**
 * An in-memory index over labels, built once: every distinct word is normalised and stored once, so a query
 * compares each of its words with the vocabulary (a few thousand words) and then adds up per item.
 */
export class SearchIndex<T> {
  private readonly vocabulary: string[] = [];
  private readonly fieldsByItem: IndexedField[][];

  constructor(
    private readonly items: readonly T[],
    fieldsOf: (item: T) => SearchField[],
  ) {
    const tokenIds = new Map<string, number>();
    const idOf = (token: string) => {
      let id = tokenIds.get(token);
      if (id === undefined) {
        id = this.vocabulary.length;
        tokenIds.set(token, id);
        this.vocabulary.push(token);
      }
      return id;
    };
    this.fieldsByItem = items.map((item) =>
      fieldsOf(item).map(({ text, lang, weight }) => {
        const normalized = normalizeText(text);
        return { text, normalized, lang, weight, tokenIds: normalized ? normalized.split(' ').map(idOf) : [] };
      }),
    );
  }

  search(query: string, options: SearchOptions = {}): SearchResult<T>[] {
    const normalizedQuery = normalizeText(query);
    if (!normalizedQuery) return [];
    const queryTokens = [...new Set(normalizedQuery.split(' '))];
    const tokenScores = queryTokens.map((token) => this.scoreVocabulary(token));

    const results: SearchResult<T>[] = [];
    this.fieldsByItem.forEach((fields, itemIndex) => {
      const best = this.scoreItem(fields, normalizedQuery, tokenScores, options.lang);
      if (best.score >= MINIMUM_SCORE) results.push({ item: this.items[itemIndex], score: best.score, matched: best.matched });
    });
    results.sort((a, b) => b.score - a.score || a.matched.length - b.matched.length || a.matched.localeCompare(b.matched));
    return results.slice(0, options.limit ?? DEFAULT_LIMIT);
  }

  /** How well one query word matches each vocabulary word (0 = not at all). */
  private scoreVocabulary(queryToken: string): Float32Array {
    const scores = new Float32Array(this.vocabulary.length);
    const maxEdits = allowedEdits(queryToken.length);
    for (let id = 0; id < this.vocabulary.length; id++) {
      const token = this.vocabulary[id];
      if (token === queryToken) scores[id] = SCORE.exactToken;
      else if (token.startsWith(queryToken)) scores[id] = SCORE.prefix;
      // Dutch glues words together: 'schoonmaak' should find 'kantoorschoonmaak'.
      else if (queryToken.length >= 4 && token.includes(queryToken)) scores[id] = SCORE.substring;
      // Typos rarely hit the first letter; requiring it keeps the expensive comparison to a few words.
      else if (maxEdits > 0 && token[0] === queryToken[0] && token.length >= queryToken.length - maxEdits) {
        const edits = prefixEditDistance(queryToken, token, maxEdits);
        if (edits <= maxEdits) scores[id] = SCORE.fuzzy - SCORE.fuzzyPerEdit * (edits - 1);
      }
    }
    return scores;
  }

  private scoreItem(
    fields: IndexedField[],
    normalizedQuery: string,
    tokenScores: Float32Array[],
    lang: SearchLanguage | undefined,
  ): { score: number; matched: string } {
    let best = { score: 0, matched: '' };
    for (const field of fields) {
      if (lang && field.lang !== lang) continue;
      let total = 0;
      for (const scores of tokenScores) {
        let tokenBest = 0;
        for (const id of field.tokenIds) if (scores[id] > tokenBest) tokenBest = scores[id];
        total += tokenBest;
      }
      let score = total / tokenScores.length;
      if (field.normalized === normalizedQuery) score += SCORE.wholeLabelExact;
      else if (field.normalized.startsWith(normalizedQuery)) score += SCORE.wholeLabelPrefix;
      score = (score / (1 + SCORE.wholeLabelExact)) * field.weight;
      if (score > best.score) best = { score, matched: field.text };
    }
    return best;
  }
}
