import type { TravelMode } from '@meedoen/shared';
import { TRAVEL_MODES } from './codes';
import type { CompiledSeeker, CompiledVacancy } from './compile';
import { chordSquared, greatCircleKm, isKnownPosition } from './geo';
import { MATCHING_WEIGHTS_V1 as WEIGHTS } from './weights';

export type TravelAssessment =
  | { status: 'remote' }
  | { status: 'unknown'; missing: 'seeker-location' | 'vacancy-location' | 'travel-modes' }
  | { status: 'reachable'; mode: TravelMode; minutes: number; distanceKm: number; reachKm: number }
  | { status: 'too-far'; mode: TravelMode; distanceKm: number; kmTooFar: number };

const REMOTE: TravelAssessment = { status: 'remote' };

function unknownTravel(seeker: CompiledSeeker, vacancy: CompiledVacancy): TravelAssessment | null {
  if (!isKnownPosition(seeker)) return { status: 'unknown', missing: 'seeker-location' };
  if (!isKnownPosition(vacancy)) return { status: 'unknown', missing: 'vacancy-location' };
  if (seeker.travel.length === 0) return { status: 'unknown', missing: 'travel-modes' };
  return null;
}

/** True when the vacancy is so far away that even a near miss on travel is out of the question (no trigonometry). */
export function isBeyondNearMissReach(seeker: CompiledSeeker, vacancy: CompiledVacancy): boolean {
  // Unknown positions are NaN, and a comparison with NaN is false: unknown is never beyond reach.
  return !vacancy.remote && chordSquared(seeker, vacancy) > seeker.nearMissReachChord2;
}

/**
 * Road distance (great circle × detour factor) against each mode the seeker accepts. The first mode, in the
 * seeker's order of preference, that is within its limit is the one used and shown.
 */
export function assessTravel(seeker: CompiledSeeker, vacancy: CompiledVacancy): TravelAssessment {
  if (vacancy.remote) return REMOTE;
  const unknown = unknownTravel(seeker, vacancy);
  if (unknown) return unknown;
  const distanceKm = greatCircleKm(chordSquared(seeker, vacancy)) * WEIGHTS.travel.detourFactor;
  let farthest = 0;
  for (let k = 0; k < seeker.travel.length; k += 2) {
    const reachKm = seeker.travel[k + 1];
    if (reachKm === seeker.maxReachKm) farthest = k;
    if (distanceKm > reachKm) continue;
    const mode = TRAVEL_MODES[seeker.travel[k]];
    const minutes = Math.max(1, Math.round((distanceKm / WEIGHTS.travel.speedKmPerHour[mode]) * 60));
    return { status: 'reachable', mode, minutes, distanceKm, reachKm };
  }
  return { status: 'too-far', mode: TRAVEL_MODES[seeker.travel[farthest]], distanceKm, kmTooFar: distanceKm - seeker.maxReachKm };
}
