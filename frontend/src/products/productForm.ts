import dayjs, { type Dayjs } from 'dayjs';
import type {
  CalculatorDraftInput,
  Channel,
  ConditionFieldsFragment,
  ConditionInput,
  CustomerType,
  FeeFieldsFragment,
  FeeInput,
  FeeWaiverFieldsFragment,
  FeeWaiverInput,
  ProductCommonFieldsFragment,
  ProductCreateInput,
  ProductFamily,
  ProductSubtype,
  ProductTermsFieldsFragment,
  ProductTermsInput,
  ProductUpdateInput,
  Residency,
  RateTierFieldsFragment,
  RateTierInput,
  RiskLevel,
} from '../gql/graphql';
import { bandContains, termBandOf } from './bands';
import { DEPOSIT_TERMS_MONTHS, TERMS_KEY } from './enums';
import {
  CONDITION_PARAMS,
  type ConditionValues,
  type FeeValues,
  type FeeWaiverValues,
  type Num,
  type RateTierValues,
  type TermsValues,
} from './validation';

export type { FeeValues };

// The product form (wizard, edit, change request) holds values shaped like the API's input, so
// a server error's field path (`terms.deposit.rateTiers.0.rate`) names a form field directly.
// Only dates differ: the form holds dayjs objects, the API "YYYY-MM-DD" strings.

export interface ChannelValues {
  channel?: Channel;
  publishFrom?: Dayjs | null;
  publishTo?: Dayjs | null;
}

export interface ProductFormValues {
  family?: ProductFamily;
  subtype?: ProductSubtype;
  code?: string;
  nameZh?: string;
  nameEn?: string;
  currency?: string;
  riskLevel?: RiskLevel;
  description?: string;
  highlights?: string[];
  targetCustomers?: string;
  tags?: string[];
  eligibility?: {
    minAge?: number | null;
    maxAge?: number | null;
    minAnnualIncome?: Num;
    customerTypes?: CustomerType[];
    residency?: Residency[];
  };
  channels?: ChannelValues[];
  salesStart?: Dayjs | null;
  salesEnd?: Dayjs | null;
  quotaTotal?: Num;
  minAmount?: Num;
  maxAmount?: Num;
  fees?: FeeValues[];
  terms?: TermsValues;
  /** Why (edit mode). */
  reason?: string;
}

/** The wizard's steps; the index is the antd Steps index. */
export const STEPS = ['family', 'basics', 'eligibility', 'terms', 'review'] as const;
export type StepKey = (typeof STEPS)[number];

const STEP_OF_FIELD: Record<string, StepKey> = {
  family: 'family',
  subtype: 'family',
  code: 'basics',
  nameZh: 'basics',
  nameEn: 'basics',
  currency: 'basics',
  riskLevel: 'basics',
  description: 'basics',
  highlights: 'basics',
  targetCustomers: 'basics',
  tags: 'basics',
  eligibility: 'eligibility',
  channels: 'eligibility',
  salesStart: 'eligibility',
  salesEnd: 'eligibility',
  quotaTotal: 'eligibility',
  minAmount: 'eligibility',
  maxAmount: 'eligibility',
  fees: 'eligibility',
  terms: 'terms',
  reason: 'review',
};

/**
 * The form field a server error names: `input.terms.deposit.rateTiers.0.rate` →
 * ['terms', 'deposit', 'rateTiers', 0, 'rate']. Undefined for errors about no field.
 */
export function fieldPath(field: string | null | undefined): (string | number)[] | undefined {
  if (!field) return undefined;
  const parts = field.split('.').filter(Boolean);
  while (parts[0] === 'input' || parts[0] === 'changes') parts.shift();
  if (parts.length === 0) return undefined;
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The wizard step holding the field a server error names; the review step for the rest. */
export function stepOfField(field: string | null | undefined): number {
  const path = fieldPath(field);
  const step = path ? STEP_OF_FIELD[String(path[0])] : undefined;
  return STEPS.indexOf(step ?? 'review');
}

// ---- form values → API input ----

function text(value: string | null | undefined): string {
  return (value ?? '').trim();
}

function dec(value: Num): string | null {
  if (value === null || value === undefined || value === '') return null;
  return String(value).trim();
}

function int(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  return Number(value);
}

export function formatDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

function strings(values: (string | null | undefined)[] | undefined): string[] {
  return (values ?? []).map((v) => text(v)).filter(Boolean);
}

/** Rate tiers as the API takes them: a spread (LPR) or a rate, bands with blank upper as null. */
function tiersInput(tiers: RateTierValues[] | undefined, spread: boolean, dropUnit?: string): RateTierInput[] {
  return (tiers ?? []).map((tier) => ({
    bands: (tier?.bands ?? [])
      .filter((band) => band?.unit && band.unit !== dropUnit)
      .map((band) => ({ unit: band.unit as never, lower: dec(band.lower) ?? '', upper: dec(band.upper) })),
    rate: spread ? null : dec(tier?.rate),
    rateMax: spread ? null : dec(tier?.rateMax),
    spreadBps: spread ? int(tier?.spreadBps) : null,
    spreadBpsMax: spread ? int(tier?.spreadBpsMax) : null,
  }));
}

function dateText(value: ConditionValues['endsOn']): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.format('YYYY-MM-DD');
}

/** A condition with exactly the parameters of its type (the rest dropped, as the API asks). */
export function conditionInput(condition: ConditionValues): ConditionInput {
  const params = CONDITION_PARAMS[condition.type ?? ''] ?? [];
  const has = (name: keyof ConditionValues) => params.includes(name);
  return {
    type: condition.type as never,
    amount: has('amount') ? dec(condition.amount) : null,
    count: has('count') ? int(condition.count) : null,
    customerTypes: has('customerTypes') ? ((condition.customerTypes ?? []) as never) : null,
    ageMin: has('ageMin') ? int(condition.ageMin) : null,
    ageMax: has('ageMax') ? int(condition.ageMax) : null,
    bundleCode: has('bundleCode') ? text(condition.bundleCode).toUpperCase() || null : null,
    months: has('months') ? int(condition.months) : null,
    endsOn: has('endsOn') ? dateText(condition.endsOn) : null,
  };
}

function conditionsInput(conditions: ConditionValues[] | undefined): ConditionInput[] {
  return (conditions ?? []).map((c) => conditionInput(c ?? {}));
}

function waiversInput(waivers: FeeWaiverValues[] | undefined): FeeWaiverInput[] {
  return (waivers ?? []).map((w) => ({ name: text(w?.name), share: dec(w?.share), conditions: conditionsInput(w?.conditions) }));
}

export function feeInput(f: FeeValues): FeeInput {
  const rate = f.basis === 'RATE';
  const cap = dec(f.cap);
  return {
    type: f.type as never,
    basis: (f.basis ?? 'FIXED') as never,
    amount: rate ? null : dec(f.amount),
    rate: rate ? dec(f.rate) : null,
    chargedOn: rate ? ((f.chargedOn ?? null) as never) : null,
    currency: text(f.currency).toUpperCase() || null,
    minAmount: dec(f.minAmount),
    maxAmount: dec(f.maxAmount),
    cap,
    capPeriod: (f.capPeriod ?? null) as never,
    frequency: (f.frequency ?? 'ONE_TIME') as never,
    waivers: waiversInput(f.waivers),
    note: text(f.note),
  };
}

/** The one-of terms input for the chosen family; fields that do not apply are left null. */
export function toTermsInput(
  family: ProductFamily,
  subtype: ProductSubtype | undefined,
  terms: TermsValues | undefined,
): ProductTermsInput {
  const t = terms ?? {};
  switch (family) {
    case 'DEPOSIT': {
      const v = t.deposit ?? {};
      const demand = subtype === 'DEMAND';
      const interest = v.interest ?? {};
      const term = v.term ?? {};
      return {
        deposit: {
          interest: {
            dayCount: (interest.dayCount ?? 'ACT_360') as never,
            compounding: (interest.compounding ?? 'NONE') as never,
            posting: (interest.posting ?? (demand ? 'QUARTERLY' : 'AT_MATURITY')) as never,
          },
          term: demand
            ? null
            : {
                min: int(term.min) ?? 0,
                max: int(term.max) ?? 0,
                multiple: int(term.multiple) ?? 0,
                unit: (term.unit ?? (subtype === 'NOTICE' ? 'DAY' : 'MONTH')) as never,
              },
          tierApplication: (v.tierApplication ?? 'WHOLE_BALANCE') as never,
          rateTiers: tiersInput(v.rateTiers, false),
          bonusRates: (v.bonusRates ?? []).map((bonus) => ({
            name: text(bonus?.name),
            rate: dec(bonus?.rate) ?? '',
            conditions: conditionsInput(bonus?.conditions),
          })),
          minimumDeposit: dec(v.minimumDeposit) ?? '',
          earlyWithdrawalRate: dec(v.earlyWithdrawalRate) ?? '',
          autoRenewal: !demand && !!v.autoRenewal,
        },
      };
    }
    case 'LOAN': {
      const v = t.loan ?? {};
      const fixed = v.rateType === 'FIXED';
      const interest = v.interest ?? {};
      const fixedDay = interest.firstPayment === 'FIXED_DAY';
      return {
        loan: {
          rateType: (v.rateType ?? 'FIXED') as never,
          lprTenor: fixed ? null : ((v.lprTenor ?? null) as never),
          repricing: fixed ? null : ((v.repricing ?? null) as never),
          rateTiers: tiersInput(v.rateTiers, !fixed, v.collateralRequired ? undefined : 'LTV_PERCENT'),
          interest: {
            dayCount: (interest.dayCount ?? 'ACT_360') as never,
            repaymentFrequency: (interest.repaymentFrequency ?? 'MONTHLY') as never,
            firstPayment: (interest.firstPayment ?? 'ONE_PERIOD_AFTER_DRAWDOWN') as never,
            paymentDay: fixedDay ? int(interest.paymentDay) : null,
          },
          amountMin: dec(v.amountMin) ?? '',
          amountMax: dec(v.amountMax) ?? '',
          amountDefault: dec(v.amountDefault) ?? '',
          termMonthsMin: int(v.termMonthsMin) ?? 0,
          termMonthsMax: int(v.termMonthsMax) ?? 0,
          termMonthsDefault: int(v.termMonthsDefault) ?? 0,
          repaymentMethods: (v.repaymentMethods ?? []) as never,
          collateralRequired: !!v.collateralRequired,
          maxLtv: v.collateralRequired ? dec(v.maxLtv) : null,
          gracePeriodDays: int(v.gracePeriodDays) ?? 0,
          penaltyRate: dec(v.penaltyRate) ?? '',
        },
      };
    }
    case 'CREDIT_CARD': {
      const v = t.creditCard ?? {};
      const plan = v.instalment ?? {};
      return {
        creditCard: {
          tier: (v.tier ?? 'CLASSIC') as never,
          partnerBrand: text(v.partnerBrand) || null,
          annualFee: dec(v.annualFee) ?? '',
          annualFeeWaivers: waiversInput(v.annualFeeWaivers),
          feeWaiverNote: text(v.feeWaiverNote),
          instalment: v.offersInstalment
            ? {
                periods: [...(plan.periods ?? [])].sort((a, b) => a - b),
                monthlyFeeRate: dec(plan.monthlyFeeRate) ?? '',
                minimumPaymentRate: dec(plan.minimumPaymentRate) ?? '',
                minimumPaymentFloor: dec(plan.minimumPaymentFloor) ?? '',
              }
            : null,
          interestFreeDaysMax: int(v.interestFreeDaysMax) ?? 0,
          interestRate: dec(v.interestRate) ?? '',
          pointsPerYuan: dec(v.pointsPerYuan) ?? '',
          categoryMultipliers: (v.categoryMultipliers ?? []).map((row) => ({
            category: text(row?.category),
            multiplier: dec(row?.multiplier) ?? '',
          })),
          creditLimitMin: dec(v.creditLimitMin) ?? '',
          creditLimitMax: dec(v.creditLimitMax) ?? '',
          cashAdvanceFeeRate: dec(v.cashAdvanceFeeRate) ?? '',
          cashAdvanceFeeMin: dec(v.cashAdvanceFeeMin) ?? '',
          benefits: strings(v.benefits),
        },
      };
    }
    case 'WEALTH': {
      const v = t.wealth ?? {};
      return {
        wealth: {
          benchmarkMin: dec(v.benchmarkMin) ?? '',
          benchmarkMax: dec(v.benchmarkMax) ?? '',
          openEnded: !!v.openEnded,
          termDays: v.openEnded ? null : int(v.termDays),
          minimumInvestment: dec(v.minimumInvestment) ?? '',
          subscriptionFeeRate: dec(v.subscriptionFeeRate) ?? '',
          managementFeeRate: dec(v.managementFeeRate) ?? '',
          custodyFeeRate: dec(v.custodyFeeRate) ?? '',
          offering: (v.offering ?? 'PUBLIC') as never,
          coolingOffHours: int(v.coolingOffHours) ?? 0,
        },
      };
    }
    case 'FX': {
      const v = t.fx ?? {};
      const option = subtype === 'OPTION';
      const structured = subtype === 'STRUCTURED_DEPOSIT';
      return {
        fx: {
          currencyPairs: strings(v.currencyPairs).map((p) => p.toUpperCase()),
          spreadBps: int(v.spreadBps) ?? 0,
          minimumAmount: dec(v.minimumAmount) ?? '',
          tradingHours: text(v.tradingHours),
          tenors: option ? strings(v.tenors).map((p) => p.toUpperCase()) : [],
          premiumRate: option ? dec(v.premiumRate) : null,
          linkedPair: structured ? text(v.linkedPair).toUpperCase() || null : null,
          principalProtected: structured ? (v.principalProtected ?? null) : null,
          yieldMin: structured ? dec(v.yieldMin) : null,
          yieldMax: structured ? dec(v.yieldMax) : null,
        },
      };
    }
    case 'PRECIOUS_METAL': {
      const v = t.preciousMetal ?? {};
      return {
        preciousMetal: {
          metal: (v.metal ?? 'GOLD') as never,
          unit: (v.unit ?? 'GRAM') as never,
          purity: dec(v.purity) ?? '',
          spread: dec(v.spread) ?? '',
          minimumTradeUnits: dec(v.minimumTradeUnits) ?? '',
          physicalDelivery: !!v.physicalDelivery,
          leverage: dec(v.leverage) ?? '',
        },
      };
    }
  }
}

/** Everything but code, family and terms: shared by create, update and change requests. */
export function toCommonInput(values: ProductFormValues) {
  const e = values.eligibility ?? {};
  return {
    nameZh: text(values.nameZh),
    nameEn: text(values.nameEn),
    subtype: values.subtype!,
    currency: text(values.currency) || 'CNY',
    riskLevel: values.riskLevel!,
    description: values.description ?? '',
    highlights: strings(values.highlights),
    targetCustomers: text(values.targetCustomers),
    tags: strings(values.tags),
    eligibility: {
      minAge: int(e.minAge),
      maxAge: int(e.maxAge),
      minAnnualIncome: dec(e.minAnnualIncome),
      customerTypes: e.customerTypes ?? [],
      residency: e.residency ?? [],
    },
    channels: (values.channels ?? [])
      .filter((c) => c?.channel)
      .map((c) => ({ channel: c.channel!, publishFrom: formatDate(c.publishFrom), publishTo: formatDate(c.publishTo) })),
    salesStart: formatDate(values.salesStart),
    salesEnd: formatDate(values.salesEnd),
    quotaTotal: dec(values.quotaTotal),
    minAmount: dec(values.minAmount),
    maxAmount: dec(values.maxAmount),
    fees: (values.fees ?? []).map((f) => feeInput(f ?? {})),
  };
}

export function toCreateInput(values: ProductFormValues): ProductCreateInput {
  const family = values.family!;
  return {
    ...toCommonInput(values),
    code: text(values.code).toUpperCase(),
    family,
    terms: toTermsInput(family, values.subtype, values.terms),
  };
}

export function toUpdateInput(values: ProductFormValues): ProductUpdateInput {
  return { ...toCommonInput(values), terms: toTermsInput(values.family!, values.subtype, values.terms) };
}

// ---- API objects → form values ----

type TermsFragment = ProductTermsFieldsFragment;

function omitTypename<T extends object>(value: T): Omit<T, '__typename'> {
  const { __typename: _ignored, ...rest } = value as T & { __typename?: string };
  return rest;
}

function tierValues(tier: RateTierFieldsFragment): RateTierValues {
  return { ...omitTypename(tier), bands: tier.bands.map((band) => omitTypename(band)) };
}

export function conditionValues(condition: ConditionFieldsFragment): ConditionValues {
  const { endsOn, customerTypes, ...rest } = omitTypename(condition);
  return { ...rest, customerTypes: customerTypes.length ? [...customerTypes] : null, endsOn: endsOn ? dayjs(endsOn) : null };
}

export function waiverValues(waiver: FeeWaiverFieldsFragment): FeeWaiverValues {
  return { name: waiver.name, share: waiver.share, conditions: waiver.conditions.map(conditionValues) };
}

export function feeValues(fee: FeeFieldsFragment): FeeValues {
  return { ...omitTypename(fee), waivers: fee.waivers.map(waiverValues) };
}

const CARD_INSTALMENT_DEFAULT = { periods: [3, 6, 12, 24], monthlyFeeRate: '0.6000', minimumPaymentRate: '10', minimumPaymentFloor: '100' };

/** A product's terms as the terms form holds them (the family's member of the terms input). */
export function termsToValues(terms: TermsFragment | null | undefined): TermsValues {
  if (!terms) return {};
  switch (terms.__typename) {
    case 'DepositTerms': {
      const { offeredTerms: _offered, ...deposit } = omitTypename(terms);
      return {
        deposit: {
          ...deposit,
          interest: omitTypename(terms.interest),
          term: terms.term ? omitTypename(terms.term) : null,
          rateTiers: terms.rateTiers.map(tierValues),
          bonusRates: terms.bonusRates.map((bonus) => ({
            name: bonus.name,
            rate: bonus.rate,
            conditions: bonus.conditions.map(conditionValues),
          })),
        },
      };
    }
    case 'LoanTerms': {
      const { effectiveRate: _computed, annualisedRate: _apr, ...loan } = omitTypename(terms);
      return {
        loan: {
          ...loan,
          rateTiers: terms.rateTiers.map(tierValues),
          interest: omitTypename(terms.interest),
          repaymentMethods: [...loan.repaymentMethods],
        },
      };
    }
    case 'CreditCardTerms':
      return {
        creditCard: {
          ...omitTypename(terms),
          annualFeeWaivers: terms.annualFeeWaivers.map(waiverValues),
          offersInstalment: !!terms.instalment,
          instalment: terms.instalment
            ? { ...omitTypename(terms.instalment), periods: [...terms.instalment.periods] }
            : { ...CARD_INSTALMENT_DEFAULT, periods: [...CARD_INSTALMENT_DEFAULT.periods] },
          categoryMultipliers: terms.categoryMultipliers.map((row) => omitTypename(row)),
          benefits: [...terms.benefits],
        },
      };
    case 'WealthTerms':
      return { wealth: omitTypename(terms) };
    case 'FxTerms': {
      const { fxSpreadBps, ...fx } = omitTypename(terms);
      return { fx: { ...fx, spreadBps: fxSpreadBps, currencyPairs: [...fx.currencyPairs], tenors: [...fx.tenors] } };
    }
    case 'PreciousMetalTerms':
      return { preciousMetal: omitTypename(terms) };
    default:
      return {};
  }
}

function day(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value) : null;
}

/** A loaded product as the product form holds it (edit mode, change requests). */
export function productToValues(product: ProductCommonFieldsFragment): ProductFormValues {
  return {
    family: product.family,
    subtype: product.subtype,
    code: product.code,
    nameZh: product.nameZh,
    nameEn: product.nameEn,
    currency: product.currency,
    riskLevel: product.riskLevel,
    description: product.description,
    highlights: [...product.highlights],
    targetCustomers: product.targetCustomers,
    tags: [...product.tags],
    eligibility: {
      minAge: product.eligibility.minAge,
      maxAge: product.eligibility.maxAge,
      minAnnualIncome: product.eligibility.minAnnualIncome,
      customerTypes: [...product.eligibility.customerTypes],
      residency: [...product.eligibility.residency],
    },
    channels: product.channels.map((c) => ({
      channel: c.channel,
      publishFrom: day(c.publishFrom),
      publishTo: day(c.publishTo),
    })),
    salesStart: day(product.salesStart),
    salesEnd: day(product.salesEnd),
    quotaTotal: product.quota.total,
    minAmount: product.minAmount,
    maxAmount: product.maxAmount,
    fees: product.fees.map(feeValues),
    terms: termsToValues(product.terms),
  };
}

/** Notice deposits (通知存款) offer 1-day and 7-day notice. */
export const NOTICE_DAYS = [1, 7] as const;

/** A single-value term band (lower == upper: exactly that term). */
export function termBand(unit: 'TERM_MONTHS' | 'TERM_DAYS', n: number) {
  return { unit, lower: String(n), upper: String(n) };
}

function defaultDeposit(subtype?: ProductSubtype): NonNullable<TermsValues['deposit']> {
  const demand = subtype === 'DEMAND';
  const notice = subtype === 'NOTICE';
  const minimum = subtype === 'LARGE_CD' ? '200000' : notice ? '50000' : demand ? '0' : '50';
  const amount = { unit: 'AMOUNT', lower: '0', upper: null };
  const terms: readonly number[] = notice ? NOTICE_DAYS : DEPOSIT_TERMS_MONTHS;
  const unit = notice ? 'TERM_DAYS' : 'TERM_MONTHS';
  return {
    // time deposits count whole months (the 整年整月 rule banks publish), demand and notice deposits actual days
    interest: { dayCount: demand || notice ? 'ACT_360' : 'THIRTY_360', compounding: 'NONE', posting: demand ? 'QUARTERLY' : 'AT_MATURITY' },
    term: demand ? null : notice ? { min: 1, max: 7, multiple: 1, unit: 'DAY' } : { min: 3, max: 60, multiple: 3, unit: 'MONTH' },
    tierApplication: 'WHOLE_BALANCE',
    rateTiers: demand
      ? [{ bands: [amount], rate: undefined }]
      : terms.map((n) => ({ bands: [termBand(unit, n), { ...amount }], rate: undefined })),
    bonusRates: [],
    minimumDeposit: minimum,
    earlyWithdrawalRate: demand ? '0' : '0.2000',
    autoRenewal: !demand && !notice,
  };
}

/** The terms a deposit offers: multiples in its range that some tier's term band covers (API `offeredTerms`). */
export function offeredTerms(
  term: { min?: number | null; max?: number | null; multiple?: number | null } | null | undefined,
  tiers: readonly { bands?: readonly { unit?: string | null; lower?: unknown; upper?: unknown }[] | null }[] | undefined,
): number[] {
  const min = Number(term?.min);
  const max = Number(term?.max);
  const multiple = Number(term?.multiple);
  if (!term || !(min > 0) || !(max >= min) || !(multiple > 0)) return [];
  const bands = (tiers ?? []).map((t) => termBandOf(t.bands)).filter((b) => b !== undefined);
  const out: number[] = [];
  for (let n = min; n <= max; n += multiple) if (n % multiple === 0 && bands.some((b) => bandContains(b, n))) out.push(n);
  return out;
}

/** Sensible starting terms for a new product of a family, so a manager edits rather than types everything. */
export function defaultTerms(family: ProductFamily, subtype?: ProductSubtype): TermsValues {
  switch (family) {
    case 'DEPOSIT':
      return { deposit: defaultDeposit(subtype) };
    case 'LOAN': {
      const lpr = subtype === 'MORTGAGE';
      return {
        loan: {
          rateType: lpr ? 'LPR' : 'FIXED',
          lprTenor: lpr ? 'FIVE_YEAR' : null,
          repricing: lpr ? 'JANUARY_FIRST' : null,
          rateTiers: [lpr ? { bands: [], spreadBps: 0 } : { bands: [], rate: undefined }],
          interest: { dayCount: 'ACT_360', repaymentFrequency: 'MONTHLY', firstPayment: 'ONE_PERIOD_AFTER_DRAWDOWN', paymentDay: null },
          repaymentMethods: ['EQUAL_INSTALLMENT'],
          collateralRequired: subtype === 'MORTGAGE' || subtype === 'AUTO',
          gracePeriodDays: 3,
          termMonthsMin: 1,
        },
      };
    }
    case 'CREDIT_CARD':
      return {
        creditCard: {
          tier: subtype === 'PREMIUM' ? 'PLATINUM' : 'CLASSIC',
          interestFreeDaysMax: 50,
          interestRate: '18.2500',
          pointsPerYuan: '1',
          categoryMultipliers: [],
          benefits: [],
          annualFeeWaivers: [],
          feeWaiverNote: '',
          offersInstalment: true,
          instalment: { ...CARD_INSTALMENT_DEFAULT, periods: [...CARD_INSTALMENT_DEFAULT.periods] },
        },
      };
    case 'WEALTH':
      return { wealth: { openEnded: subtype === 'MONEY_MARKET', offering: 'PUBLIC', coolingOffHours: 0 } };
    case 'FX':
      return {
        fx: {
          currencyPairs: ['USD/CNY'],
          tradingHours: '09:00-17:00',
          tenors: subtype === 'OPTION' ? ['1M'] : [],
          principalProtected: subtype === 'STRUCTURED_DEPOSIT' ? true : null,
        },
      };
    case 'PRECIOUS_METAL':
      return {
        preciousMetal: {
          metal: 'GOLD',
          unit: 'GRAM',
          purity: '99.99',
          leverage: '1',
          physicalDelivery: subtype === 'PHYSICAL_GOLD',
        },
      };
  }
}

export function termsKeyOf(family: ProductFamily) {
  return TERMS_KEY[family];
}


/** The wizard's values as the calculator's unsaved draft: subtype, terms, fees and limits. */
export function toCalculatorDraft(values: ProductFormValues): CalculatorDraftInput | null {
  if (!values.family || !values.subtype) return null;
  return {
    subtype: values.subtype,
    terms: toTermsInput(values.family, values.subtype, values.terms),
    fees: (values.fees ?? []).map((f) => feeInput(f ?? {})),
    minAmount: dec(values.minAmount),
    maxAmount: dec(values.maxAmount),
  };
}
