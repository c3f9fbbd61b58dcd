import { describe, expect, it } from 'vitest';
import { dictionaries, LOCALES } from '../../i18n/messages';
import { LABELLED_ENUMS } from './enums';
import { performanceEnUS } from './i18n.en-US';
import { performanceZhCN } from './i18n.zh-CN';
import { PERIOD_KINDS } from './period';
import { performanceMenu, performanceMenuParent } from './menu';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const own = { 'zh-CN': performanceZhCN, 'en-US': performanceEnUS } as Record<(typeof LOCALES)[number], Record<string, string>>;

describe('performance texts', () => {
  it('have the same keys and placeholders in both languages, none empty', () => {
    expect(Object.keys(performanceEnUS).sort()).toEqual(Object.keys(performanceZhCN).sort());
    for (const [key, text] of Object.entries(performanceZhCN)) {
      expect(placeholders(performanceEnUS[key as keyof typeof performanceZhCN]), key).toEqual(placeholders(text));
    }
    for (const locale of LOCALES) expect(Object.entries(own[locale]).filter(([, text]) => !text.trim()), locale).toEqual([]);
  });

  it('can be merged into the console dictionaries without changing any existing text', () => {
    for (const locale of LOCALES) {
      const console = dictionaries[locale] as Record<string, string>;
      const clashes = Object.entries(own[locale]).filter(([key, text]) => key in console && console[key] !== text);
      expect(clashes, locale).toEqual([]);
    }
  });

  it('name every enum value, period kind and menu entry', () => {
    const wanted = [
      ...Object.entries(LABELLED_ENUMS).flatMap(([prefix, values]) => values.map((value) => `performance.${prefix}.${value}`)),
      ...PERIOD_KINDS.map((kind) => `performance.period.${kind}`),
      ...performanceMenu.map((entry) => entry.labelKey),
      performanceMenuParent.labelKey,
    ];
    for (const locale of LOCALES) expect(wanted.filter((key) => !(key in own[locale])), locale).toEqual([]);
  });

  it('rely on the console for family and subtype names', () => {
    for (const locale of LOCALES) {
      const console = dictionaries[locale] as Record<string, string>;
      for (const family of ['DEPOSIT', 'LOAN', 'CREDIT_CARD', 'WEALTH', 'FX', 'PRECIOUS_METAL']) {
        expect(console[`product.family.${family}`], `${locale} ${family}`).toBeTruthy();
      }
    }
  });
});
