import { normalizeText } from '@meedoen/shared';

export interface ParsedSearchText {
  /** Single words, lower case without accents. */
  words: string[];
  /** Quoted phrases, each as its words. */
  phrases: string[][];
}

const MAX_TERMS = 8;
const MIN_WORD_LENGTH = 2;

/** Splits free text into words and "quoted phrases"; everything but letters and digits is dropped, so no syntax gets through. */
export function parseSearchText(text: string | undefined): ParsedSearchText {
  const phrases: string[][] = [];
  const rest = (text ?? '').replace(/"([^"]*)"/g, (_match, phrase: string) => {
    const words = normalizeText(phrase).split(' ').filter(Boolean);
    if (words.length) phrases.push(words);
    return ' ';
  });
  const words = [...new Set(normalizeText(rest).split(' ').filter((word) => word.length >= MIN_WORD_LENGTH))];
  return { words: words.slice(0, MAX_TERMS), phrases: phrases.slice(0, MAX_TERMS) };
}

export const isEmptySearchText = (parsed: ParsedSearchText) => parsed.words.length === 0 && parsed.phrases.length === 0;

/** Words to remember for typo tolerance: normalised, at least 3 letters, no numbers. */
export function vocabularyOf(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of normalizeText(text).split(' ')) if (word.length >= 3 && word.length <= 40 && !/\d/.test(word)) words.add(word);
  return [...words];
}
