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
      termsMonths: [12],
      rateTable: [{ termMonths: 12, minAmount: '0.00', rate }],
      minimumDeposit: '50.00',
      interestPayment: 'AT_MATURITY',
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
    expect(byKey['terms.rateTable'].differs).toBe(true);
    expect(byKey['terms.minimumDeposit'].values).toEqual(['CNY 50.00', 'CNY 50.00']);
    expect(byKey['terms.autoRenewal'].values).toEqual(['Yes', 'Yes']);
  });

  it('formats rates, money and booleans of terms', () => {
    expect(termsValue('interestRate', '18.2500', 'CNY', tr)).toBe('18.25%');
    expect(termsValue('annualFee', '200', 'CNY', tr)).toBe('CNY 200.00');
    expect(termsValue('openEnded', false, 'CNY', tr)).toBe('No');
    expect(termsValue('maxLtv', null, 'CNY', tr)).toBe('—');
  });
});
