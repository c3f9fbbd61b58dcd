import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import type { ProductTermsFieldsFragment } from '../gql/graphql';
import {
  defaultTerms,
  fieldPath,
  offeredTerms,
  stepOfField,
  STEPS,
  termsToValues,
  toCreateInput,
  toTermsInput,
  type ProductFormValues,
} from './productForm';

describe('server error paths', () => {
  it('name form fields, numbers as list indexes', () => {
    expect(fieldPath('terms.deposit.rateTiers.2.bands')).toEqual(['terms', 'deposit', 'rateTiers', 2, 'bands']);
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
    expect(step('terms.deposit.rateTiers.0.rate')).toBe('terms');
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
    fees: [
      {
        type: 'ACCOUNT',
        basis: 'RATE',
        amount: '5',
        rate: '0.1',
        chargedOn: 'BALANCE',
        frequency: 'ANNUAL',
        currency: ' usd ',
        waivers: [{ name: '工资卡免收', share: '100', conditions: [{ type: 'PAYROLL_DEPOSIT', amount: '3000', count: 4 }] }],
        note: ' ',
      },
    ],
    terms: {
      deposit: {
        interest: { dayCount: 'ACT_365', compounding: 'NONE', posting: 'AT_MATURITY' },
        term: { min: 12, max: 36, multiple: 12, unit: 'MONTH' },
        tierApplication: 'PER_BAND',
        rateTiers: [
          { bands: [{ unit: 'TERM_MONTHS', lower: '12', upper: '12' }, { unit: 'AMOUNT', lower: '0', upper: '' }], rate: '1.5' },
        ],
        bonusRates: [
          {
            name: ' 新资金加息 ',
            rate: '0.2',
            conditions: [
              { type: 'NEW_MONEY', amount: '10000' },
              { type: 'INTRODUCTORY', months: null, endsOn: dayjs('2026-12-31') },
            ],
          },
        ],
        minimumDeposit: '50',
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
    expect(input.fees?.[0]).toMatchObject({ basis: 'RATE', amount: null, rate: '0.1', chargedOn: 'BALANCE', currency: 'USD', note: '' });
    // a condition carries exactly its type's parameters
    expect(input.fees?.[0].waivers?.[0].conditions[0]).toEqual({
      type: 'PAYROLL_DEPOSIT',
      amount: '3000',
      count: null,
      customerTypes: null,
      ageMin: null,
      ageMax: null,
      bundleCode: null,
      months: null,
      endsOn: null,
    });
    expect(Object.keys(input.terms)).toEqual(['deposit']);
    const deposit = input.terms.deposit!;
    expect(deposit).not.toHaveProperty('termsMonths');
    expect(deposit.term).toEqual({ min: 12, max: 36, multiple: 12, unit: 'MONTH' });
    expect(deposit.rateTiers).toEqual([
      {
        bands: [
          { unit: 'TERM_MONTHS', lower: '12', upper: '12' },
          { unit: 'AMOUNT', lower: '0', upper: null },
        ],
        rate: '1.5',
        rateMax: null,
        spreadBps: null,
        spreadBpsMax: null,
      },
    ]);
    expect(deposit.bonusRates?.[0]).toMatchObject({ name: '新资金加息', rate: '0.2' });
    expect(deposit.bonusRates?.[0].conditions[1]).toMatchObject({ type: 'INTRODUCTORY', months: null, endsOn: '2026-12-31', amount: null });
  });

  it('drops what does not apply to the subtype', () => {
    const demand = toTermsInput('DEPOSIT', 'DEMAND', values.terms);
    expect(demand.deposit?.term).toBeNull();
    expect(demand.deposit?.autoRenewal).toBe(false);
    const loan = toTermsInput('LOAN', 'CONSUMER', {
      loan: {
        rateType: 'FIXED',
        lprTenor: 'ONE_YEAR',
        repricing: 'MONTHLY',
        collateralRequired: false,
        rateTiers: [{ bands: [{ unit: 'LTV_PERCENT', lower: '0', upper: null }], rate: '3.5', spreadBps: 20 }],
        interest: { dayCount: 'ACT_360', firstPayment: 'ONE_PERIOD_AFTER_DRAWDOWN', paymentDay: 15 },
      },
    });
    expect(loan.loan).toMatchObject({ lprTenor: null, repricing: null, interest: { paymentDay: null, repaymentFrequency: 'MONTHLY' } });
    expect(loan.loan?.rateTiers).toEqual([{ bands: [], rate: '3.5', rateMax: null, spreadBps: null, spreadBpsMax: null }]);
    const card = toTermsInput('CREDIT_CARD', 'STANDARD', { creditCard: { offersInstalment: false, instalment: { periods: [3] } } });
    expect(card.creditCard?.instalment).toBeNull();
    const spot = toTermsInput('FX', 'SPOT', { fx: { currencyPairs: ['usd/cny'], tenors: ['1M'], premiumRate: '1', yieldMax: '3' } });
    expect(spot.fx).toMatchObject({ currencyPairs: ['USD/CNY'], tenors: [], premiumRate: null, yieldMax: null });
  });

  it('reads loaded shape-2 terms back into the form, and the form gives the same input again', () => {
    const loaded = {
      __typename: 'DepositTerms',
      interest: { __typename: 'DepositInterestMechanics', dayCount: 'ACT_360', compounding: 'NONE', posting: 'AT_MATURITY' },
      term: { __typename: 'DepositTermRange', min: 3, max: 12, multiple: 3, unit: 'MONTH' },
      offeredTerms: [3, 12],
      tierApplication: 'WHOLE_BALANCE',
      rateTiers: [
        {
          __typename: 'RateTier',
          bands: [
            { __typename: 'RateBand', unit: 'AMOUNT', lower: '0.00', upper: null },
            { __typename: 'RateBand', unit: 'TERM_MONTHS', lower: '3', upper: '12' },
          ],
          rate: '1.2500',
          rateMax: null,
          spreadBps: null,
          spreadBpsMax: null,
        },
      ],
      bonusRates: [
        {
          __typename: 'BonusRate',
          name: '老年客户加息',
          rate: '0.1000',
          conditions: [
            {
              __typename: 'Condition',
              type: 'INTRODUCTORY',
              amount: null,
              count: null,
              customerTypes: [],
              ageMin: null,
              ageMax: null,
              bundleCode: null,
              months: null,
              endsOn: '2026-12-31',
            },
          ],
        },
      ],
      minimumDeposit: '50.00',
      earlyWithdrawalRate: '0.2000',
      autoRenewal: true,
    } as unknown as ProductTermsFieldsFragment;
    const form = termsToValues(loaded);
    expect(form.deposit).not.toHaveProperty('offeredTerms');
    expect(form.deposit?.interest).toEqual({ dayCount: 'ACT_360', compounding: 'NONE', posting: 'AT_MATURITY' });
    expect(dayjs.isDayjs(form.deposit?.bonusRates?.[0].conditions?.[0].endsOn)).toBe(true);
    const input = toTermsInput('DEPOSIT', 'TIME', form).deposit!;
    expect(input.rateTiers?.[0]).toEqual({
      bands: [
        { unit: 'AMOUNT', lower: '0.00', upper: null },
        { unit: 'TERM_MONTHS', lower: '3', upper: '12' },
      ],
      rate: '1.2500',
      rateMax: null,
      spreadBps: null,
      spreadBpsMax: null,
    });
    expect(input.bonusRates?.[0].conditions[0]).toMatchObject({ type: 'INTRODUCTORY', endsOn: '2026-12-31', customerTypes: null });
    expect(input.term).toEqual({ min: 3, max: 12, multiple: 3, unit: 'MONTH' });
  });

  it('starts a new time deposit with one tier per standard term', () => {
    const terms = defaultTerms('DEPOSIT', 'TIME').deposit!;
    expect(terms.rateTiers?.map((tier) => tier.bands?.[0].lower)).toEqual(['3', '6', '12', '24', '36', '60']);
    expect(offeredTerms(terms.term, terms.rateTiers)).toEqual([3, 6, 12, 24, 36, 60]);
    expect(defaultTerms('DEPOSIT', 'NOTICE').deposit?.term?.unit).toBe('DAY');
    expect(defaultTerms('DEPOSIT', 'DEMAND').deposit?.term).toBeNull();
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
