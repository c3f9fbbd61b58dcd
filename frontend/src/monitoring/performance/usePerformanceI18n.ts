import { useMemo } from 'react';
import type { I18n } from '../../i18n/I18nProvider';
import { translate, type MessageKey, type Messages, type Params } from '../../i18n/messages';
import { useI18n } from '../../i18n/useI18n';
import { performanceEnUS } from './i18n.en-US';
import { performanceZhCN, type PerformanceMessageKey } from './i18n.zh-CN';

export type { PerformanceMessageKey };

/** Translate a key of the console or of the performance pages. */
export type PerformanceT = (key: PerformanceMessageKey | MessageKey, params?: Params) => string;

export interface PerformanceI18n extends Omit<I18n, 't'> {
  t: PerformanceT;
}

export const performanceDictionaries = { 'zh-CN': performanceZhCN, 'en-US': performanceEnUS } as const;

/**
 * The console's i18n, knowing the performance pages' own keys too. It reads this area's
 * dictionaries directly, so the pages are translated whether or not they are merged into the
 * console's dictionaries yet (once merged, both give the same text).
 */
export function usePerformanceI18n(): PerformanceI18n {
  const i18n = useI18n();
  return useMemo(() => {
    const own = performanceDictionaries[i18n.locale] as Readonly<Record<string, string>>;
    const t: PerformanceT = (key, params) =>
      key in own ? translate(own as unknown as Messages, key, params) : i18n.t(key as MessageKey, params);
    return { ...i18n, t, tr: (key: string, fallback?: string) => (key in own ? own[key] : i18n.tr(key, fallback)) };
  }, [i18n]);
}
