import type { DayPart, DaySlot } from '@meedoen/shared';
import { lookupPc4 } from '@meedoen/shared';
import type { Coordinates } from '../src/model';

/** Centre of an Achterhoek PC4 area, as the API geocodes a postcode. */
export function at(pc4: string): Coordinates {
  const centroid = lookupPc4(pc4);
  if (!centroid) throw new Error(`unknown PC4 ${pc4}`);
  return { lat: centroid.lat, lon: centroid.lon };
}

export const weekdays = (...parts: DayPart[]): DaySlot[] =>
  (['mon', 'tue', 'wed', 'thu', 'fri'] as const).flatMap((day) => parts.map((part) => ({ day, part })));
