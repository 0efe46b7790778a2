import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { sharedEn } from './messages/en';
import { sharedNl, type SharedMessageKey } from './messages/nl';
import { translate } from './translate';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  type Language,
  type MessageCatalog,
  type PortalIdentityKey,
  type PortalMessageCatalog,
  type Translate,
} from './types';

const LANGUAGE_STORAGE_KEY = 'meedoen.language';

interface I18nContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
  translate: Translate<string>;
}

const I18nContext = createContext<I18nContextValue | null>(null);

export interface PortalCatalogs {
  nl: PortalMessageCatalog;
  en: PortalMessageCatalog;
}

export function I18nProvider({ catalogs, children }: { catalogs: PortalCatalogs; children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(readStoredLanguage);

  const catalog = useMemo<MessageCatalog>(
    () => (language === 'en' ? { ...sharedEn, ...catalogs.en } : { ...sharedNl, ...catalogs.nl }),
    [language, catalogs],
  );

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    storeLanguage(next);
  }, []);

  const value = useMemo<I18nContextValue>(
    () => ({ language, setLanguage, translate: (key, params) => translate(catalog, key, params) }),
    [language, setLanguage, catalog],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18nContext(): I18nContextValue {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useT and useLanguage need an <I18nProvider> around them.');
  return context;
}

/**
 * The translate function for the current language. A portal passes its own message keys as the type argument,
 * so a typo in a key is a compile error: `useT<SeekerMessageKey>()`.
 */
export function useT<PortalKey extends string = never>(): Translate<SharedMessageKey | PortalIdentityKey | PortalKey> {
  return useI18nContext().translate;
}

export function useLanguage(): Pick<I18nContextValue, 'language' | 'setLanguage'> {
  const { language, setLanguage } = useI18nContext();
  return { language, setLanguage };
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked (private mode, strict settings); Dutch is the default then.
    return DEFAULT_LANGUAGE;
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not being able to remember the choice is no reason to stop the switch itself.
  }
}
