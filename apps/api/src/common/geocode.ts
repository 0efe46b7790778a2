import { lookupPc4, municipalityOfPc4, normalizePostcode } from '@meedoen/shared';
import { unprocessable } from './problem';

export interface GeocodedPostcode {
  /** Normalised, e.g. 7071AB (or 7071 when only the digits were given). */
  postcode: string;
  pc4: string;
  latitude: number;
  longitude: number;
  /** Municipality name of the PC4 area (GeoNames, 2020 boundaries). */
  place: string;
  /** The participating municipality the area lies in, if any. */
  municipalityCode: string | null;
}

/** Postcode → centre of its PC4 area. An unknown area is a validation error naming the field, never a guess. */
export function geocodePostcode(input: string, field: string): GeocodedPostcode {
  const parsed = normalizePostcode(input);
  if (!parsed) throw unprocessable(field, 'is not a Dutch postcode like 7071 AB');
  const centroid = lookupPc4(parsed.pc4);
  if (!centroid) throw unprocessable(field, `postcode area ${parsed.pc4} is unknown`);
  return {
    postcode: parsed.full ?? parsed.pc4,
    pc4: parsed.pc4,
    latitude: centroid.lat,
    longitude: centroid.lon,
    place: centroid.municipality,
    municipalityCode: municipalityOfPc4(parsed.pc4)?.code ?? null,
  };
}
