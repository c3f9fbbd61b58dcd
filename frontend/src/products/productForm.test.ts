import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import type { ProductTermsFieldsFragment } from '../gql/graphql';
import { fieldPath, stepOfField, STEPS, termsToValues, toCreateInput, toTermsInput, type ProductFormValues } from './productForm';

describe('server error paths', () => {
  it('name form fields, numbers as list indexes', () => {
    expect(fieldPath('terms.deposit.rateTable.0.rate')).toEqual(['terms', 'deposit', 'rateTable', 0, 'rate']);
    expect(fieldPath('input.minAmount')).toEqual(['minAmount']);
    expect(fieldPath('channels.1.publishTo')).toEqual(['channels', 1, 'publishTo']);
    expect(fieldPath(null)).toBeUndefined();
    expect(fieldPath('')).toBeUndefined();
  });

  it('lead to the wizard step holding the field', () => {
    const step = (field: string | null) => STEPS[stepOfField(field)];
    expect(step('subtype')).toBe('family');
    expect(step('code')).toBe('basics');
    expect(step('input.nameEn')).toBe('basics');
    expect(step('eligibility.minAge')).toBe('eligibility');
    expect(step('channels.0.publishFrom')).toBe('eligibility');
    expect(step('fees.2.rate')).toBe('eligibility');
    expect(step('minAmount')).toBe('eligibility');
    expect(step('terms.deposit.rateTable.0.rate')).toBe('terms');
    expect(step('terms.loan.maxLtv')).toBe('terms');
    expect(step(null)).toBe('review');
    expect(step('somethingElse')).toBe('review');
  });
});

describe('form values to API input', () => {
  const values: ProductFormValues = {
    family: 'DEPOSIT',
    subtype: 'TIME',
    code: ' dep-td-001 ',
    nameZh: ' 定期存款 ',
    nameEn: 'Time deposit',
    currency: 'CNY',
    riskLevel: 'R1',
    highlights: ['保本', ' '],
    tags: [],
    eligibility: { minAge: 18, maxAge: null, customerTypes: ['INDIVIDUAL'], residency: ['RESIDENT'] },
    channels: [{ channel: 'MOBILE_BANKING', publishFrom: dayjs('2026-01-01'), publishTo: null }],
    salesStart: dayjs('2026-01-01'),
    fees: [{ type: 'ACCOUNT', basis: 'RATE', amount: '5', rate: '0.1', frequency: 'ANNUAL' }],
    terms: {
      deposit: {
        termsMonths: [36, 12],
        rateTable: [{ termMonths: 12, minAmount: '0', rate: '1.5' }],
        minimumDeposit: '50',
        interestPayment: 'AT_MATURITY',
        earlyWithdrawalRate: '0.2',
        autoRenewal: true,
      },
      loan: { rateType: 'FIXED' },
    },
  };

  it('builds the create input with the one family member of the terms', () => {
    const input = toCreateInput(values);
    expect(input.code).toBe('DEP-TD-001');
    expect(input.nameZh).toBe('定期存款');
    expect(input.highlights).toEqual(['保本']);
    expect(input.channels).toEqual([{ channel: 'MOBILE_BANKING', publishFrom: '2026-01-01', publishTo: null }]);
    expect(input.salesStart).toBe('2026-01-01');
    expect(input.salesEnd).toBeNull();
    expect(input.fees?.[0]).toMatchObject({ basis: 'RATE', amount: null, rate: '0.1' });
    expect(Object.keys(input.terms)).toEqual(['deposit']);
    expect(input.terms.deposit?.termsMonths).toEqual([12, 36]);
  });

  it('drops what does not apply to the subtype', () => {
    const demand = toTermsInput('DEPOSIT', 'DEMAND', values.terms);
    expect(demand.deposit?.termsMonths).toEqual([]);
    expect(demand.deposit?.rateTable?.[0].termMonths).toBeNull();
    const spot = toTermsInput('FX', 'SPOT', { fx: { currencyPairs: ['usd/cny'], tenors: ['1M'], premiumRate: '1', yieldMax: '3' } });
    expect(spot.fx).toMatchObject({ currencyPairs: ['USD/CNY'], tenors: [], premiumRate: null, yieldMax: null });
  });

  it('reads loaded terms back into the form, FX spread included', () => {
    const fx = {
      __typename: 'FxTerms',
      currencyPairs: ['USD/CNY'],
      fxSpreadBps: 25,
      minimumAmount: '100',
      tradingHours: '09:00-17:00',
      tenors: [],
      premiumRate: null,
      linkedPair: null,
      principalProtected: null,
      yieldMin: null,
      yieldMax: null,
    } as ProductTermsFieldsFragment;
    expect(termsToValues(fx).fx).toMatchObject({ spreadBps: 25, currencyPairs: ['USD/CNY'] });
    expect(termsToValues(fx).fx).not.toHaveProperty('fxSpreadBps');
    expect(termsToValues(fx).fx).not.toHaveProperty('__typename');
  });
});
