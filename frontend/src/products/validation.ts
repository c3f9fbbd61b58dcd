import type { MessageKey } from '../i18n/messages';
import type { ProductFamily, ProductSubtype } from '../gql/graphql';
import { bandContains, bandsOverlap, TERM_UNITS, toBand, type Band } from './bands';

// Client-side copies of the server's product rules, so a form points at a mistake before the
// round trip. The server stays the judge: whatever it still refuses comes back as payload
// errors and lands on the same fields (their paths are the input's paths).

/** A value as a form holds it: InputNumber in string mode gives strings, others numbers. */
export type Num = string | number | null | undefined;

export interface Issue {
  /** Path inside the terms input member, e.g. ['rateTiers', 0, 'rate']. */
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

export interface BandValues {
  unit?: string;
  lower?: Num;
  /** Exclusive; blank: no upper bound; equal to lower: exactly that value. */
  upper?: Num;
}
export interface RateTierValues {
  bands?: BandValues[];
  rate?: Num;
  rateMax?: Num;
  spreadBps?: number | null;
  spreadBpsMax?: number | null;
}
export interface ConditionValues {
  type?: string;
  amount?: Num;
  count?: number | null;
  customerTypes?: string[] | null;
  ageMin?: number | null;
  ageMax?: number | null;
  bundleCode?: string | null;
  months?: number | null;
  /** A dayjs in the form, "YYYY-MM-DD" in the API. */
  endsOn?: { format: (f: string) => string } | string | null;
}
export interface BonusRateValues {
  name?: string;
  rate?: Num;
  conditions?: ConditionValues[];
}
export interface FeeWaiverValues {
  name?: string;
  share?: Num;
  conditions?: ConditionValues[];
}
export interface DepositTermsValues {
  interest?: { dayCount?: string; compounding?: string; posting?: string };
  term?: { min?: number | null; max?: number | null; multiple?: number | null; unit?: string } | null;
  tierApplication?: string;
  rateTiers?: RateTierValues[];
  bonusRates?: BonusRateValues[];
  minimumDeposit?: Num;
  earlyWithdrawalRate?: Num;
  autoRenewal?: boolean;
}
export interface LoanTermsValues {
  rateType?: string;
  lprTenor?: string | null;
  repricing?: string | null;
  rateTiers?: RateTierValues[];
  interest?: { dayCount?: string; repaymentFrequency?: string; firstPayment?: string; paymentDay?: number | null };
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
export interface CardInstalmentValues {
  periods?: number[];
  monthlyFeeRate?: Num;
  minimumPaymentRate?: Num;
  minimumPaymentFloor?: Num;
}
export interface CreditCardTermsValues {
  tier?: string;
  partnerBrand?: string | null;
  annualFee?: Num;
  annualFeeWaivers?: FeeWaiverValues[];
  feeWaiverNote?: string;
  /** Form only: whether instalment plans are offered (else `instalment` is sent as null). */
  offersInstalment?: boolean;
  instalment?: CardInstalmentValues | null;
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

// ---- shared parts: rate grid, conditions, bonus rates, waivers, fees ----

export const MAX_TIERS = 200;
export const MAX_CONDITIONS = 10;
export const BONUS_MAX = 5;
export const BUNDLE_CODE = /^[A-Z0-9][A-Z0-9-]{2,39}$/;

/** The parameters each condition type takes (backend CONDITION_PARAMS); OPTIONAL ones may be left out. */
export const CONDITION_PARAMS: Readonly<Record<string, readonly (keyof ConditionValues)[]>> = {
  MIN_BALANCE: ['amount'],
  NEW_MONEY: ['amount'],
  MIN_DEPOSITS_A_MONTH: ['count'],
  MIN_TRANSACTIONS_A_MONTH: ['count'],
  MIN_TRANSACTIONS_A_YEAR: ['count'],
  MIN_SPEND_A_YEAR: ['amount'],
  PAYROLL_DEPOSIT: ['amount'],
  CUSTOMER_TYPE: ['customerTypes'],
  AGE_BAND: ['ageMin', 'ageMax'],
  BUNDLE_MEMBER: ['bundleCode'],
  INTRODUCTORY: ['months', 'endsOn'],
};
const OPTIONAL_PARAMS: Readonly<Record<string, readonly string[]>> = {
  PAYROLL_DEPOSIT: ['amount'],
  AGE_BAND: ['ageMin', 'ageMax'],
  INTRODUCTORY: ['months', 'endsOn'],
};
export const ALL_CONDITION_PARAMS: readonly (keyof ConditionValues)[] = [
  'amount',
  'count',
  'customerTypes',
  'ageMin',
  'ageMax',
  'bundleCode',
  'months',
  'endsOn',
];

function given(value: unknown): boolean {
  return !blank(value) && !(Array.isArray(value) && value.length === 0);
}

function checkConditions(c: Checker, path: Issue['path'], items: ConditionValues[] | undefined) {
  const list = items ?? [];
  if (list.length === 0) c.add(path, 'product.v.conditionsRequired');
  if (list.length > MAX_CONDITIONS) c.add(path, 'product.v.tooMany', { max: MAX_CONDITIONS });
  const kinds = new Set<string>();
  list.forEach((item, i) => {
    const at = [...path, i];
    const kind = item?.type;
    if (!kind || !CONDITION_PARAMS[kind]) {
      c.add([...at, 'type'], 'product.v.required');
      return;
    }
    if (kinds.has(kind)) c.add([...at, 'type'], 'product.v.conditionTwice');
    kinds.add(kind);
    const params = CONDITION_PARAMS[kind];
    const optional = OPTIONAL_PARAMS[kind] ?? [];
    for (const name of ALL_CONDITION_PARAMS) {
      const value = item[name];
      if (given(value) && !params.includes(name)) c.add([...at, name], 'product.v.conditionForeign');
      if (!given(value) && params.includes(name) && !optional.includes(name)) {
        c.add([...at, name], name === 'customerTypes' ? 'product.v.atLeastOne' : 'product.v.required');
      }
    }
    if (params.includes('amount') && given(item.amount)) {
      c.amount([...at, 'amount'], item.amount, { money: true, exclusive: kind !== 'NEW_MONEY' });
    }
    if (params.includes('count') && given(item.count)) {
      c.amount([...at, 'count'], item.count, { min: 1, max: 1000, integer: true });
    }
    if (kind === 'AGE_BAND') {
      const low = given(item.ageMin) ? c.amount([...at, 'ageMin'], item.ageMin, { max: 120, integer: true }) : undefined;
      const high = given(item.ageMax) ? c.amount([...at, 'ageMax'], item.ageMax, { max: 120, integer: true }) : undefined;
      if (!given(item.ageMin) && !given(item.ageMax)) c.add([...at, 'ageMin'], 'product.v.ageOneEnd');
      c.order([...at, 'ageMax'], low, high);
    }
    if (kind === 'BUNDLE_MEMBER' && given(item.bundleCode)) {
      if (!BUNDLE_CODE.test(String(item.bundleCode).trim().toUpperCase())) c.add([...at, 'bundleCode'], 'product.v.codeFormat');
    }
    if (kind === 'INTRODUCTORY') {
      if (given(item.months) === given(item.endsOn)) c.add([...at, 'months'], 'product.v.introOneOf');
      else if (given(item.months)) c.amount([...at, 'months'], item.months, { min: 1, max: 120, integer: true });
    }
  });
}

function checkText(c: Checker, path: Issue['path'], value: string | null | undefined, max: number, required: boolean) {
  const text = String(value ?? '').trim();
  if (required && !text) c.add(path, 'product.v.required');
  else if (text.length > max) c.add(path, 'product.v.tooLong', { max });
  return text;
}

function checkBonusRates(c: Checker, path: Issue['path'], items: BonusRateValues[] | undefined) {
  const names = new Set<string>();
  (items ?? []).forEach((item, i) => {
    const name = checkText(c, [...path, i, 'name'], item?.name, 100, true);
    if (name && names.has(name)) c.add([...path, i, 'name'], 'product.v.duplicate');
    names.add(name);
    const rate = c.amount([...path, i, 'rate'], item?.rate, { exclusive: true, max: BONUS_MAX });
    if (rate !== undefined && decimals(item?.rate) > 4) c.add([...path, i, 'rate'], 'product.v.rateDecimals');
    checkConditions(c, [...path, i, 'conditions'], item?.conditions);
  });
}

function checkWaivers(c: Checker, path: Issue['path'], items: FeeWaiverValues[] | undefined) {
  (items ?? []).forEach((item, i) => {
    checkText(c, [...path, i, 'name'], item?.name, 100, true);
    c.amount([...path, i, 'share'], item?.share, { exclusive: true, max: 100, optional: true });
    checkConditions(c, [...path, i, 'conditions'], item?.conditions);
  });
}

interface TierRules {
  units: readonly string[];
  /** LPR loans price tiers as a spread over the LPR. */
  spread?: boolean;
  /** The amount bands start at or below this. */
  floor?: number;
  /** ... and reach this or run open. */
  ceiling?: number;
}

/** Tiers and their grid (backend check_tiers + check_grid); issues on `rateTiers.i.*`. */
function checkTiers(c: Checker, path: Issue['path'], items: RateTierValues[] | undefined, rules: TierRules): Band[][] | undefined {
  const tiers = items ?? [];
  if (tiers.length === 0) {
    c.add(path, 'product.v.rateTableRequired');
    return undefined;
  }
  if (tiers.length > MAX_TIERS) {
    c.add(path, 'product.v.tooMany', { max: MAX_TIERS });
    return undefined;
  }
  const before = c.issues.length;
  const parsed: Band[][] = tiers.map((tier, i) => {
    const at = [...path, i];
    const seen = new Set<string>();
    const bands: Band[] = [];
    (tier?.bands ?? []).forEach((raw, j) => {
      const bp = [...at, 'bands', j];
      if (!raw?.unit || !rules.units.includes(raw.unit)) {
        c.add([...at, 'bands'], 'product.v.bandUnit');
        return;
      }
      const whole = TERM_UNITS.includes(raw.unit);
      const money = raw.unit === 'AMOUNT';
      const max = raw.unit === 'LTV_PERCENT' ? 100 : undefined;
      const lower = c.amount([...bp, 'lower'], raw.lower, { integer: whole, money, max });
      const upper = c.amount([...bp, 'upper'], raw.upper, { integer: whole, money, max, optional: true });
      c.order([...bp, 'upper'], lower, upper);
      if (seen.has(raw.unit)) c.add([...at, 'bands'], 'product.v.bandTwice');
      seen.add(raw.unit);
      const band = toBand(raw);
      if (band) bands.push(band);
    });
    if (rules.spread) {
      const low = c.amount([...at, 'spreadBps'], tier?.spreadBps, { min: LPR_SPREAD_BPS[0], max: LPR_SPREAD_BPS[1], integer: true });
      const high = c.amount([...at, 'spreadBpsMax'], tier?.spreadBpsMax, {
        min: LPR_SPREAD_BPS[0],
        max: LPR_SPREAD_BPS[1],
        integer: true,
        optional: true,
      });
      c.order([...at, 'spreadBpsMax'], low, high);
    } else {
      const low = c.rate([...at, 'rate'], tier?.rate);
      const high = c.rate([...at, 'rateMax'], tier?.rateMax, { optional: true });
      c.order([...at, 'rateMax'], low, high);
    }
    return bands;
  });
  if (c.issues.length > before) return undefined;
  // the grid: every tier bands the same units; cells never overlap; amount runs are contiguous
  const used = new Set(parsed.flatMap((bands) => bands.map((b) => b.unit)));
  for (let i = 0; i < parsed.length; i += 1) {
    const mine = new Set(parsed[i].map((b) => b.unit));
    if ([...used].some((u) => !mine.has(u))) {
      c.add([...path, i, 'bands'], 'product.v.bandsLikeOthers', { units: [...used].filter((u) => !mine.has(u)).join(', ') });
      return undefined;
    }
  }
  const keyOf = (bands: Band[]) => bands.filter((b) => b.unit !== 'AMOUNT');
  const cells: Band[][] = [];
  const members: number[][] = [];
  for (let i = 0; i < parsed.length; i += 1) {
    const key = keyOf(parsed[i]);
    let placed = false;
    for (let k = 0; k < cells.length; k += 1) {
      const cell = cells[k];
      const same = cell.length === key.length && cell.every((b) => key.some((o) => o.unit === b.unit && o.lower === b.lower && o.upper === b.upper));
      if (same) {
        members[k].push(i);
        placed = true;
        break;
      }
      const overlaps = key.every((b) => {
        const other = cell.find((o) => o.unit === b.unit);
        return !other || bandsOverlap(b, other);
      });
      if (overlaps) {
        c.add([...path, i, 'bands'], 'product.v.tierOverlap', { other: members[k][0] + 1 });
        return undefined;
      }
    }
    if (!placed) {
      cells.push(key);
      members.push([i]);
    }
  }
  for (const indexes of members) {
    const run = indexes
      .map((i) => ({ i, band: parsed[i].find((b) => b.unit === 'AMOUNT') }))
      .filter((x): x is { i: number; band: Band } => !!x.band)
      .sort((a, b) => a.band.lower - b.band.lower);
    if (run.length === 0) {
      if (indexes.length > 1) c.add([...path, indexes[1], 'bands'], 'product.v.duplicateTier');
      continue;
    }
    if (rules.floor !== undefined && run[0].band.lower > rules.floor) {
      c.add([...path, run[0].i, 'bands'], 'product.v.amountStartAboveMin', { lower: run[0].band.lower, floor: rules.floor });
    }
    let broken = false;
    for (let k = 1; k < run.length && !broken; k += 1) {
      const prev = run[k - 1].band;
      if (prev.upper === null || prev.upper !== run[k].band.lower) {
        c.add([...path, run[k].i, 'bands'], 'product.v.amountGap', { lower: run[k].band.lower, upper: prev.upper ?? '∞' });
        broken = true;
      }
    }
    if (broken) continue;
    const last = run[run.length - 1];
    if (last.band.upper !== null && (rules.ceiling === undefined || last.band.upper < rules.ceiling)) {
      c.add([...path, last.i, 'bands'], 'product.v.amountLastOpen');
    }
  }
  return parsed;
}

export const DEPOSIT_TERM_MAX = { MONTH: 120, DAY: 3650 } as const;

export function validateDeposit(subtype: ProductSubtype | undefined, v: DepositTermsValues = {}): Issue[] {
  const c = new Checker();
  const demand = subtype === 'DEMAND';
  const interest = v.interest ?? {};
  c.required(['interest', 'dayCount'], interest.dayCount);
  c.required(['interest', 'posting'], interest.posting);
  const compounding = interest.compounding ?? 'NONE';
  if (compounding !== 'NONE' && interest.posting && compounding !== interest.posting) {
    c.add(['interest', 'compounding'], 'product.v.compoundingPosting');
  }
  if (demand && interest.posting === 'AT_MATURITY') c.add(['interest', 'posting'], 'product.v.demandPosting');
  const term = v.term ?? null;
  let termUnit: string | undefined;
  let offered: number[] = [];
  if (!demand) {
    if (!term) c.add(['term'], 'product.v.termsRequired');
    else {
      termUnit = term.unit ?? 'MONTH';
      if (subtype === 'NOTICE' && termUnit !== 'DAY') c.add(['term', 'unit'], 'product.v.noticeDays');
      const high = termUnit === 'DAY' ? DEPOSIT_TERM_MAX.DAY : DEPOSIT_TERM_MAX.MONTH;
      const range = { min: 1, max: high, integer: true };
      const min = c.amount(['term', 'min'], term.min, range);
      const max = c.amount(['term', 'max'], term.max, range);
      const multiple = c.amount(['term', 'multiple'], term.multiple, range);
      c.order(['term', 'max'], min, max);
      if (min !== undefined && multiple !== undefined && min % multiple !== 0) c.add(['term', 'min'], 'product.v.termMultiple', { multiple });
      if (min !== undefined && max !== undefined && multiple !== undefined && min <= max) {
        for (let n = min; n <= max; n += multiple) offered.push(n);
      } else offered = [];
    }
  }
  const minimum = c.amount(['minimumDeposit'], v.minimumDeposit, { money: true });
  if (subtype === 'LARGE_CD' && minimum !== undefined && minimum < LARGE_CD_MINIMUM) {
    c.add(['minimumDeposit'], 'product.v.largeCdMinimum', { min: LARGE_CD_MINIMUM.toLocaleString('en-US') });
  }
  const units = ['AMOUNT'];
  if (termUnit) units.push(termUnit === 'DAY' ? 'TERM_DAYS' : 'TERM_MONTHS');
  const parsed = checkTiers(c, ['rateTiers'], v.rateTiers, { units, floor: minimum });
  if (parsed && termUnit && offered.length) {
    const unit = termUnit === 'DAY' ? 'TERM_DAYS' : 'TERM_MONTHS';
    for (let i = 0; i < parsed.length; i += 1) {
      const band = parsed[i].find((b) => b.unit === unit);
      if (!band) {
        c.add(['rateTiers', i, 'bands'], 'product.v.tierTermRequired');
        break;
      }
      if (!offered.some((n) => bandContains(band, n))) {
        c.add(['rateTiers', i, 'bands'], 'product.v.tierTermNotOffered');
        break;
      }
    }
  }
  checkBonusRates(c, ['bonusRates'], v.bonusRates);
  c.rate(['earlyWithdrawalRate'], v.earlyWithdrawalRate);
  return c.issues;
}

export const LPR_SPREAD_BPS = [-300, 1000] as const;
export const LOAN_TERM_MONTHS = [1, 360] as const;
export const GRACE_DAYS_MAX = 90;

export function validateLoan(subtype: ProductSubtype | undefined, v: LoanTermsValues = {}): Issue[] {
  const c = new Checker();
  const floating = v.rateType === 'LPR';
  if (c.required(['rateType'], v.rateType) && floating) {
    c.required(['lprTenor'], v.lprTenor);
    c.required(['repricing'], v.repricing);
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
  const units = ['AMOUNT', 'TERM_MONTHS', ...(v.collateralRequired ? ['LTV_PERCENT'] : [])];
  const before = c.issues.length;
  const parsed = checkTiers(c, ['rateTiers'], v.rateTiers, { units, spread: floating, floor: amountMin, ceiling: amountMax });
  if (parsed && c.issues.length === before && termMin !== undefined && termMax !== undefined && termMin <= termMax) {
    const bands = parsed.flatMap((tier) => tier.filter((b) => b.unit === 'TERM_MONTHS'));
    if (bands.length) {
      for (let m = termMin; m <= termMax; m += 1) {
        if (!bands.some((b) => bandContains(b, m))) {
          c.add(['rateTiers'], 'product.v.loanTermGap', { months: m, min: termMin, max: termMax });
          break;
        }
      }
    }
  }
  const interest = v.interest ?? {};
  c.required(['interest', 'dayCount'], interest.dayCount);
  if (interest.firstPayment === 'FIXED_DAY') {
    c.amount(['interest', 'paymentDay'], interest.paymentDay, { min: 1, max: 28, integer: true });
  }
  c.amount(['gracePeriodDays'], v.gracePeriodDays, { integer: true, max: GRACE_DAYS_MAX });
  c.rate(['penaltyRate'], v.penaltyRate);
  return c.issues;
}

export const CARD_INSTALMENT_PERIODS = [3, 6, 9, 12, 18, 24, 36] as const;
export const CARD_MONTHLY_FEE_MAX = 2;

export function validateCreditCard(subtype: ProductSubtype | undefined, v: CreditCardTermsValues = {}): Issue[] {
  const c = new Checker();
  c.required(['tier'], v.tier);
  if (subtype === 'CO_BRANDED' && blank(v.partnerBrand)) c.add(['partnerBrand'], 'product.v.partnerRequired');
  c.amount(['annualFee'], v.annualFee, { money: true });
  checkWaivers(c, ['annualFeeWaivers'], v.annualFeeWaivers);
  checkText(c, ['feeWaiverNote'], v.feeWaiverNote, 500, false);
  if (v.offersInstalment) {
    const plan = v.instalment ?? {};
    const periods = plan.periods ?? [];
    if (periods.length === 0) c.add(['instalment', 'periods'], 'product.v.atLeastOne');
    else if (periods.some((p) => !(CARD_INSTALMENT_PERIODS as readonly number[]).includes(p))) {
      c.add(['instalment', 'periods'], 'product.v.instalmentPeriods', { periods: CARD_INSTALMENT_PERIODS.join(', ') });
    }
    const fee = c.rate(['instalment', 'monthlyFeeRate'], plan.monthlyFeeRate);
    if (fee !== undefined && fee > CARD_MONTHLY_FEE_MAX) c.add(['instalment', 'monthlyFeeRate'], 'product.v.feeRateMax', { max: CARD_MONTHLY_FEE_MAX });
    c.amount(['instalment', 'minimumPaymentRate'], plan.minimumPaymentRate, { min: 1, max: 100 });
    c.amount(['instalment', 'minimumPaymentFloor'], plan.minimumPaymentFloor, { money: true });
  }
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

export interface FeeValues {
  type?: string;
  basis?: string;
  amount?: Num;
  rate?: Num;
  chargedOn?: string | null;
  currency?: string | null;
  minAmount?: Num;
  maxAmount?: Num;
  cap?: Num;
  capPeriod?: string | null;
  frequency?: string;
  waivers?: FeeWaiverValues[];
  note?: string;
}

/** The product's fees (backend check_fee); paths relative to `fees`. */
export function validateFees(fees: FeeValues[] | undefined): Issue[] {
  const c = new Checker();
  (fees ?? []).forEach((fee, i) => {
    const at = [i];
    c.required([...at, 'type'], fee?.type);
    c.required([...at, 'frequency'], fee?.frequency);
    if (fee?.basis === 'RATE') {
      c.rate([...at, 'rate'], fee.rate);
      c.required([...at, 'chargedOn'], fee.chargedOn);
    } else {
      c.amount([...at, 'amount'], fee?.amount, { money: true });
    }
    const low = c.amount([...at, 'minAmount'], fee?.minAmount, { money: true, optional: true });
    const high = c.amount([...at, 'maxAmount'], fee?.maxAmount, { money: true, optional: true });
    c.order([...at, 'maxAmount'], low, high);
    const cap = c.amount([...at, 'cap'], fee?.cap, { money: true, optional: true });
    if (!blank(fee?.cap) && blank(fee?.capPeriod)) c.add([...at, 'capPeriod'], 'product.v.capPeriod');
    if (blank(fee?.cap) && !blank(fee?.capPeriod) && cap === undefined) c.add([...at, 'cap'], 'product.v.required');
    const currency = String(fee?.currency ?? '').trim().toUpperCase();
    if (currency && !KNOWN_CURRENCIES.includes(currency)) c.add([...at, 'currency'], 'product.v.currencyUnknown');
    checkText(c, [...at, 'note'], fee?.note, 500, false);
    checkWaivers(c, [...at, 'waivers'], fee?.waivers);
  });
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
