import dayjs, { type Dayjs } from 'dayjs';
import type {
  Channel,
  CustomerType,
  FeeBasis,
  FeeFrequency,
  FeeType,
  ProductCommonFieldsFragment,
  ProductCreateInput,
  ProductFamily,
  ProductSubtype,
  ProductTermsFieldsFragment,
  ProductTermsInput,
  ProductUpdateInput,
  Residency,
  RiskLevel,
} from '../gql/graphql';
import { TERMS_KEY } from './enums';
import type { Num, TermsValues } from './validation';

// The product form (wizard, edit, change request) holds values shaped like the API's input, so
// a server error's field path (`terms.deposit.rateTable.0.rate`) names a form field directly.
// Only dates differ: the form holds dayjs objects, the API "YYYY-MM-DD" strings.

export interface ChannelValues {
  channel?: Channel;
  publishFrom?: Dayjs | null;
  publishTo?: Dayjs | null;
}

export interface FeeValues {
  type?: FeeType;
  basis?: FeeBasis;
  amount?: Num;
  rate?: Num;
  minAmount?: Num;
  maxAmount?: Num;
  cap?: Num;
  frequency?: FeeFrequency;
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
 * The form field a server error names: `input.terms.deposit.rateTable.0.rate` →
 * ['terms', 'deposit', 'rateTable', 0, 'rate']. Undefined for errors about no field.
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
      return {
        deposit: {
          termsMonths: demand ? [] : [...(v.termsMonths ?? [])].sort((a, b) => a - b),
          rateTable: (v.rateTable ?? []).map((tier) => ({
            termMonths: demand ? null : int(tier?.termMonths),
            minAmount: dec(tier?.minAmount) ?? '0',
            rate: dec(tier?.rate) ?? '',
          })),
          minimumDeposit: dec(v.minimumDeposit) ?? '',
          interestPayment: (v.interestPayment ?? 'AT_MATURITY') as never,
          earlyWithdrawalRate: dec(v.earlyWithdrawalRate) ?? '',
          autoRenewal: !!v.autoRenewal,
        },
      };
    }
    case 'LOAN': {
      const v = t.loan ?? {};
      const fixed = v.rateType === 'FIXED';
      return {
        loan: {
          rateType: (v.rateType ?? 'FIXED') as never,
          fixedRate: fixed ? dec(v.fixedRate) : null,
          lprTenor: fixed ? null : ((v.lprTenor ?? null) as never),
          spreadBps: fixed ? null : int(v.spreadBps),
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
      return {
        creditCard: {
          tier: (v.tier ?? 'CLASSIC') as never,
          partnerBrand: text(v.partnerBrand) || null,
          annualFee: dec(v.annualFee) ?? '',
          feeWaiverRule: text(v.feeWaiverRule),
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
    fees: (values.fees ?? []).map((f) => ({
      type: f.type!,
      basis: f.basis ?? 'FIXED',
      amount: f.basis === 'RATE' ? null : dec(f.amount),
      rate: f.basis === 'RATE' ? dec(f.rate) : null,
      minAmount: dec(f.minAmount),
      maxAmount: dec(f.maxAmount),
      cap: dec(f.cap),
      frequency: f.frequency ?? 'ONE_TIME',
    })),
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

/** A product's terms as the terms form holds them (the family's member of the terms input). */
export function termsToValues(terms: TermsFragment | null | undefined): TermsValues {
  if (!terms) return {};
  switch (terms.__typename) {
    case 'DepositTerms':
      return {
        deposit: {
          ...omitTypename(terms),
          termsMonths: [...terms.termsMonths],
          rateTable: terms.rateTable.map((tier) => omitTypename(tier)),
        },
      };
    case 'LoanTerms': {
      const { effectiveRate: _computed, ...loan } = omitTypename(terms);
      return { loan: { ...loan, repaymentMethods: [...loan.repaymentMethods] } };
    }
    case 'CreditCardTerms':
      return {
        creditCard: {
          ...omitTypename(terms),
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
    fees: product.fees.map((fee) => omitTypename(fee)),
    terms: termsToValues(product.terms),
  };
}

/** Sensible starting terms for a new product of a family, so a manager edits rather than types everything. */
export function defaultTerms(family: ProductFamily, subtype?: ProductSubtype): TermsValues {
  switch (family) {
    case 'DEPOSIT':
      return {
        deposit: {
          termsMonths: subtype === 'DEMAND' ? [] : [12],
          rateTable: [{ termMonths: subtype === 'DEMAND' ? null : 12, minAmount: '0', rate: undefined }],
          minimumDeposit: subtype === 'LARGE_CD' ? '200000' : subtype === 'DEMAND' ? '0' : '50',
          interestPayment: 'AT_MATURITY',
          earlyWithdrawalRate: '0.2000',
          autoRenewal: subtype !== 'DEMAND',
        },
      };
    case 'LOAN':
      return {
        loan: {
          rateType: subtype === 'MORTGAGE' ? 'LPR' : 'FIXED',
          lprTenor: subtype === 'MORTGAGE' ? 'FIVE_YEAR' : null,
          spreadBps: subtype === 'MORTGAGE' ? 0 : null,
          repaymentMethods: ['EQUAL_INSTALLMENT'],
          collateralRequired: subtype === 'MORTGAGE' || subtype === 'AUTO',
          gracePeriodDays: 3,
          termMonthsMin: 1,
        },
      };
    case 'CREDIT_CARD':
      return {
        creditCard: {
          tier: subtype === 'PREMIUM' ? 'PLATINUM' : 'CLASSIC',
          interestFreeDaysMax: 50,
          interestRate: '18.2500',
          pointsPerYuan: '1',
          categoryMultipliers: [],
          benefits: [],
          feeWaiverRule: '',
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
