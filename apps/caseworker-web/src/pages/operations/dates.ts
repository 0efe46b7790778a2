import type { Language } from '@meedoen/web';

/** The municipalities work in Dutch time; days are YYYY-MM-DD strings in that zone, as the API takes them. */
const TIME_ZONE = 'Europe/Amsterdam';
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const DAY_MS = 86_400_000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The Amsterdam calendar day of a moment. */
export function dayOf(moment: Date | string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(moment));
}

export const today = (): string => dayOf(new Date());

export const isDay = (value: string | null): value is string => value !== null && DAY_PATTERN.test(value) && !Number.isNaN(Date.parse(value));

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the day's week. */
export function startOfWeek(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** "woensdag 2 december 2026" / "Wednesday 2 December 2026"; without the weekday when `long` is false. */
export function formatDay(day: string, language: Language, long = false): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(LOCALES[language], {
    timeZone: 'UTC',
    weekday: long ? 'long' : undefined,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/** "14:30", in Dutch time. */
export function formatTime(moment: string, language: Language): string {
  return new Date(moment).toLocaleTimeString(LOCALES[language], { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
}

/** "2 december 2026 14:30", in Dutch time. */
export function formatMoment(moment: string, language: Language): string {
  return `${formatDay(dayOf(moment), language)} ${formatTime(moment, language)}`;
}

/** "maart 2026" for a YYYY-MM month; "mrt 26" when short. */
export function formatMonth(month: string, language: Language, short = false): string {
  return new Date(`${month}-15T12:00:00Z`).toLocaleDateString(LOCALES[language], {
    timeZone: 'UTC',
    month: short ? 'short' : 'long',
    year: short ? '2-digit' : 'numeric',
  });
}

/** An RFC 3339 moment for a day and HH:MM time in Dutch time, with the offset that applies then (summer or winter time). */
export function amsterdamMoment(day: string, time: string): string {
  const guess = new Date(`${day}T${time}:00Z`);
  const zoneName = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(guess)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = zoneName?.replace('GMT', '') || '+00:00';
  return `${day}T${time}:00${offset}`;
}

export function formatNumber(value: number, language: Language, fractionDigits = 0): string {
  return value.toLocaleString(LOCALES[language], { maximumFractionDigits: fractionDigits });
}

/** A 0-1 share as a percentage number, one decimal. */
export const percentOf = (share: number): number => Math.round(share * 1000) / 10;
