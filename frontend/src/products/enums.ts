import type {
  BenchmarkKind,
  Compounding,
  ConditionType,
  DayCount,
  FeeChargeBase,
  FirstPayment,
  RepaymentFrequency,
  Repricing,
  TermUnit,
  TierApplication,
  TierUnit,
  CardTier,
  Channel,
  ChangeRequestStatus,
  CustomerType,
  DocumentKind,
  FeeBasis,
  FeeFrequency,
  FeeType,
  InterestPayment,
  LoanRateType,
  LprTenor,
  Metal,
  MetalUnit,
  Offering,
  ProductFamily,
  ProductStatus,
  ProductSubtype,
  RepaymentMethod,
  Residency,
  RiskLevel,
} from '../gql/graphql';

// The enum values of the products API, in the order the console offers them. Their labels are
// i18n keys `product.<enum>.<VALUE>`; i18n tests check every value has one in each language.

export const FAMILIES: readonly ProductFamily[] = ['DEPOSIT', 'LOAN', 'CREDIT_CARD', 'WEALTH', 'FX', 'PRECIOUS_METAL'];

export const SUBTYPES: Readonly<Record<ProductFamily, readonly ProductSubtype[]>> = {
  DEPOSIT: ['DEMAND', 'TIME', 'LARGE_CD', 'NOTICE'],
  LOAN: ['MORTGAGE', 'AUTO', 'CONSUMER', 'WORKING_CAPITAL', 'FIXED_ASSET'],
  CREDIT_CARD: ['STANDARD', 'CO_BRANDED', 'PREMIUM'],
  WEALTH: ['MONEY_MARKET', 'BOND', 'MIXED', 'EQUITY'],
  FX: ['SPOT', 'OPTION', 'STRUCTURED_DEPOSIT'],
  PRECIOUS_METAL: ['PHYSICAL_GOLD', 'PAPER_GOLD', 'GOLD_FUTURES', 'GOLD_OPTION'],
};

export const ALL_SUBTYPES: readonly ProductSubtype[] = FAMILIES.flatMap((family) => SUBTYPES[family]);

export function familyOfSubtype(subtype: ProductSubtype): ProductFamily | undefined {
  return FAMILIES.find((family) => SUBTYPES[family].includes(subtype));
}

/** The member of `ProductTermsInput` (one-of) that carries a family's terms. */
export const TERMS_KEY = {
  DEPOSIT: 'deposit',
  LOAN: 'loan',
  CREDIT_CARD: 'creditCard',
  WEALTH: 'wealth',
  FX: 'fx',
  PRECIOUS_METAL: 'preciousMetal',
} as const satisfies Record<ProductFamily, string>;
export type TermsKey = (typeof TERMS_KEY)[ProductFamily];

/** The GraphQL type of a family's terms in the `ProductTerms` union. */
export const TERMS_TYPENAME: Readonly<Record<ProductFamily, string>> = {
  DEPOSIT: 'DepositTerms',
  LOAN: 'LoanTerms',
  CREDIT_CARD: 'CreditCardTerms',
  WEALTH: 'WealthTerms',
  FX: 'FxTerms',
  PRECIOUS_METAL: 'PreciousMetalTerms',
};

export const STATUSES: readonly ProductStatus[] = [
  'DRAFT',
  'PENDING_REVIEW',
  'APPROVED',
  'ON_SALE',
  'SUSPENDED',
  'OFFLINE',
  'RETIRED',
];

export const STATUS_COLORS: Readonly<Record<ProductStatus, string>> = {
  DRAFT: 'default',
  PENDING_REVIEW: 'processing',
  APPROVED: 'cyan',
  ON_SALE: 'success',
  SUSPENDED: 'warning',
  OFFLINE: 'error',
  RETIRED: 'purple',
};

export const RISK_LEVELS: readonly RiskLevel[] = ['R1', 'R2', 'R3', 'R4', 'R5'];
export const RISK_COLORS: Readonly<Record<RiskLevel, string>> = {
  R1: 'green',
  R2: 'cyan',
  R3: 'gold',
  R4: 'orange',
  R5: 'red',
};

export const CHANNELS: readonly Channel[] = ['COUNTER', 'ONLINE_BANKING', 'MOBILE_BANKING', 'ATM', 'PARTNER'];
export const CUSTOMER_TYPES: readonly CustomerType[] = ['INDIVIDUAL', 'CORPORATE'];
export const RESIDENCIES: readonly Residency[] = ['RESIDENT', 'NON_RESIDENT'];
export const FEE_TYPES: readonly FeeType[] = [
  'SUBSCRIPTION',
  'REDEMPTION',
  'MANAGEMENT',
  'CUSTODY',
  'ANNUAL',
  'ACCOUNT',
  'TRANSFER',
  'EARLY_REPAYMENT',
  'CASH_ADVANCE',
  'ARRANGEMENT',
  'INSTALMENT',
  'LATE_PAYMENT',
  'OTHER',
];
export const FEE_BASES: readonly FeeBasis[] = ['FIXED', 'RATE'];
export const FEE_FREQUENCIES: readonly FeeFrequency[] = ['ONE_TIME', 'PER_TRANSACTION', 'MONTHLY', 'QUARTERLY', 'ANNUAL'];
export const INTEREST_PAYMENTS: readonly InterestPayment[] = ['AT_MATURITY', 'MONTHLY', 'QUARTERLY', 'ANNUALLY'];
export const DAY_COUNTS: readonly DayCount[] = ['ACT_360', 'ACT_365', 'THIRTY_360'];
export const COMPOUNDINGS: readonly Compounding[] = ['NONE', 'MONTHLY', 'QUARTERLY', 'ANNUALLY'];
export const TERM_UNITS: readonly TermUnit[] = ['MONTH', 'DAY'];
export const TIER_APPLICATIONS: readonly TierApplication[] = ['WHOLE_BALANCE', 'PER_BAND'];
export const TIER_UNITS: readonly TierUnit[] = ['AMOUNT', 'TERM_MONTHS', 'TERM_DAYS', 'LTV_PERCENT'];
export const CONDITION_TYPES: readonly ConditionType[] = [
  'MIN_BALANCE',
  'NEW_MONEY',
  'MIN_DEPOSITS_A_MONTH',
  'MIN_TRANSACTIONS_A_MONTH',
  'MIN_TRANSACTIONS_A_YEAR',
  'MIN_SPEND_A_YEAR',
  'PAYROLL_DEPOSIT',
  'CUSTOMER_TYPE',
  'AGE_BAND',
  'BUNDLE_MEMBER',
  'INTRODUCTORY',
];
export const FEE_CHARGE_BASES: readonly FeeChargeBase[] = [
  'BALANCE',
  'TRANSACTION_AMOUNT',
  'DISBURSED_AMOUNT',
  'OUTSTANDING_PRINCIPAL',
  'INTEREST',
  'NAV',
  'INSTALMENT_AMOUNT',
  'OVERDUE_AMOUNT',
];
/** What a percentage fee of each type is usually charged on (backend DEFAULT_CHARGE_BASE). */
export const DEFAULT_CHARGE_BASE: Readonly<Record<FeeType, FeeChargeBase>> = {
  SUBSCRIPTION: 'TRANSACTION_AMOUNT',
  REDEMPTION: 'TRANSACTION_AMOUNT',
  MANAGEMENT: 'NAV',
  CUSTODY: 'NAV',
  ANNUAL: 'BALANCE',
  ACCOUNT: 'BALANCE',
  TRANSFER: 'TRANSACTION_AMOUNT',
  EARLY_REPAYMENT: 'OUTSTANDING_PRINCIPAL',
  CASH_ADVANCE: 'TRANSACTION_AMOUNT',
  ARRANGEMENT: 'DISBURSED_AMOUNT',
  INSTALMENT: 'DISBURSED_AMOUNT',
  LATE_PAYMENT: 'OVERDUE_AMOUNT',
  OTHER: 'TRANSACTION_AMOUNT',
};
export const REPAYMENT_FREQUENCIES: readonly RepaymentFrequency[] = ['MONTHLY', 'QUARTERLY'];
export const FIRST_PAYMENTS: readonly FirstPayment[] = ['ONE_PERIOD_AFTER_DRAWDOWN', 'FIXED_DAY'];
export const LOAN_RATE_TYPES: readonly LoanRateType[] = ['FIXED', 'LPR'];
export const LPR_TENORS: readonly LprTenor[] = ['ONE_YEAR', 'FIVE_YEAR'];
export const REPRICINGS: readonly Repricing[] = ['JANUARY_FIRST', 'ANNIVERSARY', 'MONTHLY'];
export const BENCHMARK_KINDS: readonly BenchmarkKind[] = [
  'LPR_1Y',
  'LPR_5Y',
  'DEPOSIT_DEMAND',
  'DEPOSIT_3M',
  'DEPOSIT_6M',
  'DEPOSIT_1Y',
  'DEPOSIT_2Y',
  'DEPOSIT_3Y',
  'DEPOSIT_5Y',
];
export const REPAYMENT_METHODS: readonly RepaymentMethod[] = ['EQUAL_INSTALLMENT', 'EQUAL_PRINCIPAL', 'BULLET', 'INTEREST_ONLY'];
export const CARD_TIERS: readonly CardTier[] = ['CLASSIC', 'GOLD', 'PLATINUM', 'DIAMOND'];
export const OFFERINGS: readonly Offering[] = ['PUBLIC', 'PRIVATE'];
export const METALS: readonly Metal[] = ['GOLD', 'SILVER', 'PLATINUM'];
export const METAL_UNITS: readonly MetalUnit[] = ['GRAM', 'OUNCE'];
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['CONTRACT_TEMPLATE', 'BROCHURE', 'PROSPECTUS', 'RISK_DISCLOSURE', 'OTHER'];
export const CHANGE_REQUEST_STATUSES: readonly ChangeRequestStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'CANCELLED'];
export const CHANGE_REQUEST_COLORS: Readonly<Record<ChangeRequestStatus, string>> = {
  PENDING: 'processing',
  APPROVED: 'success',
  REJECTED: 'error',
  CANCELLED: 'default',
};

/** Deposit terms a bank may offer, in months. */
export const DEPOSIT_TERMS_MONTHS = [3, 6, 12, 24, 36, 60] as const;
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'GBP', 'JPY', 'AUD', 'SGD'] as const;
export const FX_TENORS = ['1W', '2W', '1M', '2M', '3M', '6M', '9M', '1Y'] as const;

/** Every enum whose values the console names, by i18n key prefix (checked in tests). */
export const LABELLED_ENUMS: Readonly<Record<string, readonly string[]>> = {
  family: FAMILIES,
  subtype: ALL_SUBTYPES,
  status: STATUSES,
  risk: RISK_LEVELS,
  channel: CHANNELS,
  customerType: CUSTOMER_TYPES,
  residency: RESIDENCIES,
  feeType: FEE_TYPES,
  feeBasis: FEE_BASES,
  feeFrequency: FEE_FREQUENCIES,
  interestPayment: INTEREST_PAYMENTS,
  dayCount: DAY_COUNTS,
  compounding: COMPOUNDINGS,
  termUnit: TERM_UNITS,
  tierApplication: TIER_APPLICATIONS,
  tierUnit: TIER_UNITS,
  conditionType: CONDITION_TYPES,
  feeChargeBase: FEE_CHARGE_BASES,
  repaymentFrequency: REPAYMENT_FREQUENCIES,
  firstPayment: FIRST_PAYMENTS,
  loanRateType: LOAN_RATE_TYPES,
  lprTenor: LPR_TENORS,
  repricing: REPRICINGS,
  benchmarkKind: BENCHMARK_KINDS,
  repayment: REPAYMENT_METHODS,
  cardTier: CARD_TIERS,
  offering: OFFERINGS,
  metal: METALS,
  metalUnit: METAL_UNITS,
  documentKind: DOCUMENT_KINDS,
  crStatus: CHANGE_REQUEST_STATUSES,
};
