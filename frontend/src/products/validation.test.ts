import { describe, expect, it } from 'vitest';
import {
  validateCreditCard,
  validateDeposit,
  validateFees,
  validateFx,
  validateLoan,
  validatePreciousMetal,
  validateTerms,
  validateWealth,
  type Issue,
} from './validation';

/** "path → key" of each issue, easy to compare. */
const issues = (list: Issue[]) => list.map((i) => `${i.path.join('.')}:${i.key.replace('product.v.', '')}`);

const amount = (lower: string, upper: string | null = null) => ({ unit: 'AMOUNT', lower, upper });
const months = (n: number) => ({ unit: 'TERM_MONTHS', lower: String(n), upper: String(n) });

const TIME_DEPOSIT = {
  interest: { dayCount: 'ACT_360', compounding: 'NONE', posting: 'AT_MATURITY' },
  term: { min: 12, max: 36, multiple: 12, unit: 'MONTH' },
  tierApplication: 'WHOLE_BALANCE',
  rateTiers: [
    { bands: [months(12), amount('0')], rate: '1.5000' },
    { bands: [months(36), amount('0', '500000')], rate: '2.1000' },
    { bands: [months(36), amount('500000')], rate: '2.3500' },
  ],
  bonusRates: [],
  minimumDeposit: '50',
  earlyWithdrawalRate: '0.2000',
  autoRenewal: true,
};

describe('deposit terms', () => {
  it('accepts a well-formed time deposit', () => {
    expect(validateDeposit('TIME', TIME_DEPOSIT)).toEqual([]);
  });

  it('needs a term range in multiples, and every tier a term offered', () => {
    expect(issues(validateDeposit('TIME', { ...TIME_DEPOSIT, term: null }))[0]).toBe('term:termsRequired');
    expect(issues(validateDeposit('TIME', { ...TIME_DEPOSIT, term: { min: 5, max: 36, multiple: 12, unit: 'MONTH' } }))[0]).toBe(
      'term.min:termMultiple',
    );
    expect(issues(validateDeposit('TIME', { ...TIME_DEPOSIT, term: { min: 12, max: 24, multiple: 12, unit: 'MONTH' } }))).toEqual([
      'rateTiers.1.bands:tierTermNotOffered',
    ]);
    expect(issues(validateDeposit('NOTICE', TIME_DEPOSIT))[0]).toBe('term.unit:noticeDays');
    expect(issues(validateDeposit('TIME', { ...TIME_DEPOSIT, rateTiers: [] }))).toEqual(['rateTiers:rateTableRequired']);
  });

  it('keeps every rate between 0 and 36 % with at most 4 decimals', () => {
    const check = (rate: string) =>
      issues(validateDeposit('TIME', { ...TIME_DEPOSIT, rateTiers: [{ bands: [months(12), amount('0')], rate }] }));
    expect(check('36')).toEqual([]);
    expect(check('0')).toEqual([]);
    expect(check('36.0001')).toEqual(['rateTiers.0.rate:rateRange']);
    expect(check('-0.5')).toEqual(['rateTiers.0.rate:rateRange']);
    expect(check('1.23456')).toEqual(['rateTiers.0.rate:rateDecimals']);
    expect(check('abc')).toEqual(['rateTiers.0.rate:number']);
    expect(check('')).toEqual(['rateTiers.0.rate:required']);
  });

  it('runs the amount bands of each term without gap, from the minimum, open at the end', () => {
    const tiers = (...bands: ReturnType<typeof amount>[]) => bands.map((band, i) => ({ bands: [months(36), band], rate: String(2 + i / 10) }));
    const check = (...bands: ReturnType<typeof amount>[]) =>
      issues(validateDeposit('TIME', { ...TIME_DEPOSIT, term: { min: 36, max: 36, multiple: 12, unit: 'MONTH' }, rateTiers: tiers(...bands) }));
    expect(check(amount('0', '50000'), amount('50000'))).toEqual([]);
    expect(check(amount('0', '50000'), amount('60000'))).toEqual(['rateTiers.1.bands:amountGap']);
    expect(check(amount('0', '50000'), amount('40000'))).toEqual(['rateTiers.1.bands:amountGap']);
    expect(check(amount('0', '50000'), amount('50000', '90000'))).toEqual(['rateTiers.1.bands:amountLastOpen']);
    expect(check(amount('100'), amount('0', '100'))).toEqual([]);
    expect(check(amount('1000'))).toEqual(['rateTiers.0.bands:amountStartAboveMin']);
  });

  it('refuses overlapping term bands and tiers that band differently', () => {
    const range = { unit: 'TERM_MONTHS', lower: '12', upper: '37' };
    const overlap = [
      { bands: [months(12), amount('0')], rate: '1.5' },
      { bands: [range, amount('0')], rate: '2' },
    ];
    expect(issues(validateDeposit('TIME', { ...TIME_DEPOSIT, rateTiers: overlap }))).toEqual(['rateTiers.1.bands:tierOverlap']);
    const uneven = [{ bands: [months(12), amount('0')], rate: '1.5' }, { bands: [months(36)], rate: '2' }];
    expect(issues(validateDeposit('TIME', { ...TIME_DEPOSIT, rateTiers: uneven }))).toEqual(['rateTiers.1.bands:bandsLikeOthers']);
    const twice = [{ bands: [months(12), amount('0'), amount('10')], rate: '1.5' }];
    expect(issues(validateDeposit('TIME', { ...TIME_DEPOSIT, rateTiers: twice }))).toEqual(['rateTiers.0.bands:bandTwice']);
  });

  it('needs at least 200,000 for a large CD', () => {
    const cd = { ...TIME_DEPOSIT, minimumDeposit: '199999.99' };
    expect(issues(validateDeposit('LARGE_CD', cd))).toEqual(['minimumDeposit:largeCdMinimum']);
    expect(validateDeposit('LARGE_CD', { ...cd, minimumDeposit: '200000' })).toEqual([]);
    expect(validateDeposit('TIME', cd)).toEqual([]);
  });

  it('gives demand deposits amount bands only, posted periodically', () => {
    const demand = {
      ...TIME_DEPOSIT,
      term: null,
      interest: { dayCount: 'ACT_360', compounding: 'NONE', posting: 'QUARTERLY' },
      rateTiers: [{ bands: [amount('0')], rate: '0.2' }],
    };
    expect(validateDeposit('DEMAND', demand)).toEqual([]);
    expect(issues(validateDeposit('DEMAND', { ...demand, rateTiers: [{ bands: [months(12), amount('0')], rate: '0.2' }] }))).toEqual([
      'rateTiers.0.bands:bandUnit',
    ]);
    expect(issues(validateDeposit('DEMAND', { ...demand, interest: { ...demand.interest, posting: 'AT_MATURITY' } }))).toEqual([
      'interest.posting:demandPosting',
    ]);
    expect(issues(validateDeposit('DEMAND', { ...demand, interest: { ...demand.interest, compounding: 'MONTHLY' } }))).toEqual([
      'interest.compounding:compoundingPosting',
    ]);
  });

  it('checks bonus rates and each condition: complete, nothing foreign', () => {
    const bonus = (rate: string, conditions: object[]) => ({ ...TIME_DEPOSIT, bonusRates: [{ name: '新资金加息', rate, conditions }] });
    expect(validateDeposit('TIME', bonus('0.2', [{ type: 'NEW_MONEY', amount: '10000' }]))).toEqual([]);
    expect(issues(validateDeposit('TIME', bonus('0', [{ type: 'NEW_MONEY', amount: '10000' }])))).toEqual(['bonusRates.0.rate:greaterThan']);
    expect(issues(validateDeposit('TIME', bonus('5.01', [{ type: 'NEW_MONEY', amount: '10000' }])))).toEqual(['bonusRates.0.rate:atMost']);
    expect(issues(validateDeposit('TIME', bonus('0.2', [])))).toEqual(['bonusRates.0.conditions:conditionsRequired']);
    expect(issues(validateDeposit('TIME', bonus('0.2', [{ type: 'NEW_MONEY' }])))).toEqual(['bonusRates.0.conditions.0.amount:required']);
    expect(issues(validateDeposit('TIME', bonus('0.2', [{ type: 'NEW_MONEY', amount: '1', count: 3 }])))).toEqual([
      'bonusRates.0.conditions.0.count:conditionForeign',
    ]);
    expect(issues(validateDeposit('TIME', bonus('0.2', [{ type: 'AGE_BAND' }])))).toEqual(['bonusRates.0.conditions.0.ageMin:ageOneEnd']);
    expect(validateDeposit('TIME', bonus('0.2', [{ type: 'AGE_BAND', ageMin: 60 }]))).toEqual([]);
    expect(issues(validateDeposit('TIME', bonus('0.2', [{ type: 'INTRODUCTORY' }])))).toEqual(['bonusRates.0.conditions.0.months:introOneOf']);
    expect(issues(validateDeposit('TIME', bonus('0.2', [{ type: 'INTRODUCTORY', months: 3, endsOn: '2026-12-31' }])))).toEqual([
      'bonusRates.0.conditions.0.months:introOneOf',
    ]);
    expect(issues(validateDeposit('TIME', bonus('0.2', [{ type: 'CUSTOMER_TYPE', customerTypes: [] }])))).toEqual([
      'bonusRates.0.conditions.0.customerTypes:atLeastOne',
    ]);
    expect(validateDeposit('TIME', bonus('0.2', [{ type: 'PAYROLL_DEPOSIT' }]))).toEqual([]);
    expect(
      issues(validateDeposit('TIME', bonus('0.2', [{ type: 'MIN_BALANCE', amount: '5' }, { type: 'MIN_BALANCE', amount: '6' }]))),
    ).toEqual(['bonusRates.0.conditions.1.type:conditionTwice']);
  });
});

const LOAN = {
  rateType: 'LPR',
  lprTenor: 'FIVE_YEAR',
  repricing: 'JANUARY_FIRST',
  rateTiers: [{ bands: [], spreadBps: -20 }],
  interest: { dayCount: 'ACT_360', repaymentFrequency: 'MONTHLY', firstPayment: 'ONE_PERIOD_AFTER_DRAWDOWN', paymentDay: null },
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
    const fixed = { ...LOAN, rateType: 'FIXED', lprTenor: null, repricing: null, rateTiers: [{ bands: [], rate: '3.85' }] };
    expect(validateLoan('MORTGAGE', fixed)).toEqual([]);
  });

  it('needs the rate of the chosen rate type', () => {
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, rateType: 'FIXED', lprTenor: null, repricing: null }))).toEqual(['rateTiers.0.rate:required']);
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, lprTenor: null, repricing: null }))).toEqual(['lprTenor:required', 'repricing:required']);
    const spread = (spreadBps: number) => issues(validateLoan('MORTGAGE', { ...LOAN, rateTiers: [{ bands: [], spreadBps }] }));
    expect(spread(12.5)).toEqual(['rateTiers.0.spreadBps:integer']);
    expect(spread(-301)).toEqual(['rateTiers.0.spreadBps:atLeast']);
    expect(spread(1001)).toEqual(['rateTiers.0.spreadBps:atMost']);
  });

  it('covers the amounts and terms offered with its tiers', () => {
    const term = (lower: string, upper: string | null) => ({ unit: 'TERM_MONTHS', lower, upper });
    const tiers = [
      { bands: [term('12', '60')], spreadBps: 0 },
      { bands: [term('61', null)], spreadBps: 20 },
    ];
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, rateTiers: tiers }))).toEqual(['rateTiers:loanTermGap']);
    expect(validateLoan('MORTGAGE', { ...LOAN, rateTiers: [tiers[0], { ...tiers[1], bands: [term('60', null)] }] })).toEqual([]);
    const amounts = [{ bands: [amount('200000')], spreadBps: 0 }];
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, rateTiers: amounts }))).toEqual(['rateTiers.0.bands:amountStartAboveMin']);
    const ltv = [
      { bands: [{ unit: 'LTV_PERCENT', lower: '0', upper: '60' }], spreadBps: -30 },
      { bands: [{ unit: 'LTV_PERCENT', lower: '50', upper: '70.01' }], spreadBps: 0 },
    ];
    expect(issues(validateLoan('MORTGAGE', { ...LOAN, rateTiers: ltv }))).toEqual(['rateTiers.1.bands:tierOverlap']);
    expect(issues(validateLoan('CONSUMER', { ...LOAN, collateralRequired: false, maxLtv: null, rateTiers: ltv.slice(0, 1) }))).toEqual([
      'rateTiers.0.bands:bandUnit',
    ]);
  });

  it('names a payment day only for a fixed-day first payment', () => {
    const fixedDay = { ...LOAN, interest: { ...LOAN.interest, firstPayment: 'FIXED_DAY', paymentDay: null } };
    expect(issues(validateLoan('MORTGAGE', fixedDay))).toEqual(['interest.paymentDay:required']);
    expect(issues(validateLoan('MORTGAGE', { ...fixedDay, interest: { ...fixedDay.interest, paymentDay: 29 } }))).toEqual([
      'interest.paymentDay:atMost',
    ]);
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
  annualFeeWaivers: [{ name: '刷卡满 6 次免次年年费', share: '100', conditions: [{ type: 'MIN_TRANSACTIONS_A_YEAR', count: 6 }] }],
  feeWaiverNote: '',
  offersInstalment: true,
  instalment: { periods: [3, 6, 12], monthlyFeeRate: '0.6', minimumPaymentRate: '10', minimumPaymentFloor: '100' },
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

  it('checks the annual fee waivers and the instalment plans', () => {
    const waiver = (share: string, conditions: object[]) => ({ ...CARD, annualFeeWaivers: [{ name: 'w', share, conditions }] });
    expect(issues(validateCreditCard('STANDARD', waiver('0', [{ type: 'MIN_SPEND_A_YEAR', amount: '50000' }])))).toEqual([
      'annualFeeWaivers.0.share:greaterThan',
    ]);
    expect(issues(validateCreditCard('STANDARD', waiver('101', [{ type: 'MIN_SPEND_A_YEAR', amount: '50000' }])))).toEqual([
      'annualFeeWaivers.0.share:atMost',
    ]);
    expect(issues(validateCreditCard('STANDARD', waiver('50', [{ type: 'MIN_SPEND_A_YEAR' }])))).toEqual([
      'annualFeeWaivers.0.conditions.0.amount:required',
    ]);
    const plan = { ...CARD.instalment, periods: [5], monthlyFeeRate: '2.5' };
    expect(issues(validateCreditCard('STANDARD', { ...CARD, instalment: plan }))).toEqual([
      'instalment.periods:instalmentPeriods',
      'instalment.monthlyFeeRate:feeRateMax',
    ]);
    expect(validateCreditCard('STANDARD', { ...CARD, offersInstalment: false, instalment: plan })).toEqual([]);
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

describe('fees', () => {
  it('need an amount or a rate on a base, a period for a cap, and complete waivers', () => {
    const fee = { type: 'ANNUAL', basis: 'FIXED', amount: '200', frequency: 'ANNUAL', waivers: [], note: '' };
    expect(validateFees([fee])).toEqual([]);
    expect(issues(validateFees([{ ...fee, basis: 'RATE', rate: '40', chargedOn: null }]))).toEqual(['0.rate:rateRange', '0.chargedOn:required']);
    expect(issues(validateFees([{ ...fee, cap: '500' }]))).toEqual(['0.capPeriod:capPeriod']);
    expect(issues(validateFees([{ ...fee, minAmount: '10', maxAmount: '5', currency: 'XXX' }]))).toEqual([
      '0.maxAmount:minLeMax',
      '0.currency:currencyUnknown',
    ]);
    expect(issues(validateFees([{ ...fee, waivers: [{ name: '', share: '100', conditions: [{ type: 'MIN_BALANCE', amount: '0' }] }] }]))).toEqual([
      '0.waivers.0.name:required',
      '0.waivers.0.conditions.0.amount:greaterThan',
    ]);
  });
});

describe('validateTerms', () => {
  it('validates the member of the chosen family only', () => {
    expect(validateTerms('DEPOSIT', 'TIME', { deposit: TIME_DEPOSIT, loan: {} })).toEqual([]);
    expect(validateTerms('LOAN', 'MORTGAGE', { deposit: TIME_DEPOSIT }).length).toBeGreaterThan(0);
    expect(validateTerms(undefined, undefined, {})).toEqual([]);
  });
});
