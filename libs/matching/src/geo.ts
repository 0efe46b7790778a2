import type { Coordinates } from './model';

const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/**
 * A point on the unit sphere, precomputed once per seeker or vacancy so a distance needs no trigonometry but one
 * asin. Kept as plain fields on the compiled object (not a nested object) so the ranking loop reads one object.
 */
export interface UnitVector {
  x: number;
  y: number;
  z: number;
}

const isValidCoordinates = (c: Coordinates | null): c is Coordinates =>
  c !== null && Number.isFinite(c.lat) && Number.isFinite(c.lon) && Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180;

const UNKNOWN_POSITION: UnitVector = { x: NaN, y: NaN, z: NaN };

export function toUnitVector(coordinates: Coordinates | null): UnitVector {
  if (!isValidCoordinates(coordinates)) return UNKNOWN_POSITION;
  const cosLat = Math.cos(coordinates.lat * RADIANS);
  return {
    x: cosLat * Math.cos(coordinates.lon * RADIANS),
    y: cosLat * Math.sin(coordinates.lon * RADIANS),
    z: Math.sin(coordinates.lat * RADIANS),
  };
}

export const isKnownPosition = (point: UnitVector): boolean => !Number.isNaN(point.x);

/** Squared straight-line (chord) distance through the sphere; grows with the great-circle distance, so it can be compared cheaply. */
export function chordSquared(a: UnitVector, b: UnitVector): number {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  const dz = a.z - b.z;
  return dx * dx + dy * dy + dz * dz;
}

/** Great-circle distance in km: the haversine formula, written in terms of the chord. */
export const greatCircleKm = (chord2: number): number => 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(chord2) / 2));

/** The chord² that corresponds to a great-circle distance, for prefiltering with `chordSquared`. */
export function chordSquaredFor(km: number): number {
  if (km >= Math.PI * EARTH_RADIUS_KM) return Infinity;
  const chord = 2 * Math.sin(km / (2 * EARTH_RADIUS_KM));
  return chord * chord;
}
