import { describe, expect, it } from 'vitest';
import { applyFieldErrors } from './serverErrors';

/** A stand-in for antd's form: only `registered` fields keep errors, as in rc-field-form. */
function fakeForm(registered: string[]) {
  const errors = new Map<string, string[]>();
  const key = (name: (string | number)[]) => name.map(String).join('.');
  return {
    errors,
    setFields(fields: { name: (string | number)[]; errors: string[] }[]) {
      for (const f of fields) if (registered.includes(key(f.name))) errors.set(key(f.name), f.errors);
    },
    getFieldError(name: (string | number)[]) {
      return errors.get(key(name)) ?? [];
    },
  };
}

describe('applyFieldErrors', () => {
  it('puts errors on the fields their paths name, nested list items included', () => {
    const form = fakeForm(['terms.deposit.rateTiers.0.rate', 'minAmount', 'terms.fx.currencyPairs']);
    const applied = applyFieldErrors(
      form as never,
      [
        { field: 'terms.deposit.rateTiers.0.rate', code: 'INVALID', message: 'too high' },
        { field: 'input.minAmount', code: 'INVALID', message: 'negative' },
        { field: 'terms.fx.currencyPairs.1', code: 'INVALID', message: 'bad pair' },
        { field: null, code: 'CONFLICT', message: 'stale' },
        { field: 'owner', code: 'INVALID', message: 'not shown' },
      ],
      (e) => e.message,
    );
    expect(form.errors.get('terms.deposit.rateTiers.0.rate')).toEqual(['too high']);
    expect(form.errors.get('minAmount')).toEqual(['negative']);
    expect(form.errors.get('terms.fx.currencyPairs')).toEqual(['bad pair']);
    expect(applied.paths).toEqual([['terms', 'deposit', 'rateTiers', 0, 'rate'], ['minAmount'], ['terms', 'fx', 'currencyPairs']]);
    expect(applied.general).toEqual(['stale', 'not shown']);
    expect(applied.codes).toContain('CONFLICT');
  });
});
