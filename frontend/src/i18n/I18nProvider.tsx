import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import {
  dictionaries,
  loadLocale,
  saveLocale,
  translate,
  type Locale,
  type MessageKey,
  type Params,
} from './messages';

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** Translate a known key. */
  t: (key: MessageKey, params?: Params) => string;
  /** Translate a key built at run time (`role.${role}`), falling back when it is unknown. */
  tr: (key: string, fallback?: string) => string;
}

export const I18nContext = createContext<I18n | null>(null);

// Read by the GraphQL client so the server answers messages in the console's language.
let currentLocale: Locale = loadLocale();
export function getCurrentLocale(): Locale {
  return currentLocale;
}

export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale ?? loadLocale);

  useEffect(() => {
    currentLocale = locale;
    document.documentElement.lang = locale;
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    saveLocale(next);
    currentLocale = next;
    setLocaleState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const messages = dictionaries[locale];
    return {
      locale,
      setLocale,
      t: (key, params) => translate(messages, key, params),
      tr: (key, fallback) =>
        key in messages ? translate(messages, key) : (fallback ?? key),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
