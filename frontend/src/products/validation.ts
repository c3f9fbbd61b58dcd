import type { MessageKey } from '../i18n/messages';
import type { ProductFamily, ProductSubtype } from '../gql/graphql';
import { DEPOSIT_TERMS_MONTHS } from './enums';

// Client-side copies of the server's product rules, so a form points at a mistake before the
// round trip. The server stays the judge: whatever it still refuses comes back as payload
// errors and lands on the same fields (their paths are the input's paths).

/** A value as a form holds it: InputNumber in string mode gives strings, others numbers. */
export type Num = string | number | null | undefined;

export interface Issue {
  /** Path inside the terms input member, e.g. ['rateTable', 0, 'rate']. */
  path: (string | number)[];
  key: MessageKey;
  params?: Record<string, string | number>;
}

export const RATE_MIN = 0;
export const RATE_MAX = 36;
export const LARGE_CD_MINIMUM = 200000;
export const PRIVATE_WEALTH_MINIMUM = 1000000;
export const PRIVATE_COOLING_OFF_HOURS = 24;
export const INTEREST_FREE_DAYS = [20, 60] as const;

function blank(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (typeof value === 'string' && !value.trim());
}

/** The number a form value stands for; undefined when blank, NaN when not a number. */
export function toNumber(value: Num): number | undefined {
  if (blank(value)) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : Number.NaN;
}

function decimals(value: Num): number {
  const text = String(value ?? '');
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Collects issues; each check returns the number it validated for later cross-checks. */
class Checker {
  issues: Issue[] = [];

  add(path: Issue['path'], key: MessageKey, params?: Issue['params']) {
    this.issues.push({ path, key, ...(params ? { params } : {}) });
  }

  required(path: Issue['path'], value: unknown): boolean {
    if (blank(value) || (Array.isArray(value) && value.length === 0)) {
      this.add(path, Array.isArray(value) ? 'product.v.atLeastOne' : 'product.v.required');
      return false;
    }
    return true;
  }

  /** A rate in percent per annum: 0–36 with at most 4 decimals. */
  rate(path: Issue['path'], value: Num, { optional = false } = {}): number | undefined {
    const n = toNumber(value);
    if (n === undefined) {
      if (!optional) this.add(path, 'product.v.required');
      return undefined;
    }
    if (Number.isNaN(n)) return this.notNumber(path);
    if (n < RATE_MIN || n > RATE_MAX) {
      this.add(path, 'product.v.rateRange', { min: RATE_MIN, max: RATE_MAX });
      return undefined;
    }
    if (decimals(value) > 4) {
      this.add(path, 'product.v.rateDecimals');
      return undefined;
    }
    return n;
  }

  /** A number ≥ min (or > min when `exclusive`). */
  amount(
    path: Issue['path'],
    value: Num,
    { min = 0, exclusive = false, optional = false, integer = false, money = false, max }: {
      min?: number;
      exclusive?: boolean;
      optional?: boolean;
      integer?: boolean;
      /** Money: at most 2 decimals. */
      money?: boolean;
      max?: number;
    } = {},
  ): number | undefined {
    const n = toNumber(value);
    if (n === undefined) {
      if (!optional) this.add(path, 'product.v.required');
      return undefined;
    }
    if (Number.isNaN(n)) return this.notNumber(path);
    if (integer && !Number.isInteger(n)) {
      this.add(path, 'product.v.integer');
      return undefined;
    }
    if (exclusive ? n <= min : n < min) {
      this.add(path, exclusive ? 'product.v.greaterThan' : 'product.v.atLeast', { min });
      return undefined;
    }
    if (max !== undefined && n > max) {
      this.add(path, 'product.v.atMost', { max });
      return undefined;
    }
    if (money && decimals(value) > 2) {
      this.add(path, 'product.v.moneyDecimals');
      return undefined;
    }
    return n;
  }

  /** min ≤ max, reported on the max field. */
  order(path: Issue['path'], min: number | undefined, max: number | undefined) {
    if (min !== undefined && max !== undefined && min > max) this.add(path, 'product.v.minLeMax');
  }

  /** min ≤ value ≤ max, reported on the value's field. */
  within(path: Issue['path'], value: number | undefined, min: number | undefined, max: number | undefined) {
    if (value === undefined || min === undefined || max === undefined || min > max) return;
    if (value < min || value > max) this.add(path, 'product.v.defaultInRange', { min, max });
  }

  private notNumber(path: Issue['path']): undefined {
    this.add(path, 'product.v.number');
    return undefined;
  }
}

// ---- the terms of each family, as the forms hold them (same names as the API inputs) ----

export interface DepositRateTierValues {
  termMonths?: number | null;
  minAmount?: Num;
  rate?: Num;
}
export interface DepositTermsValues {
  termsMonths?: number[];
  rateTable?: DepositRateTierValues[];
  minimumDeposit?: Num;
  interestPayment?: string;
  earlyWithdrawalRate?: Num;
  autoRenewal?: boolean;
}
export interface LoanTermsValues {
  rateType?: string;
  fixedRate?: Num;
  lprTenor?: string | null;
  spreadBps?: number | null;
  amountMin?: Num;
  amountMax?: Num;
  amountDefault?: Num;
  termMonthsMin?: number | null;
  termMonthsMax?: number | null;
  termMonthsDefault?: number | null;
  repaymentMethods?: string[];
  collateralRequired?: boolean;
  maxLtv?: Num;
  gracePeriodDays?: number | null;
  penaltyRate?: Num;
}
export interface CreditCardTermsValues {
  tier?: string;
  partnerBrand?: string | null;
  annualFee?: Num;
  feeWaiverRule?: string;
  interestFreeDaysMax?: number | null;
  interestRate?: Num;
  pointsPerYuan?: Num;
  categoryMultipliers?: { category?: string; multiplier?: Num }[];
  creditLimitMin?: Num;
  creditLimitMax?: Num;
  cashAdvanceFeeRate?: Num;
  cashAdvanceFeeMin?: Num;
  benefits?: string[];
}
export interface WealthTermsValues {
  benchmarkMin?: Num;
  benchmarkMax?: Num;
  openEnded?: boolean;
  termDays?: number | null;
  minimumInvestment?: Num;
  subscriptionFeeRate?: Num;
  managementFeeRate?: Num;
  custodyFeeRate?: Num;
  offering?: string;
  coolingOffHours?: number | null;
}
export interface FxTermsValues {
  currencyPairs?: string[];
  spreadBps?: number | null;
  minimumAmount?: Num;
  tradingHours?: string;
  tenors?: string[];
  premiumRate?: Num;
  linkedPair?: string | null;
  principalProtected?: boolean | null;
  yieldMin?: Num;
  yieldMax?: Num;
}
export interface PreciousMetalTermsValues {
  metal?: string;
  unit?: string;
  purity?: Num;
  spread?: Num;
  minimumTradeUnits?: Num;
  physicalDelivery?: boolean;
  leverage?: Num;
}

export interface TermsValues {
  deposit?: DepositTermsValues;
  loan?: LoanTermsValues;
  creditCard?: CreditCardTermsValues;
  wealth?: WealthTermsValues;
  fx?: FxTermsValues;
  preciousMetal?: PreciousMetalTermsValues;
}

export const CURRENCY_PAIR = /^([A-Z]{3})\/([A-Z]{3})$/;
export const TRADING_HOURS = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/;
export const FX_TENOR = /^\d{1,3}[DWMY]$/;
export const FX_SPREAD_BPS_MAX = 1000;
/** ISO 4217 codes the server accepts in currency pairs. */
export const KNOWN_CURRENCIES: readonly string[] = [
  'CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'AUD', 'CAD', 'CHF', 'SGD', 'NZD',
  'KRW', 'THB', 'MOP', 'RUB', 'SEK', 'NOK', 'DKK', 'ZAR', 'AED', 'SAR', 'MYR',
];

export function validateDeposit(subtype: ProductSubtype | undefined, v: DepositTermsValues = {}): Issue[] {
  const c = new Checker();
  const demand = subtype === 'DEMAND';
  const terms = v.termsMonths ?? [];
  const allowed = DEPOSIT_TERMS_MONTHS as readonly number[];
  if (demand) {
    if (terms.length > 0) c.add(['termsMonths'], 'product.v.demandNoTerm');
  } else {
    if (terms.length === 0) c.add(['termsMonths'], 'product.v.termsRequired');
    const bad = terms.filter((term) => !allowed.includes(term));
    if (bad.length) c.add(['termsMonths'], 'product.v.termNotAllowed', { terms: allowed.join(', ') });
  }
  const table = v.rateTable ?? [];
  if (table.length === 0) c.add(['rateTable'], 'product.v.rateTableRequired');
  const seen = new Set<string>();
  table.forEach((tier, i) => {
    const term = tier?.termMonths ?? null;
    if (demand) {
      if (term !== null && term !== undefined) c.add(['rateTable', i, 'termMonths'], 'product.v.demandNoTerm');
    } else if (term === null) {
      c.add(['rateTable', i, 'termMonths'], 'product.v.required');
    } else if (!terms.includes(term)) {
      c.add(['rateTable', i, 'termMonths'], 'product.v.tierTermNotOffered');
    }
    const min = c.amount(['rateTable', i, 'minAmount'], tier?.minAmount, { money: true });
    c.rate(['rateTable', i, 'rate'], tier?.rate);
    if (min !== undefined) {
      const key = `${term}|${min}`;
      if (seen.has(key)) c.add(['rateTable', i, 'minAmount'], 'product.v.duplicateTier');
      seen.add(key);
    }
  });
  const minimum = c.amount(['minimumDeposit'], v.minimumDeposit, { money: true });
  if (subtype === 'LARGE_CD' && minimum !== undefined && minimum < LARGE_CD_MINIMUM) {
    c.add(['minimumDeposit'], 'product.v.largeCdMinimum', { min: LARGE_CD_MINIMUM.toLocaleString('en-US') });
  }
  c.required(['interestPayment'], v.interestPayment);
  c.rate(['earlyWithdrawalRate'], v.earlyWithdrawalRate);
  return c.issues;
}

export const LPR_SPREAD_BPS = [-300, 1000] as const;
export const LOAN_TERM_MONTHS = [1, 360] as const;
export const GRACE_DAYS_MAX = 90;

export function validateLoan(subtype: ProductSubtype | undefined, v: LoanTermsValues = {}): Issue[] {
  const c = new Checker();
  if (c.required(['rateType'], v.rateType)) {
    if (v.rateType === 'FIXED') {
      c.rate(['fixedRate'], v.fixedRate);
    } else {
      c.required(['lprTenor'], v.lprTenor);
      c.amount(['spreadBps'], v.spreadBps, { min: LPR_SPREAD_BPS[0], max: LPR_SPREAD_BPS[1], integer: true });
    }
  }
  const amountMin = c.amount(['amountMin'], v.amountMin, { exclusive: true, money: true });
  const amountMax = c.amount(['amountMax'], v.amountMax, { exclusive: true, money: true });
  const amountDefault = c.amount(['amountDefault'], v.amountDefault, { exclusive: true, money: true });
  c.order(['amountMax'], amountMin, amountMax);
  c.within(['amountDefault'], amountDefault, amountMin, amountMax);
  const [shortest, longest] = LOAN_TERM_MONTHS;
  const termRange = { min: shortest, max: longest, integer: true };
  const termMin = c.amount(['termMonthsMin'], v.termMonthsMin, termRange);
  const termMax = c.amount(['termMonthsMax'], v.termMonthsMax, termRange);
  const termDefault = c.amount(['termMonthsDefault'], v.termMonthsDefault, termRange);
  c.order(['termMonthsMax'], termMin, termMax);
  c.within(['termMonthsDefault'], termDefault, termMin, termMax);
  c.required(['repaymentMethods'], v.repaymentMethods ?? []);
  if (v.collateralRequired) {
    c.amount(['maxLtv'], v.maxLtv, { exclusive: true, max: 100 });
  } else if (subtype === 'MORTGAGE') {
    c.add(['collateralRequired'], 'product.v.mortgageSecured');
  }
  c.amount(['gracePeriodDays'], v.gracePeriodDays, { integer: true, max: GRACE_DAYS_MAX });
  c.rate(['penaltyRate'], v.penaltyRate);
  return c.issues;
}

export function validateCreditCard(subtype: ProductSubtype | undefined, v: CreditCardTermsValues = {}): Issue[] {
  const c = new Checker();
  c.required(['tier'], v.tier);
  if (subtype === 'CO_BRANDED' && blank(v.partnerBrand)) c.add(['partnerBrand'], 'product.v.partnerRequired');
  c.amount(['annualFee'], v.annualFee, { money: true });
  if (String(v.feeWaiverRule ?? '').trim().length > 500) c.add(['feeWaiverRule'], 'product.v.tooLong', { max: 500 });
  const [minDays, maxDays] = INTEREST_FREE_DAYS;
  const days = toNumber(v.interestFreeDaysMax);
  if (days === undefined) c.add(['interestFreeDaysMax'], 'product.v.required');
  else if (!Number.isInteger(days) || days < minDays || days > maxDays) {
    c.add(['interestFreeDaysMax'], 'product.v.interestFreeDays', { min: minDays, max: maxDays });
  }
  c.rate(['interestRate'], v.interestRate);
  c.amount(['pointsPerYuan'], v.pointsPerYuan, { max: 100 });
  const categories = new Set<string>();
  (v.categoryMultipliers ?? []).forEach((row, i) => {
    if (c.required(['categoryMultipliers', i, 'category'], row?.category)) {
      const name = String(row?.category).trim();
      if (categories.has(name)) c.add(['categoryMultipliers', i, 'category'], 'product.v.duplicate');
      categories.add(name);
    }
    c.amount(['categoryMultipliers', i, 'multiplier'], row?.multiplier, { exclusive: true, max: 20 });
  });
  const limitMin = c.amount(['creditLimitMin'], v.creditLimitMin, { exclusive: true, money: true });
  const limitMax = c.amount(['creditLimitMax'], v.creditLimitMax, { exclusive: true, money: true });
  c.order(['creditLimitMax'], limitMin, limitMax);
  c.rate(['cashAdvanceFeeRate'], v.cashAdvanceFeeRate);
  c.amount(['cashAdvanceFeeMin'], v.cashAdvanceFeeMin, { money: true });
  (v.benefits ?? []).forEach((benefit, i) => {
    if (blank(benefit)) c.add(['benefits', i], 'product.v.required');
  });
  return c.issues;
}

export const WEALTH_TERM_DAYS_MAX = 3650;
export const WEALTH_FEE_RATE_MAX = 5;
export const COOLING_OFF_HOURS_MAX = 720;

export function validateWealth(v: WealthTermsValues = {}): Issue[] {
  const c = new Checker();
  const min = c.rate(['benchmarkMin'], v.benchmarkMin);
  const max = c.rate(['benchmarkMax'], v.benchmarkMax);
  c.order(['benchmarkMax'], min, max);
  if (!v.openEnded) c.amount(['termDays'], v.termDays, { min: 1, max: WEALTH_TERM_DAYS_MAX, integer: true });
  const investment = c.amount(['minimumInvestment'], v.minimumInvestment, { exclusive: true, money: true });
  for (const fee of ['subscriptionFeeRate', 'managementFeeRate', 'custodyFeeRate'] as const) {
    const rate = c.rate([fee], v[fee]);
    if (rate !== undefined && rate > WEALTH_FEE_RATE_MAX) c.add([fee], 'product.v.feeRateMax', { max: WEALTH_FEE_RATE_MAX });
  }
  c.required(['offering'], v.offering);
  const hours = c.amount(['coolingOffHours'], v.coolingOffHours, { integer: true, max: COOLING_OFF_HOURS_MAX });
  if (v.offering === 'PRIVATE') {
    if (hours !== undefined && hours < PRIVATE_COOLING_OFF_HOURS) {
      c.add(['coolingOffHours'], 'product.v.coolingOff', { hours: PRIVATE_COOLING_OFF_HOURS });
    }
    if (investment !== undefined && investment < PRIVATE_WEALTH_MINIMUM) {
      c.add(['minimumInvestment'], 'product.v.privateMinimum', { min: PRIVATE_WEALTH_MINIMUM.toLocaleString('en-US') });
    }
  }
  return c.issues;
}

function checkPair(c: Checker, path: Issue['path'], pair: string | null | undefined) {
  const match = CURRENCY_PAIR.exec(String(pair ?? '').trim().toUpperCase());
  if (!match) c.add(path, 'product.v.pairFormat');
  else if (match[1] === match[2]) c.add(path, 'product.v.pairSame');
  else if (!KNOWN_CURRENCIES.includes(match[1]) || !KNOWN_CURRENCIES.includes(match[2])) c.add(path, 'product.v.pairCurrency');
}

export function validateFx(subtype: ProductSubtype | undefined, v: FxTermsValues = {}): Issue[] {
  const c = new Checker();
  const pairs = v.currencyPairs ?? [];
  if (pairs.length === 0) c.add(['currencyPairs'], 'product.v.atLeastOne');
  pairs.forEach((pair) => checkPair(c, ['currencyPairs'], pair));
  if (new Set(pairs).size !== pairs.length) c.add(['currencyPairs'], 'product.v.duplicate');
  c.amount(['spreadBps'], v.spreadBps, { integer: true, max: FX_SPREAD_BPS_MAX });
  c.amount(['minimumAmount'], v.minimumAmount, { exclusive: true, money: true });
  if (blank(v.tradingHours)) c.add(['tradingHours'], 'product.v.required');
  else if (!TRADING_HOURS.test(String(v.tradingHours).trim())) c.add(['tradingHours'], 'product.v.tradingHours');
  if (subtype === 'OPTION') {
    const tenors = v.tenors ?? [];
    if (tenors.length === 0) c.add(['tenors'], 'product.v.atLeastOne');
    if (tenors.some((tenor) => !FX_TENOR.test(tenor.trim().toUpperCase()))) c.add(['tenors'], 'product.v.tenorFormat');
    c.rate(['premiumRate'], v.premiumRate);
  }
  if (subtype === 'STRUCTURED_DEPOSIT') {
    if (blank(v.linkedPair)) c.add(['linkedPair'], 'product.v.required');
    else checkPair(c, ['linkedPair'], v.linkedPair);
    if (v.principalProtected === null || v.principalProtected === undefined) {
      c.add(['principalProtected'], 'product.v.required');
    }
    const min = c.rate(['yieldMin'], v.yieldMin);
    const max = c.rate(['yieldMax'], v.yieldMax);
    c.order(['yieldMax'], min, max);
  }
  return c.issues;
}

export const PURITY_RANGE = [90, 99.999] as const;
export const LEVERAGE_MAX = 20;

export function validatePreciousMetal(subtype: ProductSubtype | undefined, v: PreciousMetalTermsValues = {}): Issue[] {
  const c = new Checker();
  c.required(['metal'], v.metal);
  c.required(['unit'], v.unit);
  c.amount(['purity'], v.purity, { min: PURITY_RANGE[0], max: PURITY_RANGE[1] });
  c.amount(['spread'], v.spread);
  c.amount(['minimumTradeUnits'], v.minimumTradeUnits, { exclusive: true });
  const leverage = c.amount(['leverage'], v.leverage, { min: 1, max: LEVERAGE_MAX });
  const leveraged = subtype === 'GOLD_FUTURES' || subtype === 'GOLD_OPTION';
  if (leverage !== undefined && !leveraged && leverage !== 1) c.add(['leverage'], 'product.v.noLeverage');
  if (subtype === 'PHYSICAL_GOLD' && !v.physicalDelivery) c.add(['physicalDelivery'], 'product.v.physicalRequired');
  if (subtype === 'PAPER_GOLD' && v.physicalDelivery) c.add(['physicalDelivery'], 'product.v.paperNotPhysical');
  return c.issues;
}

/** Every issue of a family's terms; paths are relative to the family's member of the terms input. */
export function validateTerms(
  family: ProductFamily | undefined,
  subtype: ProductSubtype | undefined,
  terms: TermsValues | undefined,
): Issue[] {
  const t = terms ?? {};
  switch (family) {
    case 'DEPOSIT':
      return validateDeposit(subtype, t.deposit);
    case 'LOAN':
      return validateLoan(subtype, t.loan);
    case 'CREDIT_CARD':
      return validateCreditCard(subtype, t.creditCard);
    case 'WEALTH':
      return validateWealth(t.wealth);
    case 'FX':
      return validateFx(subtype, t.fx);
    case 'PRECIOUS_METAL':
      return validatePreciousMetal(subtype, t.preciousMetal);
    default:
      return [];
  }
}

/** Product codes: capitals, digits and hyphens, 3–40 long, starting with a letter or digit. */
export const PRODUCT_CODE = /^[A-Z0-9][A-Z0-9-]{2,39}$/;
