import pc4Data from '../../data/pc4-centroids.json';
import type { LatLon } from './haversine';

export interface Pc4Centroid extends LatLon {
  /** Municipality name as GeoNames spells it (2020 boundaries), e.g. "'s-Gravenhage". */
  municipality: string;
}

interface Pc4Table {
  municipalities: string[];
  /** pc4 → [lat, lon, index into municipalities] */
  centroids: Record<string, [number, number, number]>;
}

const table = pc4Data as unknown as Pc4Table;

/** Centre of a PC4 area; undefined for an unknown area, which callers must treat as a validation error. */
export function lookupPc4(pc4: string): Pc4Centroid | undefined {
  const row = Object.hasOwn(table.centroids, pc4) ? table.centroids[pc4] : undefined;
  if (!row) return undefined;
  const [lat, lon, municipalityIndex] = row;
  return { lat, lon, municipality: table.municipalities[municipalityIndex] };
}

/** All PC4 codes of a municipality by its GeoNames name, in ascending order. */
export function pc4sInMunicipalityNamed(municipality: string): string[] {
  const index = table.municipalities.indexOf(municipality);
  if (index < 0) return [];
  return Object.keys(table.centroids)
    .filter((pc4) => table.centroids[pc4][2] === index)
    .sort();
}

export function allPc4s(): string[] {
  return Object.keys(table.centroids);
}
