import type {
  CefrLevel,
  Day,
  DayPart,
  DaySlot,
  SupportKind,
  TravelMode,
  VacancyKind,
  WorkCondition,
  WorkLimitation,
} from '@meedoen/shared';

/** Ordered value lists: a value's position is its bit (for sets) or its rank (for CEFR). */
export const DAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const DAY_PARTS: readonly DayPart[] = ['morning', 'afternoon', 'evening', 'night'];
export const CEFR_LEVELS: readonly CefrLevel[] = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
export const TRAVEL_MODES: readonly TravelMode[] = ['walking', 'bike', 'public-transport', 'car'];
export const SUPPORT_KINDS: readonly SupportKind[] = ['job-coach', 'adapted-workplace', 'training-on-the-job', 'flexible-hours'];
export const VACANCY_KINDS: readonly VacancyKind[] = [
  'regular',
  'work-experience',
  'trial-placement',
  'community-job',
  'volunteer',
  'training',
  'day-activity',
];
/** Each limitation sits at the same position as the condition it rules out, so a conflict is `limitations & conditions`. */
export const WORK_LIMITATIONS: readonly WorkLimitation[] = ['no-heavy-lifting', 'quiet-workplace', 'no-night-shifts', 'short-standing'];
export const WORK_CONDITIONS: readonly WorkCondition[] = ['heavy-lifting', 'noisy', 'night-shifts', 'long-standing'];

export const maskOf = <T>(list: readonly T[], values: readonly T[]): number =>
  values.reduce((mask, value) => (list.includes(value) ? mask | (1 << list.indexOf(value)) : mask), 0);

export const valuesOf = <T>(list: readonly T[], mask: number): T[] => list.filter((_, bit) => mask & (1 << bit));

export function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** 7 days × 4 parts = 28 bits. */
export const slotMask = (slots: readonly DaySlot[]): number =>
  slots.reduce((mask, { day, part }) => mask | (1 << (DAYS.indexOf(day) * DAY_PARTS.length + DAY_PARTS.indexOf(part))), 0);

export const slotsOf = (mask: number): DaySlot[] =>
  DAYS.flatMap((day, d) => DAY_PARTS.filter((_, p) => mask & (1 << (d * DAY_PARTS.length + p))).map((part) => ({ day, part })));

export const NIGHT_SLOTS = slotMask(DAYS.map((day) => ({ day, part: 'night' as const })));

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date, NaN when absent or malformed. */
export function epochDay(isoDate: string | null | undefined): number {
  if (!isoDate) return NaN;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return NaN;
  const [year, month, day] = [+match[1], +match[2], +match[3]];
  const daysInMonth = (Date.UTC(year, month, 1) - Date.UTC(year, month - 1, 1)) / DAY_MS;
  // Date.UTC would roll 2026-02-31 over into March: such a date is malformed, not a different day.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return NaN;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export const isoDateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
