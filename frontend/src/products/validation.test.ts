import { describe, expect, it } from 'vitest';
import {
  validateCreditCard,
  validateDeposit,
  validateFx,
  validateLoan,
  validatePreciousMetal,
  validateTerms,
  validateWealth,
  type Issue,
} from './validation';

/** "path → key" of each issue, easy to compare. */
const issues = (list: Issue[]) => list.map((i) => `${i.path.join('.')}:${i.key.replace('product.v.', '')}`);

const TIME_DEPOSIT = {
  termsMonths: [12, 36],
  rateTable: [
    { termMonths: 12, minAmount: '0', rate: '1.5000' },
    { termMonths: 36, minAmount: '0', rate: '2.1000' },
    { termMonths: 36, minAmount: '500000', rate: '2.3500' },
  ],
  minimumDeposit: '50',
  interestPayment: 'AT_MATURITY',
  earlyWithdrawalRate: '0.2000',
  autoRenewal: true,
};

describe('deposit terms', () => {
  it('accepts a well-formed time deposit', () => {
    expect(validateDeposit('TIME', TIME_DEPOSIT)).toEqual([]);
  });

  it('allows only the standard terms, each with a rate', () => {
    expect(issues(validateDeposit('TIME', { ...TIME_DEPOSIT, termsMonths: [12, 36, 18] }))).toEqual([
      'termsMonths:termNotAllowed',
    ]);
    // a term without a rate tier is allowed, as on the server
    expect(validateDeposit('TIME', { ...TIME_DEPOSIT, termsMonths: [12, 36, 60] })).toEqual([]);
    expect(issues(validateDeposit('TIME', { ...TIME_DEPOSIT, termsMonths: [12] }))).toEqual([
      'rateTable.1.termMonths:tierTermNotOffered',
      'rateTable.2.termMonths:tierTermNotOffered',
    ]);
    expect(issues(validateDeposit('TIME', { ...TIME_DEPOSIT, termsMonths: [], rateTable: [] }))).toEqual([
      'termsMonths:termsRequired',
      'rateTable:rateTableRequired',
    ]);
  });

  it('keeps every rate between 0 and 36 % with at most 4 decimals', () => {
    const table = (rate: string) => [{ termMonths: 12, minAmount: '0', rate }];
    const check = (rate: string) => issues(validateDeposit('TIME', { ...TIME_DEPOSIT, termsMonths: [12], rateTable: table(rate) }));
    expect(check('36')).toEqual([]);
    expect(check('0')).toEqual([]);
    expect(check('36.0001')).toEqual(['rateTable.0.rate:rateRange']);
    expect(check('-0.5')).toEqual(['rateTable.0.rate:rateRange']);
    expect(check('1.23456')).toEqual(['rateTable.0.rate:rateDecimals']);
    expect(check('abc')).toEqual(['rateTable.0.rate:number']);
    expect(check('')).toEqual(['rateTable.0.rate:required']);
  });

  it('refuses two tiers for the same term and amount', () => {
    const rateTable = [...TIME_DEPOSIT.rateTable, { termMonths: 36, minAmount: '500000.00', rate: '2.4' }];
    expect(issues(validateDeposit('TIME', { ...TIME_DEPOSIT, rateTable }))).toEqual(['rateTable.3.minAmount:duplicateTier']);
  });

  it('needs at least 200,000 for a large CD', () => {
    const cd = { ...TIME_DEPOSIT, minimumDeposit: '199999.99' };
    expect(issues(validateDeposit('LARGE_CD', cd))).toEqual(['minimumDeposit:largeCdMinimum']);
    expect(validateDeposit('LARGE_CD', { ...cd, minimumDeposit: '200000' })).toEqual([]);
    expect(validateDeposit('TIME', cd)).toEqual([]);
  });

  it('gives demand deposits tiers without a term', () => {
    const demand = { ...TIME_DEPOSIT, termsMonths: [], rateTable: [{ termMonths: null, minAmount: '0', rate: '0.2' }] };
    expect(validateDeposit('DEMAND', demand)).toEqual([]);
    expect(issues(validateDeposit('DEMAND', { ...demand, termsMonths: [12] }))).toEqual(['termsMonths:demandNoTerm']);
    expect(issues(validateDeposit('DEMAND', { ...demand, rateTable: [{ termMonths: 12, minAmount: '0', rate: '0.2' }] }))).toEqual([
      'rateTable.0.termMonths:demandNoTerm',
    ]);
  });
});

const LOAN = {
  rateType: 'LPR',
  lprTenor: 'FIVE_YEAR',
  spreadBps: -20,
  amountMin: '100000',
  amountMax: '5000000',
  amountDefault: '1000000',
  termMonthsMin: 12,
  termMonthsMax: 360,
  termMonthsDefault: 240,
  repaymentMethods: ['EQUAL_INSTALLMENT'],
  collateralRequired: true,
  maxLtv: '70',
  gracePeriodDays: 3,
  penaltyRate: '5.0000',
};

describe('loan terms', () => {
  it('accepts an LPR mortgage and a fixed-rate loan', () => {
    expect(validateLoan('MORTGAGE', LOAN)).toEqual([]);
    expect(validateLoan('MORTGAGE', { ...LOAN, rateType: 'FIXED', fixedRate: '3.8500', lprTenor: null, spreadBps: null })).toEqual([]);
  });

  it('needs the rate of the chosen rate type', () => {
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, rateType: 'FIXED', fixedRate: null }))).toEqual(['fixedRate:required']);
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, lprTenor: null, spreadBps: null }))).toEqual(['lprTenor:required', 'spreadBps:required']);
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, spreadBps: 12.5 }))).toEqual(['spreadBps:integer']);
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, spreadBps: -301 }))).toEqual(['spreadBps:atLeast']);
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, spreadBps: 1001 }))).toEqual(['spreadBps:atMost']);
  });

  it('keeps the defaults inside their ranges', () => {
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, amountDefault: '6000000' }))).toEqual(['amountDefault:defaultInRange']);
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, amountMax: '50000' }))).toEqual(['amountMax:minLeMax']);
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, termMonthsDefault: 6 }))).toEqual(['termMonthsDefault:defaultInRange']);
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, termMonthsMin: 0 }))).toEqual(['termMonthsMin:atLeast']);
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, termMonthsMax: 361 }))).toEqual(['termMonthsMax:atMost']);
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, amountMin: '100000.005' }))).toEqual(['amountMin:moneyDecimals']);
  });

  it('asks for a maximum LTV only when collateral is required', () => {
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, maxLtv: null }))).toEqual(['maxLtv:required']);
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, maxLtv: '120' }))).toEqual(['maxLtv:atMost']);
    expect(validateLoan('CONSUMER', { ...LOAN, collateralRequired: false, maxLtv: null })).toEqual([]);
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, collateralRequired: false, maxLtv: null }))).toEqual([
      'collateralRequired:mortgageSecured',
    ]);
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, repaymentMethods: [] }))).toEqual(['repaymentMethods:atLeastOne']);
  });
});

const CARD = {
  tier: 'GOLD',
  partnerBrand: null,
  annualFee: '200',
  feeWaiverRule: '年刷卡 6 次免次年年费',
  interestFreeDaysMax: 50,
  interestRate: '18.2500',
  pointsPerYuan: '1',
  categoryMultipliers: [{ category: 'DINING', multiplier: '2' }],
  creditLimitMin: '5000',
  creditLimitMax: '100000',
  cashAdvanceFeeRate: '1.0000',
  cashAdvanceFeeMin: '10',
  benefits: ['机场贵宾厅'],
};

describe('credit card terms', () => {
  it('accepts a standard card', () => {
    expect(validateCreditCard('STANDARD', CARD)).toEqual([]);
  });

  it('needs a partner brand for a co-branded card', () => {
    expect(issues(validateCreditCard('CO_BRANDED', CARD))).toEqual(['partnerBrand:partnerRequired']);
    expect(validateCreditCard('CO_BRANDED', { ...CARD, partnerBrand: '东方航空' })).toEqual([]);
  });

  it('keeps interest-free days within 20–60', () => {
    expect(issues(validateCreditCard('STANDARD', { ...CARD, interestFreeDaysMax: 19 }))).toEqual([
      'interestFreeDaysMax:interestFreeDays',
    ]);
    expect(issues(validateCreditCard('STANDARD', { ...CARD, interestFreeDaysMax: 61 }))).toEqual([
      'interestFreeDaysMax:interestFreeDays',
    ]);
    expect(validateCreditCard('STANDARD', { ...CARD, interestFreeDaysMax: 60 })).toEqual([]);
  });

  it('checks multipliers and the credit limit range', () => {
    const card = {
      ...CARD,
      categoryMultipliers: [...CARD.categoryMultipliers, { category: 'DINING', multiplier: '0' }],
      creditLimitMax: '1000',
    };
    expect(issues(validateCreditCard('STANDARD', card))).toEqual([
      'categoryMultipliers.1.category:duplicate',
      'categoryMultipliers.1.multiplier:greaterThan',
      'creditLimitMax:minLeMax',
    ]);
  });
});

const WEALTH = {
  benchmarkMin: '3.0000',
  benchmarkMax: '4.2000',
  openEnded: false,
  termDays: 180,
  minimumInvestment: '10000',
  subscriptionFeeRate: '0',
  managementFeeRate: '0.3',
  custodyFeeRate: '0.02',
  offering: 'PUBLIC',
  coolingOffHours: 0,
};

describe('wealth terms', () => {
  it('accepts a closed-ended public product', () => {
    expect(validateWealth(WEALTH)).toEqual([]);
  });

  it('needs min ≤ max benchmark and a term for closed-ended products', () => {
    expect(issues(validateWealth({ ...WEALTH, benchmarkMin: '5' }))).toEqual(['benchmarkMax:minLeMax']);
    expect(issues(validateWealth({ ...WEALTH, termDays: null }))).toEqual(['termDays:required']);
    expect(validateWealth({ ...WEALTH, openEnded: true, termDays: null })).toEqual([]);
  });

  it('holds private offerings to 24 h cooling-off and 1,000,000 minimum', () => {
    expect(issues(validateWealth({ ...WEALTH, offering: 'PRIVATE' }))).toEqual([
      'coolingOffHours:coolingOff',
      'minimumInvestment:privateMinimum',
    ]);
    expect(validateWealth({ ...WEALTH, offering: 'PRIVATE', coolingOffHours: 24, minimumInvestment: '1000000' })).toEqual([]);
  });

  it('caps fee rates at 5 % and cooling-off at 720 h', () => {
    expect(issues(validateWealth({ ...WEALTH, managementFeeRate: '5.5', coolingOffHours: 721 }))).toEqual([
      'managementFeeRate:feeRateMax',
      'coolingOffHours:atMost',
    ]);
  });
});

const FX = {
  currencyPairs: ['USD/CNY', 'EUR/CNY'],
  spreadBps: 30,
  minimumAmount: '100',
  tradingHours: '09:00-17:00',
  tenors: [],
};

describe('FX terms', () => {
  it('accepts spot FX', () => {
    expect(validateFx('SPOT', FX)).toEqual([]);
  });

  it('checks currency pairs and trading hours', () => {
    expect(issues(validateFx('SPOT', { ...FX, currencyPairs: ['usdcny'] }))).toEqual(['currencyPairs:pairFormat']);
    expect(issues(validateFx('SPOT', { ...FX, currencyPairs: ['CNY/CNY'] }))).toEqual(['currencyPairs:pairSame']);
    expect(issues(validateFx('SPOT', { ...FX, currencyPairs: [] }))).toEqual(['currencyPairs:atLeastOne']);
    expect(issues(validateFx('SPOT', { ...FX, tradingHours: '9:00-17:00' }))).toEqual(['tradingHours:tradingHours']);
    expect(issues(validateFx('SPOT', { ...FX, tradingHours: '24:00-17:00' }))).toEqual(['tradingHours:tradingHours']);
    expect(issues(validateFx('SPOT', { ...FX, currencyPairs: ['XXX/CNY'] }))).toEqual(['currencyPairs:pairCurrency']);
    expect(issues(validateFx('SPOT', { ...FX, spreadBps: 1001 }))).toEqual(['spreadBps:atMost']);
  });

  it('needs tenors and a premium for options', () => {
    expect(issues(validateFx('OPTION', FX))).toEqual(['tenors:atLeastOne', 'premiumRate:required']);
    expect(validateFx('OPTION', { ...FX, tenors: ['1M', '3M'], premiumRate: '1.2' })).toEqual([]);
    expect(issues(validateFx('OPTION', { ...FX, tenors: ['month'], premiumRate: '1.2' }))).toEqual(['tenors:tenorFormat']);
  });

  it('needs a linked pair, protection and a yield range for structured deposits', () => {
    expect(issues(validateFx('STRUCTURED_DEPOSIT', FX))).toEqual([
      'linkedPair:required',
      'principalProtected:required',
      'yieldMin:required',
      'yieldMax:required',
    ]);
    const structured = { ...FX, linkedPair: 'EUR/USD', principalProtected: true, yieldMin: '1.5', yieldMax: '3.8' };
    expect(validateFx('STRUCTURED_DEPOSIT', structured)).toEqual([]);
    expect(issues(validateFx('STRUCTURED_DEPOSIT', { ...structured, yieldMin: '4' }))).toEqual(['yieldMax:minLeMax']);
  });
});

describe('precious metal terms', () => {
  const METAL = { metal: 'GOLD', unit: 'GRAM', purity: '99.99', spread: '0.8', minimumTradeUnits: '1', physicalDelivery: true, leverage: '1' };

  it('accepts physical gold and checks the numbers', () => {
    expect(validatePreciousMetal('PHYSICAL_GOLD', METAL)).toEqual([]);
    expect(issues(validatePreciousMetal('PHYSICAL_GOLD', { ...METAL, purity: '89.9', minimumTradeUnits: '0', leverage: '0.5' }))).toEqual([
      'purity:atLeast',
      'minimumTradeUnits:greaterThan',
      'leverage:atLeast',
    ]);
  });

  it('levers only futures and options, and delivers only physical gold', () => {
    expect(issues(validatePreciousMetal('PHYSICAL_GOLD', { ...METAL, leverage: '5' }))).toEqual(['leverage:noLeverage']);
    expect(validatePreciousMetal('GOLD_FUTURES', { ...METAL, physicalDelivery: false, leverage: '10' })).toEqual([]);
    expect(issues(validatePreciousMetal('GOLD_FUTURES', { ...METAL, leverage: '21' }))).toEqual(['leverage:atMost']);
    expect(issues(validatePreciousMetal('PHYSICAL_GOLD', { ...METAL, physicalDelivery: false }))).toEqual([
      'physicalDelivery:physicalRequired',
    ]);
    expect(issues(validatePreciousMetal('PAPER_GOLD', METAL))).toEqual(['physicalDelivery:paperNotPhysical']);
  });
});

describe('validateTerms', () => {
  it('validates the member of the chosen family only', () => {
    expect(validateTerms('DEPOSIT', 'TIME', { deposit: TIME_DEPOSIT, loan: {} })).toEqual([]);
    expect(validateTerms('LOAN', 'MORTGAGE', { deposit: TIME_DEPOSIT }).length).toBeGreaterThan(0);
    expect(validateTerms(undefined, undefined, {})).toEqual([]);
  });
});
