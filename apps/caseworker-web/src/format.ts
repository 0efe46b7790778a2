import { useLanguage } from '@meedoen/web';
import { useMemo } from 'react';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

export interface DateFormatters {
  /** 2 december 2026 */
  date: (value: string) => string;
  /** 2 dec. 2026 10:30 */
  dateTime: (value: string) => string;
}

/** Dates in the reader's language; plain dates (YYYY-MM-DD) are read as that day, not shifted by the time zone. */
export function useDateFormat(): DateFormatters {
  const { language } = useLanguage();
  return useMemo(() => {
    const locale = LOCALES[language];
    const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    return {
      date: (value) => dateFormat.format(parseDate(value)),
      dateTime: (value) => dateTimeFormat.format(new Date(value)),
    };
  }, [language]);
}

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: string): Date {
  if (!PLAIN_DATE.test(value)) return new Date(value);
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/** Today or a day around it as YYYY-MM-DD in local time. */
export function isoDay(offsetDays = 0, from = new Date()): string {
  const day = new Date(from.getFullYear(), from.getMonth(), from.getDate() + offsetDays);
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** A query string from the set values only. */
export function queryString(params: Readonly<Record<string, string | number | boolean | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Vacancy texts may carry light Markdown emphasis (**word**); shown here as plain text. */
export const withoutEmphasis = (text: string): string => text.replace(/(\*\*|__)(.+?)\1/g, '$2');
