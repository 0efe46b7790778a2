import { useLanguage } from '@meedoen/web';
import { useCallback } from 'react';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

/** Dates (yyyy-mm-dd or a full timestamp) as people write them: "3 december 2026". */
export function useFormatDate(): (value: string, withTime?: boolean) => string {
  const { language } = useLanguage();
  return useCallback(
    (value: string, withTime = false) => {
      const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
      return new Intl.DateTimeFormat(LOCALES[language], {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
      }).format(date);
    },
    [language],
  );
}

export function useFormatNumber(): (value: number) => string {
  const { language } = useLanguage();
  return useCallback((value: number) => new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(value), [language]);
}
