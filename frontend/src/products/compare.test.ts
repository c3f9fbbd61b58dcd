import { describe, expect, it } from 'vitest';
import type { ProductCommonFieldsFragment } from '../gql/graphql';
import { compareRows, termsValue } from './compare';

const tr = (key: string, fallback?: string) => ({ 'common.yes': 'Yes', 'common.no': 'No' })[key] ?? fallback ?? key;

function deposit(code: string, rate: string): ProductCommonFieldsFragment {
  return {
    id: code,
    code,
    nameZh: code,
    nameEn: code,
    family: 'DEPOSIT',
    subtype: 'TIME',
    currency: 'CNY',
    riskLevel: 'R1',
    description: '',
    highlights: [],
    targetCustomers: '',
    eligibility: { minAge: 18, maxAge: null, minAnnualIncome: null, customerTypes: ['INDIVIDUAL'], residency: ['RESIDENT'] },
    channels: [{ channel: 'MOBILE_BANKING', publishFrom: null, publishTo: null }],
    salesStart: null,
    salesEnd: null,
    quota: { total: null, used: '0', remaining: null },
    minAmount: '50.00',
    maxAmount: null,
    fees: [],
    owner: null,
    tags: [],
    status: 'ON_SALE',
    version: 3,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    submittedBy: null,
    approvedBy: null,
    statusReason: null,
    suspendedByRisk: false,
    headlineRate: rate,
    terms: {
      __typename: 'DepositTerms',
      interest: { dayCount: 'ACT_360', compounding: 'NONE', posting: 'AT_MATURITY' },
      term: { min: 12, max: 12, multiple: 12, unit: 'MONTH' },
      offeredTerms: [12],
      tierApplication: 'WHOLE_BALANCE',
      rateTiers: [
        {
          bands: [
            { unit: 'AMOUNT', lower: '0.00', upper: null },
            { unit: 'TERM_MONTHS', lower: '12', upper: '12' },
          ],
          rate,
          rateMax: null,
          spreadBps: null,
          spreadBpsMax: null,
        },
      ],
      bonusRates: [],
      minimumDeposit: '50.00',
      earlyWithdrawalRate: '0.2000',
      autoRenewal: true,
    },
  } as ProductCommonFieldsFragment;
}

describe('compareRows', () => {
  it('marks the rows where products differ', () => {
    const rows = compareRows([deposit('A', '1.5000'), deposit('B', '1.7500')], tr, 'en-US');
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey.headlineRate.values).toEqual(['1.50%', '1.75%']);
    expect(byKey.headlineRate.differs).toBe(true);
    expect(byKey.currency.differs).toBe(false);
    expect(byKey['terms.rateTiers'].differs).toBe(true);
    expect(byKey['terms.rateTiers'].values[0]).toBe('¥0+ 12M: 1.50%');
    expect(byKey['terms.interest'].values[0]).toBe('ACT_360 · NONE · AT_MATURITY');
    expect(byKey['terms.offeredTerms'].values).toEqual(['12', '12']);
    expect(byKey['terms.minimumDeposit'].values).toEqual(['CNY 50.00', 'CNY 50.00']);
    expect(byKey['terms.autoRenewal'].values).toEqual(['Yes', 'Yes']);
  });

  it('formats rates, money and booleans of terms', () => {
    expect(termsValue('interestRate', '18.2500', 'CNY', tr)).toBe('18.25%');
    expect(termsValue('annualFee', '200', 'CNY', tr)).toBe('CNY 200.00');
    expect(termsValue('openEnded', false, 'CNY', tr)).toBe('No');
    expect(termsValue('maxLtv', null, 'CNY', tr)).toBe('—');
    expect(termsValue('annualisedRate', '4.3512', 'CNY', tr)).toBe('4.3512%');
    const lpr = [{ bands: [{ unit: 'LTV_PERCENT', lower: '0', upper: '60' }], rate: null, spreadBps: -30, spreadBpsMax: 20 }];
    expect(termsValue('rateTiers', lpr, 'CNY', tr)).toBe('0–60% LTV: LPR -30 bp ~ +20 bp');
  });
});
