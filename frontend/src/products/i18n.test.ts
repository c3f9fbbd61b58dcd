import { describe, expect, it } from 'vitest';
import { dictionaries, LOCALES } from '../i18n/messages';
import { STATUS_ACTIONS } from './actions';
import { FAMILIES, LABELLED_ENUMS } from './enums';

describe('products texts', () => {
  it('name every enum value of the products API in every language', () => {
    for (const locale of LOCALES) {
      const keys = new Set(Object.keys(dictionaries[locale]));
      const missing = Object.entries(LABELLED_ENUMS).flatMap(([prefix, values]) =>
        values.map((value) => `product.${prefix}.${value}`).filter((key) => !keys.has(key)),
      );
      expect(missing, locale).toEqual([]);
    }
  });

  it('name every lifecycle action and describe every family', () => {
    for (const locale of LOCALES) {
      const keys = Object.keys(dictionaries[locale]);
      for (const action of STATUS_ACTIONS) expect(keys, locale).toContain(`product.action.${action}`);
      for (const family of FAMILIES) expect(keys, locale).toContain(`product.familyHint.${family}`);
    }
  });
});
