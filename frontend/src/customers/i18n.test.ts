import { describe, expect, it } from 'vitest';
import { dictionaries, LOCALES } from '../i18n/messages';
import { LABELLED_ENUMS } from './enums';
import { RULE_FIELDS, FIELD_SPECS } from './ruleTree';

describe('customers texts', () => {
  it('name every enum value of the customers API in every language', () => {
    for (const locale of LOCALES) {
      const keys = new Set(Object.keys(dictionaries[locale]));
      const missing = Object.entries(LABELLED_ENUMS).flatMap(([prefix, values]) =>
        values.map((value) => `customer.${prefix}.${value}`).filter((key) => !keys.has(key)),
      );
      expect(missing, locale).toEqual([]);
    }
  });

  it('name every field, comparison and operator of the segment builder', () => {
    for (const locale of LOCALES) {
      const keys = new Set(Object.keys(dictionaries[locale]));
      const wanted = [
        ...RULE_FIELDS.map((field) => `segment.field.${field}`),
        ...RULE_FIELDS.flatMap((field) => FIELD_SPECS[field].cmps.map((cmp) => `segment.cmp.${cmp}`)),
        ...['AND', 'OR', 'NOT'].map((op) => `segment.op.${op}`),
        ...['C1', 'C2', 'C3', 'C4', 'C5'].map((level) => `customer.risk.${level}`),
      ];
      expect(wanted.filter((key) => !keys.has(key)), locale).toEqual([]);
    }
  });
});
