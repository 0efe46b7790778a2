export interface Postcode {
  /** The four digits: the PC4 area used for geocoding. */
  pc4: string;
  /** The full six-character postcode ('7071AB'), when letters were given. */
  full?: string;
}

// PostNL never issues the letter pairs SA, SD and SS.
const POSTCODE_PATTERN = /^([1-9][0-9]{3})(?!SA|SD|SS)([A-Z]{2})?$/;

/** Parses a Dutch postcode ('7071 ab', '7071AB', '7071'); null when it is not a valid format. */
export function normalizePostcode(input: string): Postcode | null {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  const match = POSTCODE_PATTERN.exec(compact);
  if (!match) return null;
  const [, pc4, letters] = match;
  return letters ? { pc4, full: pc4 + letters } : { pc4 };
}
