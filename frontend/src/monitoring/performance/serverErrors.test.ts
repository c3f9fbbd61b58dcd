import { describe, expect, it } from 'vitest';
import { splitUserErrors } from './serverErrors';

const KNOWN = ['productId', 'month', 'category', 'amount', 'note'];

describe('splitUserErrors', () => {
  it('puts each error on the field it names, in the order given', () => {
    const split = splitUserErrors(
      [
        { field: 'amount', code: 'INVALID', message: 'Amounts have at most 2 decimal places.' },
        { field: 'month', code: 'INVALID', message: 'Give the first day of a month.' },
        { field: 'amount', code: 'INVALID', message: 'The amount is too large.' },
      ],
      KNOWN,
    );
    expect(split).toEqual({
      fields: [
        { name: 'amount', errors: ['Amounts have at most 2 decimal places.', 'The amount is too large.'] },
        { name: 'month', errors: ['Give the first day of a month.'] },
      ],
      general: [],
    });
  });

  it('accepts a path like input.productId', () => {
    const split = splitUserErrors([{ field: 'input.productId', code: 'NOT_FOUND', message: 'No such product.' }], KNOWN);
    expect(split.fields).toEqual([{ name: 'productId', errors: ['No such product.'] }]);
  });

  it('keeps errors of no field, or of a field the form does not show, as general messages', () => {
    const split = splitUserErrors(
      [
        { field: null, code: 'FORBIDDEN', message: "You do not have the 'monitoring:write' permission." },
        { field: 'effectiveFrom', code: 'CONFLICT', message: 'Someone else entered the same rate meanwhile; reload.' },
      ],
      KNOWN,
    );
    expect(split.fields).toEqual([]);
    expect(split.general).toEqual([
      "You do not have the 'monitoring:write' permission.",
      'Someone else entered the same rate meanwhile; reload.',
    ]);
  });

  it('words messages with the given function', () => {
    const split = splitUserErrors([{ field: 'category', code: 'DUPLICATE', message: 'already recorded' }], KNOWN, (e) => `${e.code}: ${e.message}`);
    expect(split.fields).toEqual([{ name: 'category', errors: ['DUPLICATE: already recorded'] }]);
  });
});
