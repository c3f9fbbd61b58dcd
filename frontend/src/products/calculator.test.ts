import { describe, expect, it } from 'vitest';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { amountProblem, calculatorPath, calculatorProblems, hasLtvBands, hasPricedRange, maxOf, neededCircumstances, rateRange, toCircumstancesInput } from './calculator';

const refusal = (extensions: Record<string, unknown>, message = 'refused') =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('amountProblem', () => {
  it('wants a positive amount in whole cents within the range', () => {
    expect(amountProblem('80000', '50', '1000000')).toBeUndefined();
    expect(amountProblem('50', '50', null)).toBeUndefined();
    expect(amountProblem('', '50', null)?.key).toBe('calc.v.amountRequired');
    expect(amountProblem(undefined, null, null)?.key).toBe('calc.v.amountRequired');
    expect(amountProblem('1.005', null, null)?.key).toBe('calc.v.amountCents');
    expect(amountProblem('0', null, null)?.key).toBe('calc.v.amountCents');
    expect(amountProblem('-5', null, null)?.key).toBe('calc.v.amountCents');
    expect(amountProblem('49.99', '50', null)?.key).toBe('calc.v.amountMin');
    expect(amountProblem('1000000.01', null, '1000000')?.key).toBe('calc.v.amountMax');
  });

  it('takes the stricter lower bound', () => {
    expect(maxOf('50.00', '1000')).toBe('1000');
    expect(maxOf(null, '1000')).toBe('1000');
    expect(maxOf('50.00', undefined)).toBe('50.00');
  });
});

describe('neededCircumstances', () => {
  it('asks only what the conditions name, once, in a stable order', () => {
    const bonuses = [
      { conditions: [{ type: 'AGE_BAND' as const }, { type: 'NEW_MONEY' as const }] },
      { conditions: [{ type: 'NEW_MONEY' as const }, { type: 'MIN_BALANCE' as const }] },
    ];
    expect(neededCircumstances(bonuses)).toEqual(['newMoney', 'age']);
    expect(neededCircumstances([])).toEqual([]);
  });

  it('sends the asked circumstances only, blanks as null', () => {
    expect(toCircumstancesInput([], { newMoney: true })).toBeNull();
    expect(toCircumstancesInput(['newMoney', 'age', 'bundleCodes'], { age: null })).toEqual({ newMoney: false, age: null, bundleCodes: [] });
    expect(toCircumstancesInput(['payrollDeposit', 'customerType'], { payrollDeposit: true, customerType: 'INDIVIDUAL' })).toEqual({
      payrollDeposit: true,
      customerType: 'INDIVIDUAL',
    });
  });
});

describe('loan tiers', () => {
  it('knows a priced range, LTV bands and the rates offered', () => {
    expect(hasPricedRange([{ rateMax: null, spreadBpsMax: null }])).toBe(false);
    expect(hasPricedRange([{ rateMax: '6.0000' }])).toBe(true);
    expect(hasPricedRange([{ spreadBpsMax: 80 }])).toBe(true);
    expect(hasLtvBands([{ bands: [{ unit: 'AMOUNT' }] }])).toBe(false);
    expect(hasLtvBands([{ bands: [{ unit: 'LTV_PERCENT' }] }])).toBe(true);
    expect(rateRange([{ rate: '4.2000', rateMax: '6.0000' }, { rate: '3.9000', rateMax: null }])).toEqual(['3.9000', '6.0000']);
    expect(rateRange([{ rate: null }])).toBeNull();
  });
});

describe('calculatorProblems', () => {
  it('reads every typed problem of a refusal', () => {
    const error = refusal({
      code: 'TERM_NOT_OFFERED',
      errors: [
        { field: 'termMonths', code: 'TERM_NOT_OFFERED', message: 'No such term.' },
        { field: 'prepayment.amount', code: 'INVALID', message: 'Too much.' },
      ],
    });
    expect(calculatorProblems(error)).toEqual([
      { field: 'termMonths', code: 'TERM_NOT_OFFERED', message: 'No such term.' },
      { field: 'prepayment.amount', code: 'INVALID', message: 'Too much.' },
    ]);
    expect(calculatorPath('prepayment.amount')).toEqual(['prepayment', 'amount']);
    expect(calculatorPath(null)).toBeNull();
  });

  it('takes a bare typed code, and leaves failures that are no refusal to the general handling', () => {
    expect(calculatorProblems(refusal({ code: 'BAD_USER_INPUT', field: 'amount' }, 'Too long'))).toEqual([
      { field: 'amount', code: 'BAD_USER_INPUT', message: 'Too long' },
    ]);
    expect(calculatorProblems(refusal({ code: 'FORBIDDEN' }))).toBeNull();
    expect(calculatorProblems(refusal({ code: 'INTERNAL_SERVER_ERROR', correlationId: 'abc123' }))).toBeNull();
    expect(calculatorProblems(new CombinedError({ networkError: new Error('offline') }))).toBeNull();
  });
});
