import { useMemo } from 'react';
import { useLanguage } from '@meedoen/web';

const LOCALE = { nl: 'nl-NL', en: 'en-GB' } as const;

/** Dates and times in the language of the page (not the browser's), e.g. "3 december 2026" and "09:00". */
export function useDates() {
  const { language } = useLanguage();
  return useMemo(() => {
    const locale = LOCALE[language];
    const date = (value: string | Date) => new Date(value).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    const day = (value: string | Date) => new Date(value).toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long' });
    const time = (value: string | Date) => new Date(value).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
    return { date, day, time, dateTime: (value: string | Date) => `${date(value)} ${time(value)}` };
  }, [language]);
}
