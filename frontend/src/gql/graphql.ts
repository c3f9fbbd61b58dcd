/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How customer data was seen: VIEW (one customer's 360), LIST (a row of a list, search or segment member page), EXPORT (a row of an exported file), SEARCH (an exact search by phone or ID number). */
export type AccessKind =
  | 'EXPORT'
  | 'LIST'
  | 'SEARCH'
  | 'VIEW';

/** Changes to an access rule; fields left out keep their value. */
export type AccessRuleInput = {
  /** CRITICAL above this many (above the threshold), or null for none. */
  criticalThreshold?: number | null | undefined;
  /** Judged or not. */
  enabled?: boolean | null | undefined;
  /** The kinds of read counted. */
  kinds?: Array<AccessKind> | null | undefined;
  /** English name. */
  nameEn?: string | null | undefined;
  /** Chinese name. */
  nameZh?: string | null | undefined;
  /** WARNING above this many different customers. */
  threshold?: number | null | undefined;
  /** The rolling window, 1–1440 minutes. */
  windowMinutes?: number | null | undefined;
};

/** The kind of principal that acted. */
export type ActorType =
  | 'ANONYMOUS'
  | 'API_KEY'
  | 'SYSTEM'
  | 'USER';

/** What a live alert event says: RAISED, UPDATED, RESOLVED. */
export type AlertChange =
  | 'RAISED'
  | 'RESOLVED'
  | 'UPDATED';

/** One kind of entry in an alert's history. */
export type AlertEventKind =
  | 'ACKNOWLEDGED'
  | 'ACTION_TAKEN'
  | 'ASSIGNED'
  | 'AUTO_RESOLVED'
  | 'COMMENTED'
  | 'DEESCALATED'
  | 'ESCALATED'
  | 'RAISED'
  | 'RESOLVED';

/** Which alerts to list. */
export type AlertFilter = {
  /** Only mine. */
  assignedToMe?: boolean;
  /** Families. */
  families?: Array<ProductFamily> | null | undefined;
  /** At least this. */
  minSeverity?: AlertSeverity | null | undefined;
  /** Products. */
  productIds?: Array<string | number> | null | undefined;
  /** Rules. */
  ruleIds?: Array<string | number> | null | undefined;
  /** Statuses. */
  statuses?: Array<AlertStatus> | null | undefined;
};

/** PRODUCT_RISK: a product's metric breached a risk rule; CUSTOMER_ACCESS: a user read unusually many customers (an access rule). */
export type AlertKind =
  | 'CUSTOMER_ACCESS'
  | 'PRODUCT_RISK';

/** INFO < WARNING < CRITICAL. */
export type AlertSeverity =
  | 'CRITICAL'
  | 'INFO'
  | 'WARNING';

/** OPEN → ACKNOWLEDGED → RESOLVED. */
export type AlertStatus =
  | 'ACKNOWLEDGED'
  | 'OPEN'
  | 'RESOLVED';

/** A new API key. */
export type ApiKeyCreateInput = {
  /** What the key is for, 1–100 characters. */
  name: string;
  /** At least one scope. */
  scopes: Array<ApiKeyScope>;
};

/** What an API key may do: CATALOG_READ (catalog:read), ALERTS_SUBSCRIBE (alerts:subscribe), INGEST_WRITE (ingest:write). */
export type ApiKeyScope =
  | 'ALERTS_SUBSCRIBE'
  | 'CATALOG_READ'
  | 'INGEST_WRITE';

/** Which audit events to list; all criteria are combined. */
export type AuditEventFilter = {
  /** Part of the action name. */
  action?: string | null | undefined;
  /** Part of the actor name. */
  actorName?: string | null | undefined;
  /** Exact object ID. */
  objectId?: string | null | undefined;
  /** Exact object type. */
  objectType?: string | null | undefined;
  /** At or after this time. */
  occurredAfter?: string | null | undefined;
  /** Before this time. */
  occurredBefore?: string | null | undefined;
  /** Outcome. */
  outcome?: AuditOutcome | null | undefined;
};

/** Whether the audited action took effect. */
export type AuditOutcome =
  | 'FAILURE'
  | 'SUCCESS';

/** What a rule does by itself on a CRITICAL breach. */
export type AutoAction =
  | 'NONE'
  | 'SUSPEND_SALES';

/** A benchmark rate: LPR 1-year / 5-year and over, PBoC deposit benchmark rates by term. */
export type BenchmarkKind =
  | 'DEPOSIT_1Y'
  | 'DEPOSIT_2Y'
  | 'DEPOSIT_3M'
  | 'DEPOSIT_3Y'
  | 'DEPOSIT_5Y'
  | 'DEPOSIT_6M'
  | 'DEPOSIT_DEMAND'
  | 'LPR_1Y'
  | 'LPR_5Y';

/** A benchmark rate of a kind from a date. */
export type BenchmarkRateInput = {
  /** The day it was announced (default: the effective day; not after it; the LPR: the effective day). */
  announcedOn?: string | null | undefined;
  /** First day it applies; an LPR takes effect on its announcement day (the 20th, or the next business day when the 20th is a weekend). An existing entry of the same kind and day is corrected. */
  effectiveFrom: string;
  /** Which benchmark rate. */
  kind: BenchmarkKind;
  /** Remark, at most 200 characters. */
  note?: string | null | undefined;
  /** Percent p.a., from 0 to 36, at most 4 decimals (3.1 = 3.10 %). */
  rate: string;
};

/** A bonus rate: percentage points added while all conditions hold. */
export type BonusRateInput = {
  /** At least one; all hold. */
  conditions: Array<ConditionInput>;
  /** Its name, at most 100 characters. */
  name: string;
  /** Points added, above 0 and at most 5. */
  rate: string;
};

/** An unsaved product to calculate for (the wizard's review step): its subtype, terms and fees as productCreate takes them, checked as productCreate checks them (errors name `draft.terms…`, `draft.fees…`). */
export type CalculatorDraftInput = {
  /** Its fees. */
  fees?: Array<FeeInput>;
  /** Maximum amount. */
  maxAmount?: string | null | undefined;
  /** Minimum amount. */
  minAmount?: string | null | undefined;
  /** The product's subtype. */
  subtype: ProductSubtype;
  /** Its family terms. */
  terms: ProductTermsInput;
};

/** A credit card's instalment plans. */
export type CardInstalmentInput = {
  /** Smallest minimum payment. */
  minimumPaymentFloor: string;
  /** % of the balance, 1–100. */
  minimumPaymentRate: string;
  /** % of the amount per month, 0–2. */
  monthlyFeeRate: string;
  /** Among 3, 6, 9, 12, 18, 24, 36. */
  periods: Array<number>;
};

/** Credit card tier. */
export type CardTier =
  | 'CLASSIC'
  | 'DIAMOND'
  | 'GOLD'
  | 'PLATINUM';

/** Points multiplier for a category. */
export type CategoryMultiplierInput = {
  /** Spending category. */
  category: string;
  /** Above 0, at most 20. */
  multiplier: string;
};

/** Where a change request stands. */
export type ChangeRequestStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'PENDING'
  | 'REJECTED';

/** A channel a product is offered on. */
export type Channel =
  | 'ATM'
  | 'COUNTER'
  | 'MOBILE_BANKING'
  | 'ONLINE_BANKING'
  | 'PARTNER';

/** A channel and its publication window. */
export type ChannelPublicationInput = {
  /** The channel. */
  channel: Channel;
  /** First day shown. */
  publishFrom?: string | null | undefined;
  /** Last day shown. */
  publishTo?: string | null | undefined;
};

/** What is known of the customer, for the conditions of bonus rates; what is left out is unknown, and a condition about it does not hold. */
export type CircumstancesInput = {
  /** The customer's age in years. */
  age?: number | null | undefined;
  /** The balance the conditions see (default: the amount). */
  balance?: string | null | undefined;
  /** Codes of the bundles the customer holds. */
  bundleCodes?: Array<string>;
  /** Who. */
  customerType?: CustomerType | null | undefined;
  /** Deposits a month. */
  depositsAMonth?: number | null | undefined;
  /** Months since the account was opened (0: opening now). */
  monthsSinceOpening?: number | null | undefined;
  /** The money is new to the bank. */
  newMoney?: boolean;
  /** The day described (default: the deposit's start). */
  on?: string | null | undefined;
  /** The salary is paid into the bank (as the condition asks). */
  payrollDeposit?: boolean;
  /** Card spending a year. */
  spendAYear?: string | null | undefined;
  /** Transactions a month. */
  transactionsAMonth?: number | null | undefined;
  /** Card transactions a year. */
  transactionsAYear?: number | null | undefined;
};

/** Enterprise size class. */
export type CompanySize =
  | 'LARGE'
  | 'MEDIUM'
  | 'MICRO'
  | 'SMALL';

/** Which competitor rates to list; all criteria are combined. */
export type CompetitorRateFilter = {
  /** Competitor name contains this text. */
  competitor?: string | null | undefined;
  /** Of this family. */
  family?: ProductFamily | null | undefined;
  /** Of this subtype. */
  subtype?: ProductSubtype | null | undefined;
};

/** A competitor's published rate. */
export type CompetitorRateInput = {
  /** The competing bank, 1–100 characters. */
  competitor: string;
  /** Product family. */
  family: ProductFamily;
  /** When it was seen published (not later than today). */
  observedOn: string;
  /** Rate in percent a year, 0–100, 4 decimals. */
  rate: string;
  /** Where it was seen, at most 200 characters. */
  source?: string | null | undefined;
  /** Subtype, of that family. */
  subtype: ProductSubtype;
  /** Term in months, 1–600 (null when not term-specific). */
  termMonths?: number | null | undefined;
};

/** Changes to a competitor rate; only the fields given change. */
export type CompetitorRateUpdateInput = {
  /** New competitor. */
  competitor?: string | null | undefined;
  /** New family. */
  family?: ProductFamily | null | undefined;
  /** New observation date. */
  observedOn?: string | null | undefined;
  /** New rate. */
  rate?: string | null | undefined;
  /** New source. */
  source?: string | null | undefined;
  /** New subtype. */
  subtype?: ProductSubtype | null | undefined;
  /** New term; null clears it. */
  termMonths?: number | null | undefined;
};

/** How often posted interest joins the principal (NONE: simple interest). */
export type Compounding =
  | 'ANNUALLY'
  | 'MONTHLY'
  | 'NONE'
  | 'QUARTERLY';

/** A typed condition; give exactly the fields of its type. */
export type ConditionInput = {
  /** AGE_BAND: highest age. */
  ageMax?: number | null | undefined;
  /** AGE_BAND: lowest age. */
  ageMin?: number | null | undefined;
  /** MIN_BALANCE, NEW_MONEY, MIN_SPEND_A_YEAR; PAYROLL_DEPOSIT (optional). */
  amount?: string | null | undefined;
  /** BUNDLE_MEMBER. */
  bundleCode?: string | null | undefined;
  /** MIN_DEPOSITS_A_MONTH, MIN_TRANSACTIONS_A_MONTH / _A_YEAR. */
  count?: number | null | undefined;
  /** CUSTOMER_TYPE. */
  customerTypes?: Array<CustomerType> | null | undefined;
  /** INTRODUCTORY: until this day (or months). */
  endsOn?: string | null | undefined;
  /** INTRODUCTORY: first months after opening (or endsOn). */
  months?: number | null | undefined;
  /** What must hold. */
  type: ConditionType;
};

/** A typed condition of a bonus rate or a fee waiver. */
export type ConditionType =
  | 'AGE_BAND'
  | 'BUNDLE_MEMBER'
  | 'CUSTOMER_TYPE'
  | 'INTRODUCTORY'
  | 'MIN_BALANCE'
  | 'MIN_DEPOSITS_A_MONTH'
  | 'MIN_SPEND_A_YEAR'
  | 'MIN_TRANSACTIONS_A_MONTH'
  | 'MIN_TRANSACTIONS_A_YEAR'
  | 'NEW_MONEY'
  | 'PAYROLL_DEPOSIT';

/** Where marketing consent was given. */
export type ConsentChannel =
  | 'BRANCH'
  | 'HOTLINE'
  | 'MOBILE_BANKING'
  | 'ONLINE_BANKING';

/** Kind of known product cost. */
export type CostCategory =
  | 'CHANNEL'
  | 'MARKETING'
  | 'OPERATIONS'
  | 'OTHER'
  | 'RISK'
  | 'TECHNOLOGY';

/** Credit card terms. */
export type CreditCardTermsInput = {
  /** Annual fee. */
  annualFee: string;
  /** Typed waivers of the annual fee. */
  annualFeeWaivers?: Array<FeeWaiverInput>;
  /** Benefits. */
  benefits?: Array<string>;
  /** Minimum cash advance fee. */
  cashAdvanceFeeMin: string;
  /** Cash advance fee %. */
  cashAdvanceFeeRate: string;
  /** Bonus categories. */
  categoryMultipliers?: Array<CategoryMultiplierInput>;
  /** Highest limit. */
  creditLimitMax: string;
  /** Lowest limit. */
  creditLimitMin: string;
  /** Waiver wording that cannot be typed, at most 500 characters. */
  feeWaiverNote?: string;
  /**
   * Shape 1: the waiver as text.
   * @deprecated Use `annualFeeWaivers` / `feeWaiverNote`.
   */
  feeWaiverRule?: string | null | undefined;
  /** Instalment plans offered. */
  instalment?: CardInstalmentInput | null | undefined;
  /** 20–60 days. */
  interestFreeDaysMax: number;
  /** Annual rate %. */
  interestRate: string;
  /** Required for CO_BRANDED. */
  partnerBrand?: string | null | undefined;
  /** Points per ¥1. */
  pointsPerYuan: string;
  /** Tier. */
  tier: CardTier;
};

/** Which reads of customer data to list; all criteria combine. */
export type CustomerAccessFilter = {
  /** Part of the username. */
  actorName?: string | null | undefined;
  /** Global ID of one customer. */
  customerId?: string | number | null | undefined;
  /** Exact customer number of one customer. */
  customerNo?: string | null | undefined;
  /** Kinds of read. */
  kinds?: Array<AccessKind> | null | undefined;
  /** Last read at or after this time. */
  seenAfter?: string | null | undefined;
  /** First read before this time. */
  seenBefore?: string | null | undefined;
};

/** Which customers to list; all criteria are combined. */
export type CustomerFilter = {
  /** Customer type. */
  customerType?: CustomerType | null | undefined;
  /** Exact ID number (matched by blind index); needs customer:read_pii and a reason, audited and limited per hour. */
  idNumber?: string | null | undefined;
  /** Exact mobile number (matched by blind index); needs customer:read_pii and a reason, audited and limited per hour. */
  phone?: string | null | undefined;
  /** Province. */
  province?: string | null | undefined;
  /** Why you search by phone or ID number (required with either; audited). */
  reason?: string | null | undefined;
  /** Risk tolerance. */
  riskTolerance?: RiskTolerance | null | undefined;
  /** Members of this segment. */
  segmentId?: string | number | null | undefined;
  /** Part of the name or customer number. */
  text?: string | null | undefined;
};

/** A file to import. Columns (CSV header or JSON keys): CUSTOMERS — external_id, customer_no, name, customer_type, id_type, id_number, phone, gender, birth_date, email, occupation, annual_income, province, city, branch, company_name, industry, company_size, marketing_consent, consent_date, consent_channel, kyc_status (no risk_tolerance or risk_assessed_on: only the risk assessment questionnaire sets a risk tolerance, so a file with either column is refused and new customers start unassessed); HOLDINGS — external_id, customer_external_id, product_code, opened_on, status, principal, balance, currency (blank = the product's currency; a new holding must be of a product on sale, opened inside its sales window, in its currency, within its minimum and maximum amount and the quota left, which it takes), rate_at_opening, maturity_date, outstanding, days_past_due, classification, credit_limit, card_number; TRANSACTIONS — external_id, customer_external_id, holding_external_id, product_code, channel, type, amount, currency, occurred_at (ISO 8601; without offset = Beijing time), counterparty_country, merchant_category. */
export type CustomerImportInput = {
  /** The file, base64-encoded, at most 20 MB. */
  contentBase64: string;
  /** Original file name (for the audit trail). */
  filename?: string;
  /** CSV (UTF-8, header row) or JSONL. */
  format: ImportFormat;
  /** What the file holds. */
  kind: ImportKind;
  /** What to do with invalid rows. */
  mode?: ImportMode;
};

/** Individual or corporate customers. */
export type CustomerType =
  | 'CORPORATE'
  | 'INDIVIDUAL';

/** Day-count convention (ACT_360: 日利率 = 年利率 / 360). */
export type DayCount =
  | 'ACT_360'
  | 'ACT_365'
  | 'THIRTY_360';

/** How a deposit's interest is counted and posted. */
export type DepositInterestInput = {
  /** NONE or the posting frequency. */
  compounding?: Compounding;
  /** Day-count convention. */
  dayCount: DayCount;
  /** When interest is posted. */
  posting: InterestPayment;
};

/** One rate of a shape-1 deposit rate table. */
export type DepositRateTierInput = {
  /** Tier start amount. */
  minAmount: string;
  /** Annual rate %, 4 decimals, 0–36. */
  rate: string;
  /** Term; null for demand. */
  termMonths?: number | null | undefined;
};

/** The terms a deposit offers. */
export type DepositTermRangeInput = {
  /** Longest term. */
  max: number;
  /** Shortest term (a multiple of `multiple`). */
  min: number;
  /** Terms are multiples of this. */
  multiple: number;
  /** MONTH, or DAY (notice deposits). */
  unit: TermUnit;
};

/** Deposit terms: give `interest`, `term` (not for demand) and `rateTiers`; the deprecated shape-1 fields (`termsMonths`, `rateTable`, `interestPayment`) are still read. */
export type DepositTermsInput = {
  /** Renews at maturity. */
  autoRenewal: boolean;
  /** Conditional bonus rates. */
  bonusRates?: Array<BonusRateInput>;
  /** Rate on early withdrawal. */
  earlyWithdrawalRate: string;
  /** Interest mechanics. */
  interest?: DepositInterestInput | null | undefined;
  /**
   * Shape 1.
   * @deprecated Use `interest.posting`.
   */
  interestPayment?: InterestPayment | null | undefined;
  /** 起存金额; ≥ 200,000 for LARGE_CD. */
  minimumDeposit: string;
  /**
   * Shape 1.
   * @deprecated Use `rateTiers`.
   */
  rateTable?: Array<DepositRateTierInput> | null | undefined;
  /** Rate grid: term band × amount band; amount bands run on without gap from at most the minimum deposit, the last open-ended. */
  rateTiers?: Array<RateTierInput> | null | undefined;
  /** Terms offered; null for demand deposits. */
  term?: DepositTermRangeInput | null | undefined;
  /**
   * Shape 1.
   * @deprecated Use `term` and `rateTiers`.
   */
  termsMonths?: Array<number> | null | undefined;
  /** Whole balance or per band. */
  tierApplication?: TierApplication;
};

/** What a product document is. */
export type DocumentKind =
  | 'BROCHURE'
  | 'CONTRACT_TEMPLATE'
  | 'OTHER'
  | 'PROSPECTUS'
  | 'RISK_DISCLOSURE';

/** Who may buy the product. */
export type EligibilityInput = {
  /** At least one. */
  customerTypes: Array<CustomerType>;
  /** Maximum age. */
  maxAge?: number | null | undefined;
  /** Minimum age. */
  minAge?: number | null | undefined;
  /** Minimum annual income. */
  minAnnualIncome?: string | null | undefined;
  /** At least one. */
  residency: Array<Residency>;
};

/** Why an operation was refused: generic codes (INVALID, REQUIRED, NOT_FOUND, CONFLICT, DUPLICATE, FORBIDDEN...) and each domain's specific ones. */
export type ErrorCode =
  | 'ACCOUNT_INACTIVE'
  | 'ACCOUNT_LOCKED'
  | 'ALERT_ALREADY_RESOLVED'
  | 'ALERT_NOT_OPEN'
  | 'AMOUNT_ABOVE_MAXIMUM'
  | 'AMOUNT_BELOW_MINIMUM'
  | 'API_KEY_REVOKED'
  | 'ASSESSMENT_DATE_IN_FUTURE'
  | 'ASSIGNEE_CANNOT_MANAGE_ALERTS'
  | 'AUTO_ACTION_NEEDS_CRITICAL_LEVEL'
  | 'BENCHMARK_RATE_MISSING'
  | 'CHANGE_REQUEST_CLOSED'
  | 'CLASSIFICATION_BELOW_FLOOR'
  | 'CLASSIFICATION_UNCHANGED'
  | 'CLUSTER_NOT_SEPARABLE'
  | 'CLUSTER_TOO_FEW_CUSTOMERS'
  | 'CONFLICT'
  | 'CURRENCY_MISMATCH'
  | 'DUPLICATE'
  | 'EFFECTIVE_DATE_IN_PAST'
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE_NOT_ALLOWED'
  | 'FORBIDDEN'
  | 'FX_RATE_MISSING'
  | 'HOLDING_NOT_A_LOAN'
  | 'IMPORT_BATCH_TOO_LARGE'
  | 'IMPORT_FILE_TOO_LARGE'
  | 'IMPORT_FILE_UNREADABLE'
  | 'INVALID'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_TRANSITION'
  | 'LOGIN_THROTTLED'
  | 'METHOD_NOT_ALLOWED'
  | 'METRIC_DATE_IN_FUTURE'
  | 'METRIC_ONLY_FOR_LOANS'
  | 'METRIC_VALUE_OUT_OF_RANGE'
  | 'NOT_FOUND'
  | 'NO_DATA_LEVEL_NOT_DAYS'
  | 'OBSERVED_DATE_IN_FUTURE'
  | 'OUTSIDE_SALES_WINDOW'
  | 'PASSWORD_TOO_COMMON'
  | 'PASSWORD_TOO_SHORT'
  | 'PII_REVEAL_REASON_REQUIRED'
  | 'PII_SEARCH_LIMIT_REACHED'
  | 'PII_SEARCH_REASON_REQUIRED'
  | 'PRODUCT_NOT_EDITABLE'
  | 'PRODUCT_NOT_ON_SALE'
  | 'QUOTA_EXHAUSTED'
  | 'REQUIRED'
  | 'RESUME_NEEDS_RISK_OFFICER'
  | 'RISK_TOLERANCE_NOT_IMPORTABLE'
  | 'RISK_TOLERANCE_RAISE_REFUSED'
  | 'ROLE_GRANT_CLOSED'
  | 'ROLE_GRANT_PENDING'
  | 'ROLE_GRANT_STALE'
  | 'RULE_CHANGE_PENDING'
  | 'RULE_HAS_ALERTS'
  | 'RULE_LEVELS_OUT_OF_ORDER'
  | 'RULE_STILL_ENABLED'
  | 'SAME_MAKER_CHECKER'
  | 'SEGMENT_BUILT_IN'
  | 'SEGMENT_IS_CLUSTER'
  | 'SEGMENT_RULE_INVALID'
  | 'SELF_LOCKOUT'
  | 'SELF_ROLE_CHANGE'
  | 'STORAGE_FULL'
  | 'SUBTYPE_NOT_IN_FAMILY'
  | 'SURVEY_NOT_DRAFT'
  | 'SURVEY_NOT_OPEN'
  | 'SURVEY_STATUS_TRANSITION'
  | 'SUSPENDING_ALERT_OPEN'
  | 'TERM_NOT_OFFERED'
  | 'WRONG_FAMILY';

/** File format of an export. */
export type ExportFormat =
  | 'CSV'
  | 'XLSX';

/** FIXED amount or RATE (percentage). */
export type FeeBasis =
  | 'FIXED'
  | 'RATE';

/** What a percentage fee is charged on. */
export type FeeChargeBase =
  | 'BALANCE'
  | 'DISBURSED_AMOUNT'
  | 'INSTALMENT_AMOUNT'
  | 'INTEREST'
  | 'NAV'
  | 'OUTSTANDING_PRINCIPAL'
  | 'OVERDUE_AMOUNT'
  | 'TRANSACTION_AMOUNT';

/** How often a fee is charged. */
export type FeeFrequency =
  | 'ANNUAL'
  | 'MONTHLY'
  | 'ONE_TIME'
  | 'PER_TRANSACTION'
  | 'QUARTERLY';

/** A typed fee. */
export type FeeInput = {
  /** Fixed amount. */
  amount?: string | null | undefined;
  /** FIXED (give amount) or RATE (give rate). */
  basis: FeeBasis;
  /** Most charged per capPeriod. */
  cap?: string | null | undefined;
  /** Period of the cap (required with a cap). */
  capPeriod?: FeeFrequency | null | undefined;
  /** What the rate is charged on (RATE); by default the usual base of the fee type: a transaction's amount, NAV for management and custody, the disbursed amount for arrangement and instalment fees, the overdue amount for late payment. */
  chargedOn?: FeeChargeBase | null | undefined;
  /** ISO 4217; null: the product's currency. */
  currency?: string | null | undefined;
  /** How often. */
  frequency: FeeFrequency;
  /** Maximum per charge. */
  maxAmount?: string | null | undefined;
  /** Minimum per charge. */
  minAmount?: string | null | undefined;
  /** Anything else, at most 500 characters. */
  note?: string;
  /** Percentage, 0–36. */
  rate?: string | null | undefined;
  /** What it is charged for. */
  type: FeeType;
  /** Typed waivers. */
  waivers?: Array<FeeWaiverInput>;
};

/** What a fee is charged for. */
export type FeeType =
  | 'ACCOUNT'
  | 'ANNUAL'
  | 'ARRANGEMENT'
  | 'CASH_ADVANCE'
  | 'CUSTODY'
  | 'EARLY_REPAYMENT'
  | 'INSTALMENT'
  | 'LATE_PAYMENT'
  | 'MANAGEMENT'
  | 'OTHER'
  | 'REDEMPTION'
  | 'SUBSCRIPTION'
  | 'TRANSFER';

/** A fee waiver: the share waived while all conditions hold. */
export type FeeWaiverInput = {
  /** At least one; all hold. */
  conditions: Array<ConditionInput>;
  /** Its name, at most 100 characters. */
  name: string;
  /** Percent waived, above 0 and at most 100 (default 100). */
  share?: string | null | undefined;
};

/** Which feedback to list; all criteria are combined. */
export type FeedbackFilter = {
  /** From this customer. */
  customerId?: string | number | null | undefined;
  /** Received on or after this business day. */
  from?: string | null | undefined;
  /** Rating at most. */
  maxRating?: number | null | undefined;
  /** Rating at least. */
  minRating?: number | null | undefined;
  /** About this product. */
  productId?: string | number | null | undefined;
  /** From this source. */
  source?: FeedbackSource | null | undefined;
  /** Received on or before this business day. */
  to?: string | null | undefined;
};

/** Where feedback came from. */
export type FeedbackSource =
  | 'APP'
  | 'BRANCH'
  | 'HOTLINE'
  | 'SURVEY';

/** When a loan's first payment falls. */
export type FirstPayment =
  | 'FIXED_DAY'
  | 'ONE_PERIOD_AFTER_DRAWDOWN';

/** COUNT of holdings opened per month, or AMOUNT (sum of their principal). */
export type ForecastMetric =
  | 'AMOUNT'
  | 'COUNT';

/** An exchange rate of a currency from a date. */
export type FxRateInput = {
  /** ISO 4217 currency code (not CNY), e.g. USD. */
  currency: string;
  /** First day it applies; an existing entry of the same currency and day is corrected. */
  effectiveFrom: string;
  /** CNY per unit, above 0 and at most 1,000,000, at most 6 decimals. */
  rate: string;
};

/** FX terms. */
export type FxTermsInput = {
  /** e.g. USD/CNY. */
  currencyPairs: Array<string>;
  /** Structured deposit pair. */
  linkedPair?: string | null | undefined;
  /** Minimum per trade. */
  minimumAmount: string;
  /** Option premium %. */
  premiumRate?: string | null | undefined;
  /** Structured deposit. */
  principalProtected?: boolean | null | undefined;
  /** 0–1000. */
  spreadBps: number;
  /** Option tenors, e.g. 1M. */
  tenors?: Array<string>;
  /** HH:MM-HH:MM. */
  tradingHours: string;
  /** Structured deposit %. */
  yieldMax?: string | null | undefined;
  /** Structured deposit %. */
  yieldMin?: string | null | undefined;
};

/** Gender. */
export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'UNKNOWN';

/** State of a holding. */
export type HoldingStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'MATURED';

/** Identity document type. */
export type IdType =
  | 'BUSINESS_LICENSE'
  | 'HK_MACAO_PERMIT'
  | 'ID_CARD'
  | 'PASSPORT'
  | 'TAIWAN_PERMIT';

/** Import file format. */
export type ImportFormat =
  | 'CSV'
  | 'JSONL';

/** What an import file contains. */
export type ImportKind =
  | 'CUSTOMERS'
  | 'HOLDINGS'
  | 'TRANSACTIONS';

/** What to do with invalid rows. */
export type ImportMode =
  | 'ALL_OR_NOTHING'
  | 'SKIP_INVALID';

/** When deposit interest is paid. */
export type InterestPayment =
  | 'ANNUALLY'
  | 'AT_MATURITY'
  | 'MONTHLY'
  | 'QUARTERLY';

/** KYC verification status. */
export type KycStatus =
  | 'EXPIRED'
  | 'PENDING'
  | 'REJECTED'
  | 'VERIFIED';

/** Five-tier loan classification (正常/关注/次级/可疑/损失). */
export type LoanClassification =
  | 'DOUBTFUL'
  | 'LOSS'
  | 'NORMAL'
  | 'SPECIAL_MENTION'
  | 'SUBSTANDARD';

/** How a loan's interest is counted and repaid. */
export type LoanInterestInput = {
  /** Day-count convention. */
  dayCount: DayCount;
  /** When the first payment falls. */
  firstPayment?: FirstPayment;
  /** Day of the month 1–28 (FIXED_DAY only). */
  paymentDay?: number | null | undefined;
  /** How often repaid. */
  repaymentFrequency?: RepaymentFrequency;
};

/** FIXED rate or linked to the LPR. */
export type LoanRateType =
  | 'FIXED'
  | 'LPR';

/** Loan terms: give `rateTiers` (fixed rates, or spreads over the LPR) and `interest`; the deprecated `fixedRate` / `spreadBps` are still read as one tier. */
export type LoanTermsInput = {
  /** Between min and max. */
  amountDefault: string;
  /** Largest loan. */
  amountMax: string;
  /** Smallest loan. */
  amountMin: string;
  /** Secured loan. */
  collateralRequired: boolean;
  /**
   * Shape 1 (FIXED).
   * @deprecated Use `rateTiers`.
   */
  fixedRate?: string | null | undefined;
  /** 0–90. */
  gracePeriodDays: number;
  /** Interest mechanics. */
  interest?: LoanInterestInput | null | undefined;
  /** For LPR. */
  lprTenor?: LprTenor | null | undefined;
  /** Required when secured. */
  maxLtv?: string | null | undefined;
  /** Overdue annual rate %. */
  penaltyRate: string;
  /** Rate grid: amount × term × LTV bands; cells never overlap, amount bands cover min–max and terms min–max. */
  rateTiers?: Array<RateTierInput> | null | undefined;
  /** FIXED or LPR. */
  rateType: LoanRateType;
  /** At least one. */
  repaymentMethods: Array<RepaymentMethod>;
  /** For LPR: when the loan takes a new LPR. */
  repricing?: Repricing | null | undefined;
  /**
   * Shape 1 (LPR).
   * @deprecated Use `rateTiers`.
   */
  spreadBps?: number | null | undefined;
  /** Between min and max. */
  termMonthsDefault: number;
  /** 1–360. */
  termMonthsMax: number;
  /** 1–360. */
  termMonthsMin: number;
};

/** The Loan Prime Rate a floating loan follows. */
export type LprTenor =
  | 'FIVE_YEAR'
  | 'ONE_YEAR';

/** The market total of a family in a month. */
export type MarketTotalInput = {
  /** Market balance in CNY, ≥ 0, 2 decimals. */
  amount: string;
  /** The product family. */
  family: ProductFamily;
  /** First day of the month; an existing entry for the family and month is corrected. */
  month: string;
  /** Where the figure comes from, at most 200 characters. */
  source?: string | null | undefined;
};

/** Precious metal. */
export type Metal =
  | 'GOLD'
  | 'PLATINUM'
  | 'SILVER';

/** Unit of precious-metal quantities. */
export type MetalUnit =
  | 'GRAM'
  | 'OUNCE';

/** Changes to a need rule; only the fields given change. */
export type NeedRuleUpdateInput = {
  /** New condition. */
  condition?: unknown;
  /** Description. */
  description?: string | null | undefined;
  /** Enable or disable. */
  enabled?: boolean | null | undefined;
  /** Name. */
  name?: string | null | undefined;
  /** Families that meet the need. */
  suggestFamilies?: Array<ProductFamily> | null | undefined;
  /** Subtypes that meet the need. */
  suggestSubtypes?: Array<ProductSubtype> | null | undefined;
};

/** Public or private offering. */
export type Offering =
  | 'PRIVATE'
  | 'PUBLIC';

/** Sort direction. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** Personal data a caller may reveal. */
export type PiiField =
  | 'CARD_NUMBER'
  | 'ID_NUMBER'
  | 'PHONE';

/** Precious-metal terms. */
export type PreciousMetalTermsInput = {
  /** 1–20; 1 unless futures or options. */
  leverage: string;
  /** Metal. */
  metal: Metal;
  /** Minimum trade. */
  minimumTradeUnits: string;
  /** Physical delivery. */
  physicalDelivery: boolean;
  /** 90–99.999 %. */
  purity: string;
  /** Spread per unit. */
  spread: string;
  /** Unit. */
  unit: MetalUnit;
};

/** An extra principal payment made with one instalment. */
export type PrepaymentInput = {
  /** The period whose instalment the prepayment is paid with (1 to the term's periods − 1). */
  afterPeriod: number;
  /** Extra principal, in whole cents. */
  amount: string;
  /** SHORTEN_TERM keeps the instalment; REDUCE_INSTALMENT keeps the term. */
  mode: PrepaymentMode;
};

/** What an extra principal payment changes. */
export type PrepaymentMode =
  | 'REDUCE_INSTALMENT'
  | 'SHORTEN_TERM';

/** A change request for an approved, on-sale or suspended product. */
export type ProductChangeRequestInput = {
  /** Field changes. */
  changes?: ProductUpdateInput | null | undefined;
  /** Today or later; when new terms apply. */
  effectiveDate: string;
  /** The product version you looked at. */
  expectedVersion: number;
  /** The product. */
  productId: string | number;
  /** Why. */
  reason: string;
  /** New terms. */
  terms?: ProductTermsInput | null | undefined;
};

/** Which cost entries to list; all criteria are combined. */
export type ProductCostFilter = {
  /** Of this kind. */
  category?: CostCategory | null | undefined;
  /** Months from this one (first day) on. */
  monthFrom?: string | null | undefined;
  /** Months up to this one (first day). */
  monthTo?: string | null | undefined;
  /** Of this product. */
  productId?: string | number | null | undefined;
};

/** A known cost of a product in a month. */
export type ProductCostInput = {
  /** Amount in the product's currency, ≥ 0, at most 2 decimals. */
  amount: string;
  /** Kind of cost; one entry per product, month and category. */
  category: CostCategory;
  /** First day of the month, e.g. 2026-05-01. */
  month: string;
  /** Note, at most 500 characters. */
  note?: string | null | undefined;
  /** The product. */
  productId: string | number;
};

/** Changes to a cost entry; only the fields given change. */
export type ProductCostUpdateInput = {
  /** New amount. */
  amount?: string | null | undefined;
  /** New category. */
  category?: CostCategory | null | undefined;
  /** New month. */
  month?: string | null | undefined;
  /** New note. */
  note?: string | null | undefined;
};

/** A new product (created as DRAFT). */
export type ProductCreateInput = {
  /** At least one channel. */
  channels: Array<ChannelPublicationInput>;
  /** Unique code, 3–40 of A-Z, 0-9, '-'. */
  code: string;
  /** ISO 4217 code. */
  currency?: string;
  /** Markdown. */
  description?: string;
  /** Eligibility. */
  eligibility: EligibilityInput;
  /** Family. */
  family: ProductFamily;
  /** Fees. */
  fees?: Array<FeeInput>;
  /** Selling points. */
  highlights?: Array<string>;
  /** Maximum per purchase. */
  maxAmount?: string | null | undefined;
  /** Minimum per purchase. */
  minAmount?: string | null | undefined;
  /** English name. */
  nameEn: string;
  /** Chinese name. */
  nameZh: string;
  /** Quota; null = unlimited. */
  quotaTotal?: string | null | undefined;
  /** R1–R5. */
  riskLevel: RiskLevel;
  /** Sales window end. */
  salesEnd?: string | null | undefined;
  /** Sales window start. */
  salesStart?: string | null | undefined;
  /** Subtype of that family. */
  subtype: ProductSubtype;
  /** Tags. */
  tags?: Array<string>;
  /** Target customers. */
  targetCustomers?: string;
  /** Family terms. */
  terms: ProductTermsInput;
};

/** A document to attach to a product. */
export type ProductDocumentUploadInput = {
  /** The file, base64-encoded; at most 10 MB. */
  contentBase64: string;
  /** File name with extension (pdf, docx, xlsx, png, jpg, md). */
  filename: string;
  /** What it is. */
  kind: DocumentKind;
  /** The product. */
  productId: string | number;
  /** Why, for the change request a customer-facing document on a live product needs (a default names the document). */
  reason?: string | null | undefined;
  /** Title; same kind and title make a new version. */
  title: string;
};

/** The six product families. */
export type ProductFamily =
  | 'CREDIT_CARD'
  | 'DEPOSIT'
  | 'FX'
  | 'LOAN'
  | 'PRECIOUS_METAL'
  | 'WEALTH';

/** Which products to list; all criteria are combined. */
export type ProductFilter = {
  /** Offered on this channel. */
  channel?: Channel | null | undefined;
  /** Currency. */
  currency?: string | null | undefined;
  /** Families. */
  families?: Array<ProductFamily> | null | undefined;
  /** On sale on this date. */
  onSaleAt?: string | null | undefined;
  /** Owned by this user. */
  ownerId?: string | number | null | undefined;
  /** Headline rate at most. */
  rateMax?: string | null | undefined;
  /** Headline rate at least. */
  rateMin?: string | null | undefined;
  /** Risk levels. */
  riskLevels?: Array<RiskLevel> | null | undefined;
  /** Statuses. */
  statuses?: Array<ProductStatus> | null | undefined;
  /** Subtypes. */
  subtypes?: Array<ProductSubtype> | null | undefined;
  /** Part of the code or a name. */
  text?: string | null | undefined;
};

/** A product health metric per business day: TX_COUNT / TX_AMOUNT (transactions), BALANCE (AUM or loans outstanding), NEW_SALES_COUNT / NEW_SALES_AMOUNT (holdings opened), AVG_RATE (balance-weighted rate, % a year), NPL_RATIO ((substandard + doubtful + loss) / outstanding, %), OVERDUE_RATIO (%), COMPLAINT_COUNT, SATISFACTION (average 1–5 rating over 90 days). */
export type ProductMetric =
  | 'AVG_RATE'
  | 'BALANCE'
  | 'COMPLAINT_COUNT'
  | 'NEW_SALES_AMOUNT'
  | 'NEW_SALES_COUNT'
  | 'NPL_RATIO'
  | 'OVERDUE_RATIO'
  | 'SATISFACTION'
  | 'TX_AMOUNT'
  | 'TX_COUNT';

/** Sort order of products. */
export type ProductOrder = {
  /** Direction. */
  direction?: OrderDirection;
  /** Field to sort by. */
  field: ProductOrderField;
};

/** Fields products can be sorted by. */
export type ProductOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'HEADLINE_RATE'
  | 'NAME'
  | 'RISK_LEVEL'
  | 'UPDATED_AT';

/** Lifecycle status: DRAFT → PENDING_REVIEW → APPROVED → ON_SALE ⇄ SUSPENDED → OFFLINE → RETIRED. */
export type ProductStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'OFFLINE'
  | 'ON_SALE'
  | 'PENDING_REVIEW'
  | 'RETIRED'
  | 'SUSPENDED';

/** The kind of product within its family. */
export type ProductSubtype =
  | 'AUTO'
  | 'BOND'
  | 'CONSUMER'
  | 'CO_BRANDED'
  | 'DEMAND'
  | 'EQUITY'
  | 'FIXED_ASSET'
  | 'GOLD_FUTURES'
  | 'GOLD_OPTION'
  | 'LARGE_CD'
  | 'MIXED'
  | 'MONEY_MARKET'
  | 'MORTGAGE'
  | 'NOTICE'
  | 'OPTION'
  | 'PAPER_GOLD'
  | 'PHYSICAL_GOLD'
  | 'PREMIUM'
  | 'SPOT'
  | 'STANDARD'
  | 'STRUCTURED_DEPOSIT'
  | 'TIME'
  | 'WORKING_CAPITAL';

/** Family terms: exactly one member, matching the product's family. */
export type ProductTermsInput =
  {   /** CREDIT_CARD terms. */
  creditCard: CreditCardTermsInput; deposit?: never; fx?: never; loan?: never; preciousMetal?: never; wealth?: never; }
  |  { creditCard?: never;   /** DEPOSIT terms. */
  deposit: DepositTermsInput; fx?: never; loan?: never; preciousMetal?: never; wealth?: never; }
  |  { creditCard?: never; deposit?: never;   /** FX terms. */
  fx: FxTermsInput; loan?: never; preciousMetal?: never; wealth?: never; }
  |  { creditCard?: never; deposit?: never; fx?: never;   /** LOAN terms. */
  loan: LoanTermsInput; preciousMetal?: never; wealth?: never; }
  |  { creditCard?: never; deposit?: never; fx?: never; loan?: never;   /** PRECIOUS_METAL terms. */
  preciousMetal: PreciousMetalTermsInput; wealth?: never; }
  |  { creditCard?: never; deposit?: never; fx?: never; loan?: never; preciousMetal?: never;   /** WEALTH terms. */
  wealth: WealthTermsInput; };

/** Changes to a product; only the fields given change. */
export type ProductUpdateInput = {
  /** Channels. */
  channels?: Array<ChannelPublicationInput> | null | undefined;
  /** Currency. */
  currency?: string | null | undefined;
  /** Markdown. */
  description?: string | null | undefined;
  /** Eligibility. */
  eligibility?: EligibilityInput | null | undefined;
  /** Fees. */
  fees?: Array<FeeInput> | null | undefined;
  /** Selling points. */
  highlights?: Array<string> | null | undefined;
  /** Maximum amount. */
  maxAmount?: string | null | undefined;
  /** Minimum amount. */
  minAmount?: string | null | undefined;
  /** English name. */
  nameEn?: string | null | undefined;
  /** Chinese name. */
  nameZh?: string | null | undefined;
  /** Quota. */
  quotaTotal?: string | null | undefined;
  /** Risk level. */
  riskLevel?: RiskLevel | null | undefined;
  /** Sales window end. */
  salesEnd?: string | null | undefined;
  /** Sales window start. */
  salesStart?: string | null | undefined;
  /** Subtype (needs terms). */
  subtype?: ProductSubtype | null | undefined;
  /** Tags. */
  tags?: Array<string> | null | undefined;
  /** Target customers. */
  targetCustomers?: string | null | undefined;
  /** New terms. */
  terms?: ProductTermsInput | null | undefined;
};

/** A band of a rate tier: [lower, upper); lower = upper is one value. */
export type RateBandInput = {
  /** Lower bound, inclusive. */
  lower: string;
  /** What the band is measured in. */
  unit: TierUnit;
  /** Upper bound, exclusive; null: none. */
  upper?: string | null | undefined;
};

/** One cell of a rate grid. */
export type RateTierInput = {
  /** Where it applies; at most one band per unit. */
  bands?: Array<RateBandInput>;
  /** Annual rate %, 0–36 (deposits, fixed-rate loans). */
  rate?: string | null | undefined;
  /** Highest rate when priced individually. */
  rateMax?: string | null | undefined;
  /** Spread over the LPR, −300 to 1000 (LPR loans). */
  spreadBps?: number | null | undefined;
  /** Highest spread when priced individually. */
  spreadBpsMax?: number | null | undefined;
};

/** Why a product is recommended: NEED (meets a detected need), SEGMENT (suits the customer's segment), SUITABLE (risk level within a current tolerance), UNASSESSED (no current assessment: R1 only). */
export type RecommendationReasonCode =
  | 'NEED'
  | 'SEGMENT'
  | 'SUITABLE'
  | 'UNASSESSED';

/** How often a loan is repaid. */
export type RepaymentFrequency =
  | 'MONTHLY'
  | 'QUARTERLY';

/** How a loan is repaid (等额本息, 等额本金, bullet, interest-only). */
export type RepaymentMethod =
  | 'BULLET'
  | 'EQUAL_INSTALLMENT'
  | 'EQUAL_PRINCIPAL'
  | 'INTEREST_ONLY';

/** When an LPR-linked loan takes the LPR then in force: the next 1 January, the next anniversary of its drawdown, or the same day of every month (重定价日). */
export type Repricing =
  | 'ANNIVERSARY'
  | 'JANUARY_FIRST'
  | 'MONTHLY';

/** Resident or non-resident customers. */
export type Residency =
  | 'NON_RESIDENT'
  | 'RESIDENT';

/** Which live alert events to receive. */
export type RiskAlertFilter = {
  /** Families. */
  families?: Array<ProductFamily> | null | undefined;
  /** At least this. */
  minSeverity?: AlertSeverity | null | undefined;
  /** Products. */
  productIds?: Array<string | number> | null | undefined;
};

/** Product risk rating, R1 (lowest) to R5 (highest). */
export type RiskLevel =
  | 'R1'
  | 'R2'
  | 'R3'
  | 'R4'
  | 'R5';

/** A new risk rule. */
export type RiskRuleCreateInput = {
  /** Automatic action on CRITICAL. */
  autoAction?: AutoAction;
  /** Baseline for changes, days. */
  baselineDays?: number;
  /** Unique code, capitals, digits, underscores. */
  code: string;
  /** How to read the levels. */
  condition: RuleCondition;
  /** CRITICAL level. */
  criticalLevel?: string | null | undefined;
  /** What and why. */
  description?: string;
  /** Evaluate it. */
  enabled?: boolean;
  /** Scope FAMILY. */
  family?: ProductFamily | null | undefined;
  /** The metric to judge. */
  metric: ProductMetric;
  /** English name. */
  nameEn: string;
  /** Chinese name. */
  nameZh: string;
  /** Normal range high. */
  normalHigh?: string | null | undefined;
  /** Normal range low. */
  normalLow?: string | null | undefined;
  /** Owner (a user). */
  ownerId?: string | number | null | undefined;
  /** Scope PRODUCT. */
  productId?: string | number | null | undefined;
  /** Which products. */
  scope?: RuleScope;
  /** Level at which WARNING starts. */
  warningLevel: string;
  /** Observed window, days. */
  windowDays?: number;
};

/** Changes to a risk rule; omitted fields keep their value, and null clears normalLow, normalHigh or criticalLevel. */
export type RiskRuleUpdateInput = {
  /** Auto action. */
  autoAction?: AutoAction | null | undefined;
  /** Baseline, days. */
  baselineDays?: number | null | undefined;
  /** Unique code. */
  code?: string | null | undefined;
  /** Condition. */
  condition?: RuleCondition | null | undefined;
  /** CRITICAL level (null clears it). */
  criticalLevel?: string | null | undefined;
  /** What and why. */
  description?: string | null | undefined;
  /** Evaluate it. */
  enabled?: boolean | null | undefined;
  /** Scope FAMILY. */
  family?: ProductFamily | null | undefined;
  /** The metric. */
  metric?: ProductMetric | null | undefined;
  /** English name. */
  nameEn?: string | null | undefined;
  /** Chinese name. */
  nameZh?: string | null | undefined;
  /** Normal range high (null clears it). */
  normalHigh?: string | null | undefined;
  /** Normal range low (null clears it). */
  normalLow?: string | null | undefined;
  /** Scope PRODUCT. */
  productId?: string | number | null | undefined;
  /** Which products. */
  scope?: RuleScope | null | undefined;
  /** WARNING level. */
  warningLevel?: string | null | undefined;
  /** Window, days. */
  windowDays?: number | null | undefined;
};

/** Risk tolerance C1 (conservative) to C5 (aggressive). */
export type RiskTolerance =
  | 'C1'
  | 'C2'
  | 'C3'
  | 'C4'
  | 'C5';

/** A staff role granting a set of permissions. */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'AUDITOR'
  | 'MARKETING'
  | 'PRODUCT_MANAGER'
  | 'RISK_OFFICER'
  | 'SALES'
  | 'SERVICE_AGENT';

/** Where a role grant stands: PENDING, APPROVED, REJECTED. */
export type RoleGrantStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** A loosening rule change: PENDING its checker, APPROVED, REJECTED or WITHDRAWN. */
export type RuleChangeStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'WITHDRAWN';

/** ABOVE / BELOW compare the metric with the levels; CHANGE_VS_AVERAGE compares the percent change of the window's daily mean against the trailing baseline average; NO_DATA counts the days an on-sale product has had no data (levels in whole days). */
export type RuleCondition =
  | 'ABOVE'
  | 'BELOW'
  | 'CHANGE_VS_AVERAGE'
  | 'NO_DATA';

/** Why a rule change needs a second risk officer: DISABLED, LEVEL_LOOSENED (an ABOVE level raised, a BELOW level lowered), CRITICAL_LEVEL_REMOVED, NORMAL_RANGE_WIDENED, AUTO_ACTION_REMOVED (the automatic suspension), REDEFINED (metric, condition, scope, window or baseline changed). */
export type RuleLoosening =
  | 'AUTO_ACTION_REMOVED'
  | 'CRITICAL_LEVEL_REMOVED'
  | 'DISABLED'
  | 'LEVEL_LOOSENED'
  | 'NORMAL_RANGE_WIDENED'
  | 'REDEFINED';

/** Which products a rule watches: ALL, a FAMILY, a PRODUCT. */
export type RuleScope =
  | 'ALL'
  | 'FAMILY'
  | 'PRODUCT';

/** A new rule segment; its members are computed on creation. */
export type SegmentCreateInput = {
  /** Unique code, 2–40 of A-Z, 0-9, '_'. */
  code: string;
  /** What the segment is for. */
  description?: string;
  /** Name, 1–100 characters. */
  name: string;
  /** Rule tree (JSON): {"op": "AND"|"OR"|"NOT", "args": [...]} over leaves {"field", "cmp", "value"}; fields: age, annual_income, occupation, province, city, customer_type, gender, risk_tolerance, aum, holds_family, holds_subtype, holds_product (optional min_balance), tx_count, tx_amount, cross_border_count (window_days, optional channel, type, min_amount) and tx_months (months, optional type); cmp: EQ, NE, GT, GTE, LT, LTE, BETWEEN [low, high], IN [...]. */
  rule: unknown;
};

/** RULE: defined by a rule tree; CLUSTER: found in the data. */
export type SegmentKind =
  | 'CLUSTER'
  | 'RULE';

/** Changes to a segment; only the fields given change. */
export type SegmentUpdateInput = {
  /** Description. */
  description?: string | null | undefined;
  /** Name. */
  name?: string | null | undefined;
  /** New rule (recomputes the members); not for clusters. */
  rule?: unknown;
};

/** The rule that made a suggestion: NPL_RISING (loan NPL ratio up three month-ends running), USAGE_AND_SATISFACTION_FALLING (transactions down ≥ 30 % over 30 days and average rating down over 90 days), RATE_BELOW_COMPETITORS (a deposit rate below the competitors' average for the subtype and term), QUOTA_NEARLY_EXHAUSTED (≥ 90 % of the sales quota used), COSTS_EXCEED_REVENUE (last complete quarter), COMPLAINTS_RISING (≥ 5 complaints in 30 days and ≥ 50 % above the 30 days before). */
export type SuggestionCode =
  | 'COMPLAINTS_RISING'
  | 'COSTS_EXCEED_REVENUE'
  | 'NPL_RISING'
  | 'QUOTA_NEARLY_EXHAUSTED'
  | 'RATE_BELOW_COMPETITORS'
  | 'USAGE_AND_SATISFACTION_FALLING';

/** How urgent a suggestion is: INFO, WARNING or CRITICAL. */
export type SuggestionSeverity =
  | 'CRITICAL'
  | 'INFO'
  | 'WARNING';

/** Unit of a deposit's term. */
export type TermUnit =
  | 'DAY'
  | 'MONTH';

/** How amount-band rates apply: to the whole balance or per band. */
export type TierApplication =
  | 'PER_BAND'
  | 'WHOLE_BALANCE';

/** What a rate band is measured in. */
export type TierUnit =
  | 'AMOUNT'
  | 'LTV_PERCENT'
  | 'TERM_DAYS'
  | 'TERM_MONTHS';

/** Where a transaction happened. */
export type TransactionChannel =
  | 'ATM'
  | 'COUNTER'
  | 'MOBILE_BANKING'
  | 'ONLINE_BANKING'
  | 'POS'
  | 'THIRD_PARTY';

/** What a transaction did. */
export type TransactionType =
  | 'CARD_SPEND'
  | 'DEPOSIT'
  | 'FEE'
  | 'FX_EXCHANGE'
  | 'INTEREST'
  | 'LOAN_DISBURSEMENT'
  | 'PURCHASE'
  | 'REDEMPTION'
  | 'REPAYMENT'
  | 'SALARY'
  | 'TRANSFER_IN'
  | 'TRANSFER_OUT'
  | 'WITHDRAWAL';

/** An FTP rate of a currency from a date. */
export type TransferRateInput = {
  /** ISO 4217 currency code, e.g. CNY. */
  currency: string;
  /** First day it applies; an existing entry of the same currency and day is corrected. */
  effectiveFrom: string;
  /** Rate in percent a year, 0–100, 4 decimals. */
  rate: string;
};

/** A new user. */
export type UserCreateInput = {
  /** Branch or department. */
  branch?: string;
  /** Name shown in the console. */
  displayName: string;
  /** Initial password: at least 12 characters, not a common password. */
  password: string;
  /** At least one role. */
  roles: Array<Role>;
  /** 2–32 characters of a-z, 0-9, '_', '.', '-'. */
  username: string;
};

/** Which users to list. */
export type UserFilter = {
  /** Only active/inactive. */
  isActive?: boolean | null | undefined;
  /** Only users with this role. */
  role?: Role | null | undefined;
  /** Part of the username, display name or branch. */
  search?: string | null | undefined;
};

/** Sort order of users. */
export type UserOrder = {
  /** Sort direction. */
  direction?: OrderDirection;
  /** Field to sort by. */
  field: UserOrderField;
};

/** Fields users can be sorted by. */
export type UserOrderField =
  | 'CREATED_AT'
  | 'USERNAME';

/** Changes to a user; omitted fields stay as they are. */
export type UserUpdateInput = {
  /** New branch. */
  branch?: string | null | undefined;
  /** New display name. */
  displayName?: string | null | undefined;
  /** False to disable sign-in and end the user's sessions. */
  isActive?: boolean | null | undefined;
  /** New set of roles. */
  roles?: Array<Role> | null | undefined;
};

/** Wealth-management terms. */
export type WealthTermsInput = {
  /** Benchmark high end % (≥ low). */
  benchmarkMax: string;
  /** Benchmark low end %. */
  benchmarkMin: string;
  /** ≥ 24 for private offerings. */
  coolingOffHours: number;
  /** Custody fee %. */
  custodyFeeRate: string;
  /** Management fee %. */
  managementFeeRate: string;
  /** ≥ 1,000,000 for private offerings. */
  minimumInvestment: string;
  /** PUBLIC or PRIVATE. */
  offering: Offering;
  /** Open-ended. */
  openEnded: boolean;
  /** Subscription fee %. */
  subscriptionFeeRate: string;
  /** Closed-ended term, 1–3650. */
  termDays?: number | null | undefined;
};

export type AuditEventListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditEventListQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, sequence: number, occurredAt: string, actorType: ActorType, actorName: string, action: string, objectType: string | null, objectId: string | null, before: unknown, after: unknown, ipAddress: string | null, userAgent: string | null, outcome: AuditOutcome, correlationId: string, hash: string } }> } };

export type CustomerAccessListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CustomerAccessFilter | null | undefined;
}>;


export type CustomerAccessListQuery = { customerAccesses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, actorType: ActorType, actorName: string, customerId: string, customerNo: string, customerName: string, kind: AccessKind, through: string, hour: string, firstAt: string, lastAt: string, count: number } }> } };

export type RefusalCountListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  actorName?: string | null | undefined;
  since?: string | null | undefined;
}>;


export type RefusalCountListQuery = { refusalCounts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, actorType: ActorType, actorId: string | null, actorName: string, minute: string, firstAt: string, lastAt: string, count: number } }> } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { user: { id: string, username: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type UserCreateMutationVariables = Exact<{
  input: UserCreateInput;
}>;


export type UserCreateMutation = { userCreate: { user: { id: string, username: string, displayName: string } | null, roleGrant: { id: string, added: Array<Role> } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type UserUpdateMutationVariables = Exact<{
  id: string | number;
  input: UserUpdateInput;
}>;


export type UserUpdateMutation = { userUpdate: { user: { id: string, username: string, displayName: string, branch: string, roles: Array<Role>, isActive: boolean } | null, roleGrant: { id: string, added: Array<Role> } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type UserSetPasswordMutationVariables = Exact<{
  id: string | number;
  password: string;
}>;


export type UserSetPasswordMutation = { userSetPassword: { user: { id: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ApiKeyCreateMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type ApiKeyCreateMutation = { apiKeyCreate: { secret: string | null, apiKey: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope> } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ApiKeyRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiKeyRevokeMutation = { apiKeyRevoke: { apiKey: { id: string, name: string, isActive: boolean, revokedAt: string | null } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type UserUnlockMutationVariables = Exact<{
  id: string | number;
}>;


export type UserUnlockMutation = { userUnlock: { user: { id: string, lockedUntil: string | null } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type RoleGrantApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type RoleGrantApproveMutation = { roleGrantApprove: { roleGrant: { id: string, status: RoleGrantStatus } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type RoleGrantRejectMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RoleGrantRejectMutation = { roleGrantReject: { roleGrant: { id: string, status: RoleGrantStatus } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, branch: string, roles: Array<Role>, permissions: Array<string>, isActive: boolean, lastLoginAt: string | null } };

export type UserListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
  orderBy?: UserOrder | null | undefined;
}>;


export type UserListQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, username: string, displayName: string, branch: string, roles: Array<Role>, isActive: boolean, lastLoginAt: string | null, createdAt: string, lockedUntil: string | null } }> } };

export type RoleListQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleListQuery = { roles: Array<{ role: Role, permissions: Array<string> }> };

export type ApiKeyListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ApiKeyListQuery = { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, isActive: boolean, createdBy: { id: string, username: string, displayName: string } | null } }> } };

export type PendingRoleGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingRoleGrantsQuery = { roleGrants: { edges: Array<{ node: { id: string, roles: Array<Role>, added: Array<Role>, requestedAt: string, user: { id: string, username: string, displayName: string } | null, requestedBy: { id: string, username: string, displayName: string } | null } }> } };

export type CustomerPiiRevealMutationVariables = Exact<{
  id: string | number;
  reason: string;
  fields: Array<PiiField> | PiiField;
}>;


export type CustomerPiiRevealMutation = { customerPiiReveal: { idNumber: string | null, phone: string | null, cards: Array<{ holdingId: string, cardNumber: string }>, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type CustomerImportMutationVariables = Exact<{
  input: CustomerImportInput;
}>;


export type CustomerImportMutation = { customerImport: { result: { kind: ImportKind, total: number, inserted: number, updated: number, unchanged: number, failed: number, committed: boolean, errorReportCsv: string, errors: Array<{ row: number, field: string | null, code: string, message: string }> } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type SegmentCreateMutationVariables = Exact<{
  input: SegmentCreateInput;
}>;


export type SegmentCreateMutation = { segmentCreate: { segment: { id: string, code: string, name: string, description: string, kind: SegmentKind, rule: unknown, memberCount: number, refreshedAt: string | null, builtIn: boolean, version: number } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type SegmentUpdateMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: SegmentUpdateInput;
}>;


export type SegmentUpdateMutation = { segmentUpdate: { segment: { id: string, code: string, name: string, description: string, kind: SegmentKind, rule: unknown, memberCount: number, refreshedAt: string | null, builtIn: boolean, version: number } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type SegmentDeleteMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type SegmentDeleteMutation = { segmentDelete: { errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type SegmentRefreshMutationVariables = Exact<{
  id: string | number;
}>;


export type SegmentRefreshMutation = { segmentRefresh: { segment: { id: string, memberCount: number, refreshedAt: string | null } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type SegmentClusterRunMutationVariables = Exact<{
  k?: number | null | undefined;
}>;


export type SegmentClusterRunMutation = { segmentClusterRun: { k: number | null, silhouetteScore: number | null, segments: Array<{ id: string, code: string, name: string, memberCount: number, cluster: { index: number, descriptionZh: string, descriptionEn: string } | null }>, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type NeedRuleUpdateMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: NeedRuleUpdateInput;
}>;


export type NeedRuleUpdateMutation = { needRuleUpdate: { needRule: { id: string, code: string, name: string, description: string, condition: unknown, suggestFamilies: Array<ProductFamily>, suggestSubtypes: Array<ProductSubtype>, enabled: boolean, version: number, updatedAt: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type NeedsRefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type NeedsRefreshMutation = { needsRefresh: { summary: { population: number, rules: Array<{ customerCount: number }> } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type CustomerExportMutationVariables = Exact<{
  filter?: CustomerFilter | null | undefined;
  format?: ExportFormat | null | undefined;
}>;


export type CustomerExportMutation = { customerExport: { count: number, file: { filename: string, contentType: string, contentBase64: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type CustomerRowFragment = { id: string, customerNo: string, name: string, customerType: CustomerType, gender: Gender, age: number | null, idNumber: string, phone: string | null, province: string | null, city: string | null, branch: string | null, riskTolerance: RiskTolerance | null, riskAssessmentCurrent: boolean, kycStatus: KycStatus, aum: string };

export type CustomerListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CustomerFilter | null | undefined;
}>;


export type CustomerListQuery = { customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, customerNo: string, name: string, customerType: CustomerType, gender: Gender, age: number | null, idNumber: string, phone: string | null, province: string | null, city: string | null, branch: string | null, riskTolerance: RiskTolerance | null, riskAssessmentCurrent: boolean, kycStatus: KycStatus, aum: string } }> } };

export type CustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerQuery = { customer: { birthDate: string | null, birthMonth: string | null, idType: IdType, email: string | null, occupation: string | null, annualIncome: string | null, companyName: string | null, industry: string | null, companySize: CompanySize | null, marketingConsent: boolean, consentDate: string | null, consentChannel: ConsentChannel | null, riskAssessedOn: string | null, riskExpiresOn: string | null, id: string, customerNo: string, name: string, customerType: CustomerType, gender: Gender, age: number | null, idNumber: string, phone: string | null, province: string | null, city: string | null, branch: string | null, riskTolerance: RiskTolerance | null, riskAssessmentCurrent: boolean, kycStatus: KycStatus, aum: string, holdings: Array<{ id: string, family: ProductFamily, openedOn: string, status: HoldingStatus, principal: string, balance: string, currency: string, rateAtOpening: string | null, maturityDate: string | null, outstanding: string | null, daysPastDue: number | null, classification: LoanClassification | null, creditLimit: string | null, cardNumber: string | null, product: { id: string, code: string, nameZh: string, nameEn: string, family: ProductFamily, subtype: ProductSubtype } | null, classificationHistory: Array<{ classification: LoanClassification, daysPastDue: number, changedOn: string }> }> } | null };

export type CustomerTransactionsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomerTransactionsQuery = { customer: { id: string, transactions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, occurredAt: string, businessDate: string, channel: TransactionChannel, type: TransactionType, amount: string, currency: string, counterpartyCountry: string | null, merchantCategory: string | null, product: { id: string, code: string, nameZh: string, nameEn: string } | null } }> } } | null };

export type CustomerFeedbackQueryVariables = Exact<{
  filter?: FeedbackFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomerFeedbackQuery = { feedback: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, source: FeedbackSource, rating: number | null, nps: number | null, text: string, receivedAt: string, product: { id: string, code: string, nameZh: string, nameEn: string } | null } }> } };

export type CustomerNeedsQueryVariables = Exact<{
  customerId: string | number;
}>;


export type CustomerNeedsQuery = { customerNeeds: Array<{ evidence: unknown, detectedAt: string | null, rule: { id: string, code: string, name: string, description: string }, suggestedProducts: Array<{ id: string, code: string, nameZh: string, nameEn: string, family: ProductFamily, riskLevel: RiskLevel }> }> };

export type RecommendationsQueryVariables = Exact<{
  customerId: string | number;
  first?: number | null | undefined;
}>;


export type RecommendationsQuery = { recommendations: Array<{ score: number, needCodes: Array<string>, product: { id: string, code: string, nameZh: string, nameEn: string, family: ProductFamily, riskLevel: RiskLevel }, reasons: Array<{ code: RecommendationReasonCode, message: string }> }> };

export type SegmentListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  kind?: SegmentKind | null | undefined;
}>;


export type SegmentListQuery = { segments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, name: string, description: string, kind: SegmentKind, memberCount: number, refreshedAt: string | null, builtIn: boolean } }> } };

export type SegmentQueryVariables = Exact<{
  id: string | number;
}>;


export type SegmentQuery = { segment: { id: string, code: string, name: string, description: string, kind: SegmentKind, rule: unknown, memberCount: number, refreshedAt: string | null, builtIn: boolean, version: number, cluster: { index: number, k: number, silhouetteScore: number, descriptionZh: string, descriptionEn: string, profile: unknown } | null } | null };

export type SegmentMembersQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SegmentMembersQuery = { segment: { id: string, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, customerNo: string, name: string, customerType: CustomerType, gender: Gender, age: number | null, idNumber: string, phone: string | null, province: string | null, city: string | null, branch: string | null, riskTolerance: RiskTolerance | null, riskAssessmentCurrent: boolean, kycStatus: KycStatus, aum: string } }> } } | null };

export type SegmentPreviewQueryVariables = Exact<{
  rule: unknown;
}>;


export type SegmentPreviewQuery = { segmentPreview: { memberCount: number | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type SegmentOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SegmentOptionsQuery = { segments: { edges: Array<{ node: { id: string, code: string, name: string } }> } };

export type NeedsSummaryQueryVariables = Exact<{
  segmentId?: string | number | null | undefined;
}>;


export type NeedsSummaryQuery = { needsSummary: { population: number, refreshedAt: string | null, rules: Array<{ customerCount: number, share: number, rule: { id: string, code: string, name: string } }> } | null };

export type NeedRulesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NeedRulesQuery = { needRules: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, name: string, description: string, condition: unknown, suggestFamilies: Array<ProductFamily>, suggestSubtypes: Array<ProductSubtype>, enabled: boolean, version: number, updatedAt: string } }> } };

export type DemandForecastQueryVariables = Exact<{
  family?: ProductFamily | null | undefined;
  productId?: string | number | null | undefined;
  metric: ForecastMetric;
  horizon: number;
}>;


export type DemandForecastQuery = { demandForecast: { model: string | null, mape: number | null, baselineMape: number | null, message: string, history: Array<{ month: string, value: string }>, forecast: Array<{ month: string, value: string, lower80: string, upper80: string, lower95: string, upper95: string }> } };

export type ProductOptionsQueryVariables = Exact<{
  text?: string | null | undefined;
}>;


export type ProductOptionsQuery = { products: { edges: Array<{ node: { id: string, code: string, nameZh: string, nameEn: string, family: ProductFamily } }> } };

export type ProductFeedbackSummaryQueryVariables = Exact<{
  productId: string | number;
}>;


export type ProductFeedbackSummaryQuery = { productFeedbackSummary: { count: number, ratedCount: number, averageRating: number | null, nps: { score: number | null, promoters: number, passives: number, detractors: number }, ratingDistribution: Array<{ rating: number, count: number }>, bySource: Array<{ source: FeedbackSource, count: number }>, latestComments: Array<{ id: string, source: FeedbackSource, rating: number | null, nps: number | null, text: string, receivedAt: string }>, trend: Array<{ month: string, count: number, averageRating: number | null, npsScore: number | null }> } | null };

export type RiskRuleCreateMutationVariables = Exact<{
  input: RiskRuleCreateInput;
}>;


export type RiskRuleCreateMutation = { riskRuleCreate: { riskRule: { id: string, code: string, nameZh: string, nameEn: string, description: string, metric: ProductMetric, scope: RuleScope, family: ProductFamily | null, condition: RuleCondition, normalLow: string | null, normalHigh: string | null, warningLevel: string, criticalLevel: string | null, windowDays: number, baselineDays: number, enabled: boolean, autoAction: AutoAction, version: number, updatedAt: string, pendingChange: { id: string, version: number, status: RuleChangeStatus, reasons: Array<RuleLoosening>, proposedByName: string, proposedAt: string, proposedBy: { id: string, displayName: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> } | null, product: { id: string, code: string, nameZh: string, nameEn: string, family: ProductFamily } | null, owner: { id: string, displayName: string } | null } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type RiskRuleUpdateMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: RiskRuleUpdateInput;
}>;


export type RiskRuleUpdateMutation = { riskRuleUpdate: { riskRule: { id: string, code: string, nameZh: string, nameEn: string, description: string, metric: ProductMetric, scope: RuleScope, family: ProductFamily | null, condition: RuleCondition, normalLow: string | null, normalHigh: string | null, warningLevel: string, criticalLevel: string | null, windowDays: number, baselineDays: number, enabled: boolean, autoAction: AutoAction, version: number, updatedAt: string, pendingChange: { id: string, version: number, status: RuleChangeStatus, reasons: Array<RuleLoosening>, proposedByName: string, proposedAt: string, proposedBy: { id: string, displayName: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> } | null, product: { id: string, code: string, nameZh: string, nameEn: string, family: ProductFamily } | null, owner: { id: string, displayName: string } | null } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type RiskRuleDeleteMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type RiskRuleDeleteMutation = { riskRuleDelete: { deletedId: string | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type MonitoringEvaluateMutationVariables = Exact<{ [key: string]: never; }>;


export type MonitoringEvaluateMutation = { monitoringEvaluate: { evaluated: number, raised: number, updated: number, resolved: number, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type AlertAcknowledgeMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  note: string;
}>;


export type AlertAcknowledgeMutation = { alertAcknowledge: { alert: { id: string, status: AlertStatus, version: number } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type AlertAssignMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  assigneeId?: string | number | null | undefined;
}>;


export type AlertAssignMutation = { alertAssign: { alert: { id: string, status: AlertStatus, version: number } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type AlertCommentMutationVariables = Exact<{
  id: string | number;
  text: string;
}>;


export type AlertCommentMutation = { alertComment: { alert: { id: string, status: AlertStatus, version: number } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type AlertResolveMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  note: string;
}>;


export type AlertResolveMutation = { alertResolve: { alert: { id: string, status: AlertStatus, version: number } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type RiskRuleChangeApproveMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type RiskRuleChangeApproveMutation = { riskRuleChangeApprove: { change: { id: string, status: RuleChangeStatus, version: number } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type RiskRuleChangeRejectMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  reason: string;
}>;


export type RiskRuleChangeRejectMutation = { riskRuleChangeReject: { change: { id: string, status: RuleChangeStatus, version: number } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type RiskRuleChangeWithdrawMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type RiskRuleChangeWithdrawMutation = { riskRuleChangeWithdraw: { change: { id: string, status: RuleChangeStatus, version: number } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type AccessRuleUpdateMutationVariables = Exact<{
  id: string | number;
  input: AccessRuleInput;
}>;


export type AccessRuleUpdateMutation = { accessRuleUpdate: { accessRule: { id: string, kinds: Array<AccessKind>, windowMinutes: number, threshold: number, criticalThreshold: number | null, enabled: boolean } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductCostRecordMutationVariables = Exact<{
  input: ProductCostInput;
}>;


export type ProductCostRecordMutation = { productCostRecord: { productCost: { id: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductCostUpdateMutationVariables = Exact<{
  id: string | number;
  input: ProductCostUpdateInput;
}>;


export type ProductCostUpdateMutation = { productCostUpdate: { productCost: { id: string, month: string, category: CostCategory, note: string, amount: { amount: string, currency: string } } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductCostDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ProductCostDeleteMutation = { productCostDelete: { deletedId: string | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type TransferRateSetMutationVariables = Exact<{
  input: TransferRateInput;
}>;


export type TransferRateSetMutation = { transferRateSet: { transferRate: { id: string, currency: string, rate: string, effectiveFrom: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type TransferRateDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type TransferRateDeleteMutation = { transferRateDelete: { deletedId: string | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type MarketTotalSetMutationVariables = Exact<{
  input: MarketTotalInput;
}>;


export type MarketTotalSetMutation = { marketTotalSet: { marketTotal: { id: string, family: ProductFamily, month: string, source: string, amount: { amount: string, currency: string } } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type MarketTotalDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type MarketTotalDeleteMutation = { marketTotalDelete: { deletedId: string | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type CompetitorRateCreateMutationVariables = Exact<{
  input: CompetitorRateInput;
}>;


export type CompetitorRateCreateMutation = { competitorRateCreate: { competitorRate: { id: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type CompetitorRateUpdateMutationVariables = Exact<{
  id: string | number;
  input: CompetitorRateUpdateInput;
}>;


export type CompetitorRateUpdateMutation = { competitorRateUpdate: { competitorRate: { id: string, competitor: string, family: ProductFamily, subtype: ProductSubtype, termMonths: number | null, rate: string, observedOn: string, source: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type CompetitorRateDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type CompetitorRateDeleteMutation = { competitorRateDelete: { deletedId: string | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductPerformanceReportQueryVariables = Exact<{
  start: string;
  end: string;
  family?: ProductFamily | null | undefined;
}>;


export type ProductPerformanceReportQuery = { productPerformance: Array<{ family: ProductFamily, periodStart: string, periodEnd: string, days: number, balanceEstimated: boolean, balanceDays: number, customerRate: string | null, customerRateEstimated: boolean, transferRate: string | null, balanceGrowth: string | null, newSalesCount: number, newSalesGrowth: string | null, familyShare: string | null, marketShare: string | null, rank: number | null, rankedCount: number, notes: Array<string>, product: { id: string, code: string, nameZh: string, nameEn: string, currency: string, status: ProductStatus }, averageBalance: { amount: string, currency: string }, interestMargin: { amount: string, currency: string } | null, feeIncome: { amount: string, currency: string }, revenue: { amount: string, currency: string } | null, costs: { amount: string, currency: string }, costBreakdown: Array<{ category: CostCategory, amount: { amount: string, currency: string } }>, profit: { amount: string, currency: string } | null, newSales: { amount: string, currency: string }, previousNewSales: { amount: string, currency: string }, marketTotal: { amount: string, currency: string } | null, satisfaction: { ratedCount: number, averageRating: string | null, satisfiedShare: string | null, npsCount: number, nps: string | null } }> };

export type ProductPerformanceExportQueryVariables = Exact<{
  start: string;
  end: string;
  family?: ProductFamily | null | undefined;
  format: ExportFormat;
}>;


export type ProductPerformanceExportQuery = { productPerformanceExport: { filename: string, contentType: string, contentBase64: string } };

export type ProductSuggestionListQueryVariables = Exact<{
  family?: ProductFamily | null | undefined;
  on?: string | null | undefined;
}>;


export type ProductSuggestionListQuery = { productSuggestions: Array<{ code: SuggestionCode, severity: SuggestionSeverity, titleZh: string, titleEn: string, detailZh: string, detailEn: string, evidence: Array<{ labelZh: string, labelEn: string, value: string }>, product: { id: string, code: string, nameZh: string, nameEn: string, family: ProductFamily, status: ProductStatus } | null }> };

export type PerformanceProductOptionsQueryVariables = Exact<{
  text?: string | null | undefined;
}>;


export type PerformanceProductOptionsQuery = { products: { edges: Array<{ node: { id: string, code: string, nameZh: string, nameEn: string, family: ProductFamily, currency: string } }> } };

export type ProductCostListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProductCostFilter | null | undefined;
}>;


export type ProductCostListQuery = { productCosts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, month: string, category: CostCategory, note: string, createdAt: string, amount: { amount: string, currency: string }, product: { id: string, code: string, nameZh: string, nameEn: string, currency: string } | null, createdBy: { id: string, displayName: string } | null } }> } };

export type TransferRateListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  currency?: string | null | undefined;
}>;


export type TransferRateListQuery = { transferRates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, currency: string, rate: string, effectiveFrom: string, createdBy: { id: string, displayName: string } | null } }> } };

export type MarketTotalListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  family?: ProductFamily | null | undefined;
}>;


export type MarketTotalListQuery = { marketTotals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, family: ProductFamily, month: string, source: string, amount: { amount: string, currency: string }, createdBy: { id: string, displayName: string } | null } }> } };

export type CompetitorRateListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CompetitorRateFilter | null | undefined;
}>;


export type CompetitorRateListQuery = { competitorRates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, competitor: string, family: ProductFamily, subtype: ProductSubtype, termMonths: number | null, rate: string, observedOn: string, source: string, createdBy: { id: string, displayName: string } | null } }> } };

export type AlertRowFragment = { id: string, kind: AlertKind, subjectName: string | null, family: ProductFamily | null, severity: AlertSeverity, status: AlertStatus, metric: ProductMetric | null, value: string, threshold: string | null, baseline: string | null, businessDate: string, raisedAt: string, updatedAt: string, version: number, ruleCode: string, productCode: string, autoResolved: boolean, actionTaken: AutoAction | null, rule: { id: string, nameZh: string, nameEn: string } | null, product: { id: string, nameZh: string, nameEn: string } | null, accessRule: { id: string, nameZh: string, nameEn: string } | null };

export type MonitoringOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type MonitoringOverviewQuery = { monitoringOverview: { businessDate: string, watchedProducts: number, productsWithAlerts: number, suspendedProducts: number, totalBalance: string, loanNplRatio: string | null, txCountYesterday: string, txCountAverage: string, openAlerts: { info: number, warning: number, critical: number } } };

export type MetricTrendsQueryVariables = Exact<{
  start?: string | null | undefined;
  end?: string | null | undefined;
  family?: ProductFamily | null | undefined;
}>;


export type MetricTrendsQuery = { txCount: { metric: ProductMetric, points: Array<{ date: string, value: string }> }, balance: { metric: ProductMetric, points: Array<{ date: string, value: string }> }, nplRatio: { metric: ProductMetric, points: Array<{ date: string, value: string }> } };

export type ProductHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductHealthQuery = { productHealth: Array<{ openAlerts: number, worstSeverity: AlertSeverity | null, metrics: Array<{ metric: ProductMetric, value: string }>, product: { id: string, code: string, nameZh: string, nameEn: string, family: ProductFamily, status: ProductStatus } | null }> };

export type AlertListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AlertFilter | null | undefined;
}>;


export type AlertListQuery = { alerts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: AlertKind, subjectName: string | null, family: ProductFamily | null, severity: AlertSeverity, status: AlertStatus, metric: ProductMetric | null, value: string, threshold: string | null, baseline: string | null, businessDate: string, raisedAt: string, updatedAt: string, version: number, ruleCode: string, productCode: string, autoResolved: boolean, actionTaken: AutoAction | null, assignee: { id: string, displayName: string } | null, rule: { id: string, nameZh: string, nameEn: string } | null, product: { id: string, nameZh: string, nameEn: string } | null, accessRule: { id: string, nameZh: string, nameEn: string } | null } }> } };

export type AlertsSinceQueryVariables = Exact<{
  since: string;
  filter?: AlertFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AlertsSinceQuery = { alerts: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: AlertKind, subjectName: string | null, family: ProductFamily | null, severity: AlertSeverity, status: AlertStatus, metric: ProductMetric | null, value: string, threshold: string | null, baseline: string | null, businessDate: string, raisedAt: string, updatedAt: string, version: number, ruleCode: string, productCode: string, autoResolved: boolean, actionTaken: AutoAction | null, rule: { id: string, nameZh: string, nameEn: string } | null, product: { id: string, nameZh: string, nameEn: string } | null, accessRule: { id: string, nameZh: string, nameEn: string } | null } }> } };

export type AlertDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AlertDetailQuery = { node:
    | { __typename: 'AccessRule' }
    | { __typename: 'Alert', acknowledgedAt: string | null, resolvedAt: string | null, resolutionNote: string, id: string, kind: AlertKind, subjectName: string | null, family: ProductFamily | null, severity: AlertSeverity, status: AlertStatus, metric: ProductMetric | null, value: string, threshold: string | null, baseline: string | null, businessDate: string, raisedAt: string, updatedAt: string, version: number, ruleCode: string, productCode: string, autoResolved: boolean, actionTaken: AutoAction | null, assignee: { id: string, username: string, displayName: string } | null, acknowledgedBy: { id: string, displayName: string } | null, resolvedBy: { id: string, displayName: string } | null, rule: { id: string, code: string, condition: RuleCondition, scope: RuleScope, windowDays: number, baselineDays: number, warningLevel: string, criticalLevel: string | null, normalLow: string | null, normalHigh: string | null, nameZh: string, nameEn: string } | null, product: { id: string, code: string, status: ProductStatus, nameZh: string, nameEn: string } | null, history: Array<{ kind: AlertEventKind, severity: AlertSeverity | null, status: AlertStatus, value: string | null, note: string, actorName: string, at: string }>, accessRule: { id: string, nameZh: string, nameEn: string } | null }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BenchmarkRate' }
    | { __typename: 'CatalogProduct' }
    | { __typename: 'CompetitorRate' }
    | { __typename: 'Customer' }
    | { __typename: 'Feedback' }
    | { __typename: 'FxRate' }
    | { __typename: 'Holding' }
    | { __typename: 'MarketTotal' }
    | { __typename: 'NeedRule' }
    | { __typename: 'Product' }
    | { __typename: 'ProductChangeRequest' }
    | { __typename: 'ProductCost' }
    | { __typename: 'ProductDocument' }
    | { __typename: 'RiskRule' }
    | { __typename: 'RiskRuleChange' }
    | { __typename: 'RoleGrant' }
    | { __typename: 'Segment' }
    | { __typename: 'Survey' }
    | { __typename: 'SurveyResponse' }
    | { __typename: 'Transaction' }
    | { __typename: 'TransferRate' }
    | { __typename: 'User' }
   | null };

export type AlertAssigneesQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertAssigneesQuery = { alertAssignees: Array<{ id: string, username: string, displayName: string }> };

export type RiskRuleRowFragment = { id: string, code: string, nameZh: string, nameEn: string, description: string, metric: ProductMetric, scope: RuleScope, family: ProductFamily | null, condition: RuleCondition, normalLow: string | null, normalHigh: string | null, warningLevel: string, criticalLevel: string | null, windowDays: number, baselineDays: number, enabled: boolean, autoAction: AutoAction, version: number, updatedAt: string, pendingChange: { id: string, version: number, status: RuleChangeStatus, reasons: Array<RuleLoosening>, proposedByName: string, proposedAt: string, proposedBy: { id: string, displayName: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> } | null, product: { id: string, code: string, nameZh: string, nameEn: string, family: ProductFamily } | null, owner: { id: string, displayName: string } | null };

export type RiskRulesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  enabled?: boolean | null | undefined;
  metric?: ProductMetric | null | undefined;
}>;


export type RiskRulesQuery = { riskRules: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, nameZh: string, nameEn: string, description: string, metric: ProductMetric, scope: RuleScope, family: ProductFamily | null, condition: RuleCondition, normalLow: string | null, normalHigh: string | null, warningLevel: string, criticalLevel: string | null, windowDays: number, baselineDays: number, enabled: boolean, autoAction: AutoAction, version: number, updatedAt: string, pendingChange: { id: string, version: number, status: RuleChangeStatus, reasons: Array<RuleLoosening>, proposedByName: string, proposedAt: string, proposedBy: { id: string, displayName: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> } | null, product: { id: string, code: string, nameZh: string, nameEn: string, family: ProductFamily } | null, owner: { id: string, displayName: string } | null } }> } };

export type RuleProductOptionsQueryVariables = Exact<{
  text?: string | null | undefined;
}>;


export type RuleProductOptionsQuery = { products: { edges: Array<{ node: { id: string, code: string, nameZh: string, nameEn: string, family: ProductFamily } }> } };

export type RiskAlertsSubscriptionVariables = Exact<{
  filter?: RiskAlertFilter | null | undefined;
}>;


export type RiskAlertsSubscription = { riskAlerts: { change: AlertChange, at: string, alert: { id: string, kind: AlertKind, subjectName: string | null, family: ProductFamily | null, severity: AlertSeverity, status: AlertStatus, metric: ProductMetric | null, value: string, threshold: string | null, baseline: string | null, businessDate: string, raisedAt: string, updatedAt: string, version: number, ruleCode: string, productCode: string, autoResolved: boolean, actionTaken: AutoAction | null, rule: { id: string, nameZh: string, nameEn: string } | null, product: { id: string, nameZh: string, nameEn: string } | null, accessRule: { id: string, nameZh: string, nameEn: string } | null } } };

export type AccessRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessRulesQuery = { accessRules: { edges: Array<{ node: { id: string, code: string, nameZh: string, nameEn: string, kinds: Array<AccessKind>, windowMinutes: number, threshold: number, criticalThreshold: number | null, enabled: boolean } }> } };

export type ProductCalculatorContextQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductCalculatorContextQuery = { product: { id: string, family: ProductFamily, subtype: ProductSubtype, currency: string, minAmount: string | null, maxAmount: string | null, terms:
      | { __typename: 'CreditCardTerms', interestFreeDaysMax: number, instalment: { periods: Array<number>, monthlyFeeRate: string, minimumPaymentRate: string, minimumPaymentFloor: string } | null }
      | { __typename: 'DepositTerms', offeredTerms: Array<number>, tierApplication: TierApplication, minimumDeposit: string, earlyWithdrawalRate: string, term: { min: number, max: number, multiple: number, unit: TermUnit } | null, interest: { dayCount: DayCount }, rateTiers: Array<{ rate: string | null, rateMax: string | null, bands: Array<{ unit: TierUnit, lower: string, upper: string | null }> }>, bonusRates: Array<{ name: string, rate: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> }> }
      | { __typename: 'FxTerms' }
      | { __typename: 'LoanTerms', rateType: LoanRateType, effectiveRate: string, amountMin: string, amountMax: string, amountDefault: string, termMonthsMin: number, termMonthsMax: number, termMonthsDefault: number, repaymentMethods: Array<RepaymentMethod>, collateralRequired: boolean, maxLtv: string | null, rateTiers: Array<{ rate: string | null, rateMax: string | null, spreadBps: number | null, spreadBpsMax: number | null, bands: Array<{ unit: TierUnit, lower: string, upper: string | null }> }> }
      | { __typename: 'PreciousMetalTerms' }
      | { __typename: 'WealthTerms', benchmarkMin: string, benchmarkMax: string, openEnded: boolean, termDays: number | null, minimumInvestment: string }
     | null } | null };

export type LoanScheduleQueryVariables = Exact<{
  productId?: string | number | null | undefined;
  draft?: CalculatorDraftInput | null | undefined;
  amount: string;
  termMonths: number;
  method: RepaymentMethod;
  rate?: string | null | undefined;
  ltv?: string | null | undefined;
  drawnOn?: string | null | undefined;
  prepayment?: PrepaymentInput | null | undefined;
}>;


export type LoanScheduleQuery = { loanSchedule: { rate: string, method: RepaymentMethod, totalPayment: string, totalInterest: string, totalFees: string, apr: string, upfrontFees: string, received: string, instalments: Array<{ period: number, dueOn: string | null, payment: string, principal: string, interest: string, fee: string, prepayment: string, balance: string }> } };

export type DepositInterestQueryVariables = Exact<{
  productId?: string | number | null | undefined;
  draft?: CalculatorDraftInput | null | undefined;
  amount: string;
  termMonths?: number | null | undefined;
  days?: number | null | undefined;
  noticeDays?: number | null | undefined;
  startOn?: string | null | undefined;
  withdrawnOn?: string | null | undefined;
  circumstances?: CircumstancesInput | null | undefined;
}>;


export type DepositInterestQuery = { depositInterest: { startOn: string, maturityOn: string | null, endOn: string, days: number, dayCount: DayCount, baseInterest: string, totalInterest: string, effectiveRate: string, early: boolean, bands: Array<{ lower: string, upper: string | null, amount: string, rate: string, interest: string }>, bonuses: Array<{ name: string, rate: string, interest: string }> } };

export type CardInstalmentQueryVariables = Exact<{
  productId?: string | number | null | undefined;
  draft?: CalculatorDraftInput | null | undefined;
  amount: string;
  periods: number;
}>;


export type CardInstalmentQuery = { cardInstalment: { periods: number, monthlyFee: string, totalFee: string, apr: string, interestFreeDaysMax: number | null, minimumPayment: string, instalments: Array<{ period: number, dueOn: string | null, payment: string, principal: string, interest: string, fee: string, prepayment: string, balance: string }> } };

export type WealthProjectionQueryVariables = Exact<{
  productId?: string | number | null | undefined;
  draft?: CalculatorDraftInput | null | undefined;
  amount: string;
  days?: number | null | undefined;
}>;


export type WealthProjectionQuery = { wealthProjection: { amount: string, days: number, invested: string, subscriptionFee: string, managementFee: string, custodyFee: string, feesPaid: string, lowRate: string, highRate: string, low: string, high: string, guaranteed: boolean, note: string } };

export type ProductCreateMutationVariables = Exact<{
  input: ProductCreateInput;
}>;


export type ProductCreateMutation = { productCreate: { product: { id: string, code: string, status: ProductStatus, version: number } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductUpdateMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  reason: string;
  input: ProductUpdateInput;
}>;


export type ProductUpdateMutation = { productUpdate: { product: { id: string, code: string, status: ProductStatus, version: number } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductSubmitMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type ProductSubmitMutation = { productSubmit: { product: { id: string, status: ProductStatus, version: number, statusReason: string | null, updatedAt: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductApproveMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  note?: string | null | undefined;
}>;


export type ProductApproveMutation = { productApprove: { product: { id: string, status: ProductStatus, version: number, statusReason: string | null, updatedAt: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductRejectMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  reason: string;
}>;


export type ProductRejectMutation = { productReject: { product: { id: string, status: ProductStatus, version: number, statusReason: string | null, updatedAt: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductLaunchMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type ProductLaunchMutation = { productLaunch: { product: { id: string, status: ProductStatus, version: number, statusReason: string | null, updatedAt: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductSuspendMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  reason: string;
}>;


export type ProductSuspendMutation = { productSuspend: { product: { id: string, status: ProductStatus, version: number, statusReason: string | null, updatedAt: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductResumeMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type ProductResumeMutation = { productResume: { product: { id: string, status: ProductStatus, version: number, statusReason: string | null, updatedAt: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductTakeOfflineMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  reason: string;
}>;


export type ProductTakeOfflineMutation = { productTakeOffline: { product: { id: string, status: ProductStatus, version: number, statusReason: string | null, updatedAt: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductRetireMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type ProductRetireMutation = { productRetire: { product: { id: string, status: ProductStatus, version: number, statusReason: string | null, updatedAt: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductChangeRequestCreateMutationVariables = Exact<{
  input: ProductChangeRequestInput;
}>;


export type ProductChangeRequestCreateMutation = { productChangeRequestCreate: { changeRequest: { id: string, status: ChangeRequestStatus } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductChangeRequestApproveMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type ProductChangeRequestApproveMutation = { productChangeRequestApprove: { changeRequest: { id: string, status: ChangeRequestStatus, decidedAt: string | null, decisionNote: string | null } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductChangeRequestRejectMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type ProductChangeRequestRejectMutation = { productChangeRequestReject: { changeRequest: { id: string, status: ChangeRequestStatus, decidedAt: string | null, decisionNote: string | null } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductChangeRequestCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type ProductChangeRequestCancelMutation = { productChangeRequestCancel: { changeRequest: { id: string, status: ChangeRequestStatus } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ProductDocumentUploadMutationVariables = Exact<{
  input: ProductDocumentUploadInput;
}>;


export type ProductDocumentUploadMutation = { productDocumentUpload: { document: { id: string, title: string, version: number } | null, changeRequest: { id: string, status: ChangeRequestStatus } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type FxRateSetMutationVariables = Exact<{
  input: FxRateInput;
}>;


export type FxRateSetMutation = { fxRateSet: { fxRate: { id: string, currency: string, rate: string, effectiveFrom: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type FxRateDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type FxRateDeleteMutation = { fxRateDelete: { deletedId: string | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type BenchmarkRateSetMutationVariables = Exact<{
  input: BenchmarkRateInput;
}>;


export type BenchmarkRateSetMutation = { benchmarkRateSet: { benchmarkRate: { id: string, kind: BenchmarkKind, rate: string, effectiveFrom: string, announcedOn: string, note: string } | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type BenchmarkRateDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type BenchmarkRateDeleteMutation = { benchmarkRateDelete: { deletedId: string | null, errors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ConditionFieldsFragment = { type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null };

export type RateTierFieldsFragment = { rate: string | null, rateMax: string | null, spreadBps: number | null, spreadBpsMax: number | null, bands: Array<{ unit: TierUnit, lower: string, upper: string | null }> };

export type FeeWaiverFieldsFragment = { name: string, share: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> };

export type FeeFieldsFragment = { type: FeeType, basis: FeeBasis, amount: string | null, rate: string | null, chargedOn: FeeChargeBase | null, currency: string | null, minAmount: string | null, maxAmount: string | null, cap: string | null, capPeriod: FeeFrequency | null, frequency: FeeFrequency, note: string, waivers: Array<{ name: string, share: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> }> };

type ProductTermsFields_CreditCardTerms_Fragment = { __typename: 'CreditCardTerms', tier: CardTier, partnerBrand: string | null, annualFee: string, feeWaiverNote: string, interestFreeDaysMax: number, interestRate: string, pointsPerYuan: string, creditLimitMin: string, creditLimitMax: string, cashAdvanceFeeRate: string, cashAdvanceFeeMin: string, benefits: Array<string>, annualFeeWaivers: Array<{ name: string, share: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> }>, instalment: { periods: Array<number>, monthlyFeeRate: string, minimumPaymentRate: string, minimumPaymentFloor: string } | null, categoryMultipliers: Array<{ category: string, multiplier: string }> };

type ProductTermsFields_DepositTerms_Fragment = { __typename: 'DepositTerms', offeredTerms: Array<number>, tierApplication: TierApplication, minimumDeposit: string, earlyWithdrawalRate: string, autoRenewal: boolean, interest: { dayCount: DayCount, compounding: Compounding, posting: InterestPayment }, term: { min: number, max: number, multiple: number, unit: TermUnit } | null, rateTiers: Array<{ rate: string | null, rateMax: string | null, spreadBps: number | null, spreadBpsMax: number | null, bands: Array<{ unit: TierUnit, lower: string, upper: string | null }> }>, bonusRates: Array<{ name: string, rate: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> }> };

type ProductTermsFields_FxTerms_Fragment = { __typename: 'FxTerms', currencyPairs: Array<string>, minimumAmount: string, tradingHours: string, tenors: Array<string>, premiumRate: string | null, linkedPair: string | null, principalProtected: boolean | null, yieldMin: string | null, yieldMax: string | null, fxSpreadBps: number };

type ProductTermsFields_LoanTerms_Fragment = { __typename: 'LoanTerms', rateType: LoanRateType, lprTenor: LprTenor | null, repricing: Repricing | null, effectiveRate: string, annualisedRate: string | null, amountMin: string, amountMax: string, amountDefault: string, termMonthsMin: number, termMonthsMax: number, termMonthsDefault: number, repaymentMethods: Array<RepaymentMethod>, collateralRequired: boolean, maxLtv: string | null, gracePeriodDays: number, penaltyRate: string, rateTiers: Array<{ rate: string | null, rateMax: string | null, spreadBps: number | null, spreadBpsMax: number | null, bands: Array<{ unit: TierUnit, lower: string, upper: string | null }> }>, interest: { dayCount: DayCount, repaymentFrequency: RepaymentFrequency, firstPayment: FirstPayment, paymentDay: number | null } };

type ProductTermsFields_PreciousMetalTerms_Fragment = { __typename: 'PreciousMetalTerms', metal: Metal, unit: MetalUnit, purity: string, spread: string, minimumTradeUnits: string, physicalDelivery: boolean, leverage: string };

type ProductTermsFields_WealthTerms_Fragment = { __typename: 'WealthTerms', benchmarkMin: string, benchmarkMax: string, openEnded: boolean, termDays: number | null, minimumInvestment: string, subscriptionFeeRate: string, managementFeeRate: string, custodyFeeRate: string, offering: Offering, coolingOffHours: number };

export type ProductTermsFieldsFragment =
  | ProductTermsFields_CreditCardTerms_Fragment
  | ProductTermsFields_DepositTerms_Fragment
  | ProductTermsFields_FxTerms_Fragment
  | ProductTermsFields_LoanTerms_Fragment
  | ProductTermsFields_PreciousMetalTerms_Fragment
  | ProductTermsFields_WealthTerms_Fragment
;

export type ProductCommonFieldsFragment = { id: string, code: string, nameZh: string, nameEn: string, family: ProductFamily, subtype: ProductSubtype, currency: string, riskLevel: RiskLevel, description: string, highlights: Array<string>, targetCustomers: string, salesStart: string | null, salesEnd: string | null, minAmount: string | null, maxAmount: string | null, tags: Array<string>, status: ProductStatus, version: number, createdAt: string, updatedAt: string, statusReason: string | null, suspendedByRisk: boolean, headlineRate: string | null, eligibility: { minAge: number | null, maxAge: number | null, minAnnualIncome: string | null, customerTypes: Array<CustomerType>, residency: Array<Residency> }, channels: Array<{ channel: Channel, publishFrom: string | null, publishTo: string | null }>, quota: { total: string | null, used: string, remaining: string | null }, fees: Array<{ type: FeeType, basis: FeeBasis, amount: string | null, rate: string | null, chargedOn: FeeChargeBase | null, currency: string | null, minAmount: string | null, maxAmount: string | null, cap: string | null, capPeriod: FeeFrequency | null, frequency: FeeFrequency, note: string, waivers: Array<{ name: string, share: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> }> }>, owner: { id: string, username: string, displayName: string } | null, submittedBy: { id: string, username: string, displayName: string } | null, approvedBy: { id: string, username: string, displayName: string } | null, terms:
    | { __typename: 'CreditCardTerms', tier: CardTier, partnerBrand: string | null, annualFee: string, feeWaiverNote: string, interestFreeDaysMax: number, interestRate: string, pointsPerYuan: string, creditLimitMin: string, creditLimitMax: string, cashAdvanceFeeRate: string, cashAdvanceFeeMin: string, benefits: Array<string>, annualFeeWaivers: Array<{ name: string, share: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> }>, instalment: { periods: Array<number>, monthlyFeeRate: string, minimumPaymentRate: string, minimumPaymentFloor: string } | null, categoryMultipliers: Array<{ category: string, multiplier: string }> }
    | { __typename: 'DepositTerms', offeredTerms: Array<number>, tierApplication: TierApplication, minimumDeposit: string, earlyWithdrawalRate: string, autoRenewal: boolean, interest: { dayCount: DayCount, compounding: Compounding, posting: InterestPayment }, term: { min: number, max: number, multiple: number, unit: TermUnit } | null, rateTiers: Array<{ rate: string | null, rateMax: string | null, spreadBps: number | null, spreadBpsMax: number | null, bands: Array<{ unit: TierUnit, lower: string, upper: string | null }> }>, bonusRates: Array<{ name: string, rate: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> }> }
    | { __typename: 'FxTerms', currencyPairs: Array<string>, minimumAmount: string, tradingHours: string, tenors: Array<string>, premiumRate: string | null, linkedPair: string | null, principalProtected: boolean | null, yieldMin: string | null, yieldMax: string | null, fxSpreadBps: number }
    | { __typename: 'LoanTerms', rateType: LoanRateType, lprTenor: LprTenor | null, repricing: Repricing | null, effectiveRate: string, annualisedRate: string | null, amountMin: string, amountMax: string, amountDefault: string, termMonthsMin: number, termMonthsMax: number, termMonthsDefault: number, repaymentMethods: Array<RepaymentMethod>, collateralRequired: boolean, maxLtv: string | null, gracePeriodDays: number, penaltyRate: string, rateTiers: Array<{ rate: string | null, rateMax: string | null, spreadBps: number | null, spreadBpsMax: number | null, bands: Array<{ unit: TierUnit, lower: string, upper: string | null }> }>, interest: { dayCount: DayCount, repaymentFrequency: RepaymentFrequency, firstPayment: FirstPayment, paymentDay: number | null } }
    | { __typename: 'PreciousMetalTerms', metal: Metal, unit: MetalUnit, purity: string, spread: string, minimumTradeUnits: string, physicalDelivery: boolean, leverage: string }
    | { __typename: 'WealthTerms', benchmarkMin: string, benchmarkMax: string, openEnded: boolean, termDays: number | null, minimumInvestment: string, subscriptionFeeRate: string, managementFeeRate: string, custodyFeeRate: string, offering: Offering, coolingOffHours: number }
   | null };

export type ChangeRequestFieldsFragment = { id: string, status: ChangeRequestStatus, reason: string, effectiveDate: string, changes: unknown, document: unknown, requestedAt: string, decidedAt: string | null, decisionNote: string | null, terms:
    | { __typename: 'CreditCardTerms' }
    | { __typename: 'DepositTerms' }
    | { __typename: 'FxTerms' }
    | { __typename: 'LoanTerms' }
    | { __typename: 'PreciousMetalTerms' }
    | { __typename: 'WealthTerms' }
   | null, requestedBy: { id: string, username: string, displayName: string } | null, decidedBy: { id: string, username: string, displayName: string } | null };

export type ProductListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProductFilter | null | undefined;
  orderBy?: ProductOrder | null | undefined;
}>;


export type ProductListQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, nameZh: string, nameEn: string, family: ProductFamily, subtype: ProductSubtype, status: ProductStatus, riskLevel: RiskLevel, currency: string, headlineRate: string | null, version: number, updatedAt: string, terms:
          | { __typename: 'CreditCardTerms' }
          | { __typename: 'DepositTerms' }
          | { __typename: 'FxTerms' }
          | { __typename: 'LoanTerms', annualisedRate: string | null }
          | { __typename: 'PreciousMetalTerms' }
          | { __typename: 'WealthTerms' }
         | null, owner: { id: string, displayName: string } | null, channels: Array<{ channel: Channel }> } }> } };

export type ProductQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type ProductQuery = { product: { isOnSaleAt: boolean, id: string, code: string, nameZh: string, nameEn: string, family: ProductFamily, subtype: ProductSubtype, currency: string, riskLevel: RiskLevel, description: string, highlights: Array<string>, targetCustomers: string, salesStart: string | null, salesEnd: string | null, minAmount: string | null, maxAmount: string | null, tags: Array<string>, status: ProductStatus, version: number, createdAt: string, updatedAt: string, statusReason: string | null, suspendedByRisk: boolean, headlineRate: string | null, termsSchedule: Array<{ id: string, effectiveDate: string, headlineRate: string | null, reason: string, createdAt: string, terms:
        | { __typename: 'CreditCardTerms', tier: CardTier, partnerBrand: string | null, annualFee: string, feeWaiverNote: string, interestFreeDaysMax: number, interestRate: string, pointsPerYuan: string, creditLimitMin: string, creditLimitMax: string, cashAdvanceFeeRate: string, cashAdvanceFeeMin: string, benefits: Array<string>, annualFeeWaivers: Array<{ name: string, share: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> }>, instalment: { periods: Array<number>, monthlyFeeRate: string, minimumPaymentRate: string, minimumPaymentFloor: string } | null, categoryMultipliers: Array<{ category: string, multiplier: string }> }
        | { __typename: 'DepositTerms', offeredTerms: Array<number>, tierApplication: TierApplication, minimumDeposit: string, earlyWithdrawalRate: string, autoRenewal: boolean, interest: { dayCount: DayCount, compounding: Compounding, posting: InterestPayment }, term: { min: number, max: number, multiple: number, unit: TermUnit } | null, rateTiers: Array<{ rate: string | null, rateMax: string | null, spreadBps: number | null, spreadBpsMax: number | null, bands: Array<{ unit: TierUnit, lower: string, upper: string | null }> }>, bonusRates: Array<{ name: string, rate: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> }> }
        | { __typename: 'FxTerms', currencyPairs: Array<string>, minimumAmount: string, tradingHours: string, tenors: Array<string>, premiumRate: string | null, linkedPair: string | null, principalProtected: boolean | null, yieldMin: string | null, yieldMax: string | null, fxSpreadBps: number }
        | { __typename: 'LoanTerms', rateType: LoanRateType, lprTenor: LprTenor | null, repricing: Repricing | null, effectiveRate: string, annualisedRate: string | null, amountMin: string, amountMax: string, amountDefault: string, termMonthsMin: number, termMonthsMax: number, termMonthsDefault: number, repaymentMethods: Array<RepaymentMethod>, collateralRequired: boolean, maxLtv: string | null, gracePeriodDays: number, penaltyRate: string, rateTiers: Array<{ rate: string | null, rateMax: string | null, spreadBps: number | null, spreadBpsMax: number | null, bands: Array<{ unit: TierUnit, lower: string, upper: string | null }> }>, interest: { dayCount: DayCount, repaymentFrequency: RepaymentFrequency, firstPayment: FirstPayment, paymentDay: number | null } }
        | { __typename: 'PreciousMetalTerms', metal: Metal, unit: MetalUnit, purity: string, spread: string, minimumTradeUnits: string, physicalDelivery: boolean, leverage: string }
        | { __typename: 'WealthTerms', benchmarkMin: string, benchmarkMax: string, openEnded: boolean, termDays: number | null, minimumInvestment: string, subscriptionFeeRate: string, managementFeeRate: string, custodyFeeRate: string, offering: Offering, coolingOffHours: number }
      , createdBy: { id: string, displayName: string } | null }>, documents: Array<{ id: string, kind: DocumentKind, title: string, filename: string, contentType: string, size: number, sha256: string, version: number, uploadedAt: string, downloadUrl: string, uploadedBy: { id: string, displayName: string } | null }>, changeRequests: Array<{ id: string, status: ChangeRequestStatus, reason: string, effectiveDate: string, changes: unknown, document: unknown, requestedAt: string, decidedAt: string | null, decisionNote: string | null, terms:
        | { __typename: 'CreditCardTerms' }
        | { __typename: 'DepositTerms' }
        | { __typename: 'FxTerms' }
        | { __typename: 'LoanTerms' }
        | { __typename: 'PreciousMetalTerms' }
        | { __typename: 'WealthTerms' }
       | null, requestedBy: { id: string, username: string, displayName: string } | null, decidedBy: { id: string, username: string, displayName: string } | null }>, eligibility: { minAge: number | null, maxAge: number | null, minAnnualIncome: string | null, customerTypes: Array<CustomerType>, residency: Array<Residency> }, channels: Array<{ channel: Channel, publishFrom: string | null, publishTo: string | null }>, quota: { total: string | null, used: string, remaining: string | null }, fees: Array<{ type: FeeType, basis: FeeBasis, amount: string | null, rate: string | null, chargedOn: FeeChargeBase | null, currency: string | null, minAmount: string | null, maxAmount: string | null, cap: string | null, capPeriod: FeeFrequency | null, frequency: FeeFrequency, note: string, waivers: Array<{ name: string, share: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> }> }>, owner: { id: string, username: string, displayName: string } | null, submittedBy: { id: string, username: string, displayName: string } | null, approvedBy: { id: string, username: string, displayName: string } | null, terms:
      | { __typename: 'CreditCardTerms', tier: CardTier, partnerBrand: string | null, annualFee: string, feeWaiverNote: string, interestFreeDaysMax: number, interestRate: string, pointsPerYuan: string, creditLimitMin: string, creditLimitMax: string, cashAdvanceFeeRate: string, cashAdvanceFeeMin: string, benefits: Array<string>, annualFeeWaivers: Array<{ name: string, share: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> }>, instalment: { periods: Array<number>, monthlyFeeRate: string, minimumPaymentRate: string, minimumPaymentFloor: string } | null, categoryMultipliers: Array<{ category: string, multiplier: string }> }
      | { __typename: 'DepositTerms', offeredTerms: Array<number>, tierApplication: TierApplication, minimumDeposit: string, earlyWithdrawalRate: string, autoRenewal: boolean, interest: { dayCount: DayCount, compounding: Compounding, posting: InterestPayment }, term: { min: number, max: number, multiple: number, unit: TermUnit } | null, rateTiers: Array<{ rate: string | null, rateMax: string | null, spreadBps: number | null, spreadBpsMax: number | null, bands: Array<{ unit: TierUnit, lower: string, upper: string | null }> }>, bonusRates: Array<{ name: string, rate: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> }> }
      | { __typename: 'FxTerms', currencyPairs: Array<string>, minimumAmount: string, tradingHours: string, tenors: Array<string>, premiumRate: string | null, linkedPair: string | null, principalProtected: boolean | null, yieldMin: string | null, yieldMax: string | null, fxSpreadBps: number }
      | { __typename: 'LoanTerms', rateType: LoanRateType, lprTenor: LprTenor | null, repricing: Repricing | null, effectiveRate: string, annualisedRate: string | null, amountMin: string, amountMax: string, amountDefault: string, termMonthsMin: number, termMonthsMax: number, termMonthsDefault: number, repaymentMethods: Array<RepaymentMethod>, collateralRequired: boolean, maxLtv: string | null, gracePeriodDays: number, penaltyRate: string, rateTiers: Array<{ rate: string | null, rateMax: string | null, spreadBps: number | null, spreadBpsMax: number | null, bands: Array<{ unit: TierUnit, lower: string, upper: string | null }> }>, interest: { dayCount: DayCount, repaymentFrequency: RepaymentFrequency, firstPayment: FirstPayment, paymentDay: number | null } }
      | { __typename: 'PreciousMetalTerms', metal: Metal, unit: MetalUnit, purity: string, spread: string, minimumTradeUnits: string, physicalDelivery: boolean, leverage: string }
      | { __typename: 'WealthTerms', benchmarkMin: string, benchmarkMax: string, openEnded: boolean, termDays: number | null, minimumInvestment: string, subscriptionFeeRate: string, managementFeeRate: string, custodyFeeRate: string, offering: Offering, coolingOffHours: number }
     | null } | null };

export type ProductVersionsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProductVersionsQuery = { product: { id: string, versions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { version: number, changedAt: string, reason: string, action: string, diff: unknown, changedBy: { id: string, displayName: string } | null } }> } } | null };

export type ProductCompareQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ProductCompareQuery = { productCompare: Array<{ id: string, code: string, nameZh: string, nameEn: string, family: ProductFamily, subtype: ProductSubtype, currency: string, riskLevel: RiskLevel, description: string, highlights: Array<string>, targetCustomers: string, salesStart: string | null, salesEnd: string | null, minAmount: string | null, maxAmount: string | null, tags: Array<string>, status: ProductStatus, version: number, createdAt: string, updatedAt: string, statusReason: string | null, suspendedByRisk: boolean, headlineRate: string | null, eligibility: { minAge: number | null, maxAge: number | null, minAnnualIncome: string | null, customerTypes: Array<CustomerType>, residency: Array<Residency> }, channels: Array<{ channel: Channel, publishFrom: string | null, publishTo: string | null }>, quota: { total: string | null, used: string, remaining: string | null }, fees: Array<{ type: FeeType, basis: FeeBasis, amount: string | null, rate: string | null, chargedOn: FeeChargeBase | null, currency: string | null, minAmount: string | null, maxAmount: string | null, cap: string | null, capPeriod: FeeFrequency | null, frequency: FeeFrequency, note: string, waivers: Array<{ name: string, share: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> }> }>, owner: { id: string, username: string, displayName: string } | null, submittedBy: { id: string, username: string, displayName: string } | null, approvedBy: { id: string, username: string, displayName: string } | null, terms:
      | { __typename: 'CreditCardTerms', tier: CardTier, partnerBrand: string | null, annualFee: string, feeWaiverNote: string, interestFreeDaysMax: number, interestRate: string, pointsPerYuan: string, creditLimitMin: string, creditLimitMax: string, cashAdvanceFeeRate: string, cashAdvanceFeeMin: string, benefits: Array<string>, annualFeeWaivers: Array<{ name: string, share: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> }>, instalment: { periods: Array<number>, monthlyFeeRate: string, minimumPaymentRate: string, minimumPaymentFloor: string } | null, categoryMultipliers: Array<{ category: string, multiplier: string }> }
      | { __typename: 'DepositTerms', offeredTerms: Array<number>, tierApplication: TierApplication, minimumDeposit: string, earlyWithdrawalRate: string, autoRenewal: boolean, interest: { dayCount: DayCount, compounding: Compounding, posting: InterestPayment }, term: { min: number, max: number, multiple: number, unit: TermUnit } | null, rateTiers: Array<{ rate: string | null, rateMax: string | null, spreadBps: number | null, spreadBpsMax: number | null, bands: Array<{ unit: TierUnit, lower: string, upper: string | null }> }>, bonusRates: Array<{ name: string, rate: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> }> }
      | { __typename: 'FxTerms', currencyPairs: Array<string>, minimumAmount: string, tradingHours: string, tenors: Array<string>, premiumRate: string | null, linkedPair: string | null, principalProtected: boolean | null, yieldMin: string | null, yieldMax: string | null, fxSpreadBps: number }
      | { __typename: 'LoanTerms', rateType: LoanRateType, lprTenor: LprTenor | null, repricing: Repricing | null, effectiveRate: string, annualisedRate: string | null, amountMin: string, amountMax: string, amountDefault: string, termMonthsMin: number, termMonthsMax: number, termMonthsDefault: number, repaymentMethods: Array<RepaymentMethod>, collateralRequired: boolean, maxLtv: string | null, gracePeriodDays: number, penaltyRate: string, rateTiers: Array<{ rate: string | null, rateMax: string | null, spreadBps: number | null, spreadBpsMax: number | null, bands: Array<{ unit: TierUnit, lower: string, upper: string | null }> }>, interest: { dayCount: DayCount, repaymentFrequency: RepaymentFrequency, firstPayment: FirstPayment, paymentDay: number | null } }
      | { __typename: 'PreciousMetalTerms', metal: Metal, unit: MetalUnit, purity: string, spread: string, minimumTradeUnits: string, physicalDelivery: boolean, leverage: string }
      | { __typename: 'WealthTerms', benchmarkMin: string, benchmarkMax: string, openEnded: boolean, termDays: number | null, minimumInvestment: string, subscriptionFeeRate: string, managementFeeRate: string, custodyFeeRate: string, offering: Offering, coolingOffHours: number }
     | null }> };

export type ProductChangeRequestListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: ChangeRequestStatus | null | undefined;
}>;


export type ProductChangeRequestListQuery = { productChangeRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, status: ChangeRequestStatus, reason: string, effectiveDate: string, changes: unknown, document: unknown, requestedAt: string, decidedAt: string | null, decisionNote: string | null, product: { id: string, code: string, nameZh: string, nameEn: string, family: ProductFamily, subtype: ProductSubtype, status: ProductStatus, version: number } | null, terms:
          | { __typename: 'CreditCardTerms' }
          | { __typename: 'DepositTerms' }
          | { __typename: 'FxTerms' }
          | { __typename: 'LoanTerms' }
          | { __typename: 'PreciousMetalTerms' }
          | { __typename: 'WealthTerms' }
         | null, requestedBy: { id: string, username: string, displayName: string } | null, decidedBy: { id: string, username: string, displayName: string } | null } }> } };

export type FxRateListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  currency?: string | null | undefined;
}>;


export type FxRateListQuery = { fxRates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, currency: string, rate: string, effectiveFrom: string, createdBy: { id: string, displayName: string } | null } }> } };

export type BenchmarkRateListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  kind?: BenchmarkKind | null | undefined;
}>;


export type BenchmarkRateListQuery = { benchmarkRates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: BenchmarkKind, rate: string, effectiveFrom: string, announcedOn: string, note: string, createdBy: { id: string, displayName: string } | null } }> } };

export type BenchmarkRatesOnQueryVariables = Exact<{
  day?: string | null | undefined;
}>;


export type BenchmarkRatesOnQuery = { benchmarkRatesOn: Array<{ id: string, kind: BenchmarkKind, rate: string, effectiveFrom: string }> };

export type ChangeRequestTermsQueryVariables = Exact<{
  id: string | number;
}>;


export type ChangeRequestTermsQuery = { node:
    | { id: string, terms:
        | { __typename: 'CreditCardTerms', tier: CardTier, partnerBrand: string | null, annualFee: string, feeWaiverNote: string, interestFreeDaysMax: number, interestRate: string, pointsPerYuan: string, creditLimitMin: string, creditLimitMax: string, cashAdvanceFeeRate: string, cashAdvanceFeeMin: string, benefits: Array<string>, annualFeeWaivers: Array<{ name: string, share: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> }>, instalment: { periods: Array<number>, monthlyFeeRate: string, minimumPaymentRate: string, minimumPaymentFloor: string } | null, categoryMultipliers: Array<{ category: string, multiplier: string }> }
        | { __typename: 'DepositTerms', offeredTerms: Array<number>, tierApplication: TierApplication, minimumDeposit: string, earlyWithdrawalRate: string, autoRenewal: boolean, interest: { dayCount: DayCount, compounding: Compounding, posting: InterestPayment }, term: { min: number, max: number, multiple: number, unit: TermUnit } | null, rateTiers: Array<{ rate: string | null, rateMax: string | null, spreadBps: number | null, spreadBpsMax: number | null, bands: Array<{ unit: TierUnit, lower: string, upper: string | null }> }>, bonusRates: Array<{ name: string, rate: string, conditions: Array<{ type: ConditionType, amount: string | null, count: number | null, customerTypes: Array<CustomerType>, ageMin: number | null, ageMax: number | null, bundleCode: string | null, months: number | null, endsOn: string | null }> }> }
        | { __typename: 'FxTerms', currencyPairs: Array<string>, minimumAmount: string, tradingHours: string, tenors: Array<string>, premiumRate: string | null, linkedPair: string | null, principalProtected: boolean | null, yieldMin: string | null, yieldMax: string | null, fxSpreadBps: number }
        | { __typename: 'LoanTerms', rateType: LoanRateType, lprTenor: LprTenor | null, repricing: Repricing | null, effectiveRate: string, annualisedRate: string | null, amountMin: string, amountMax: string, amountDefault: string, termMonthsMin: number, termMonthsMax: number, termMonthsDefault: number, repaymentMethods: Array<RepaymentMethod>, collateralRequired: boolean, maxLtv: string | null, gracePeriodDays: number, penaltyRate: string, rateTiers: Array<{ rate: string | null, rateMax: string | null, spreadBps: number | null, spreadBpsMax: number | null, bands: Array<{ unit: TierUnit, lower: string, upper: string | null }> }>, interest: { dayCount: DayCount, repaymentFrequency: RepaymentFrequency, firstPayment: FirstPayment, paymentDay: number | null } }
        | { __typename: 'PreciousMetalTerms', metal: Metal, unit: MetalUnit, purity: string, spread: string, minimumTradeUnits: string, physicalDelivery: boolean, leverage: string }
        | { __typename: 'WealthTerms', benchmarkMin: string, benchmarkMax: string, openEnded: boolean, termDays: number | null, minimumInvestment: string, subscriptionFeeRate: string, managementFeeRate: string, custodyFeeRate: string, offering: Offering, coolingOffHours: number }
       | null }
    | Record<PropertyKey, never>
   | null };

export const CustomerRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerType"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"riskTolerance"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessmentCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"kycStatus"}},{"kind":"Field","name":{"kind":"Name","value":"aum"}}]}}]} as unknown as DocumentNode<CustomerRowFragment, unknown>;
export const AlertRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"autoResolved"}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AlertRowFragment, unknown>;
export const RiskRuleRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskRuleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"normalLow"}},{"kind":"Field","name":{"kind":"Name","value":"normalHigh"}},{"kind":"Field","name":{"kind":"Name","value":"warningLevel"}},{"kind":"Field","name":{"kind":"Name","value":"criticalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDays"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"autoAction"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RiskRuleRowFragment, unknown>;
export const ConditionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConditionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"customerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"bundleCode"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]} as unknown as DocumentNode<ConditionFieldsFragment, unknown>;
export const FeeWaiverFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeeWaiverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeeWaiver"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConditionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConditionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"customerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"bundleCode"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]} as unknown as DocumentNode<FeeWaiverFieldsFragment, unknown>;
export const FeeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"chargedOn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"capPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"waivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeeWaiverFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConditionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"customerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"bundleCode"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeeWaiverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeeWaiver"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConditionFields"}}]}}]}}]} as unknown as DocumentNode<FeeFieldsFragment, unknown>;
export const RateTierFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RateTierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateTier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateMax"}},{"kind":"Field","name":{"kind":"Name","value":"spreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"spreadBpsMax"}}]}}]} as unknown as DocumentNode<RateTierFieldsFragment, unknown>;
export const ProductTermsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepositTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"compounding"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offeredTerms"}},{"kind":"Field","name":{"kind":"Name","value":"tierApplication"}},{"kind":"Field","name":{"kind":"Name","value":"rateTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateTierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConditionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumDeposit"}},{"kind":"Field","name":{"kind":"Name","value":"earlyWithdrawalRate"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewal"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateType"}},{"kind":"Field","name":{"kind":"Name","value":"lprTenor"}},{"kind":"Field","name":{"kind":"Name","value":"repricing"}},{"kind":"Field","name":{"kind":"Name","value":"rateTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateTierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRate"}},{"kind":"Field","name":{"kind":"Name","value":"annualisedRate"}},{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"firstPayment"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"}},{"kind":"Field","name":{"kind":"Name","value":"amountDefault"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsMin"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsMax"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsDefault"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"collateralRequired"}},{"kind":"Field","name":{"kind":"Name","value":"maxLtv"}},{"kind":"Field","name":{"kind":"Name","value":"gracePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyRate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCardTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"partnerBrand"}},{"kind":"Field","name":{"kind":"Name","value":"annualFee"}},{"kind":"Field","name":{"kind":"Name","value":"annualFeeWaivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeeWaiverFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeWaiverNote"}},{"kind":"Field","name":{"kind":"Name","value":"instalment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPaymentRate"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPaymentFloor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestFreeDaysMax"}},{"kind":"Field","name":{"kind":"Name","value":"interestRate"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerYuan"}},{"kind":"Field","name":{"kind":"Name","value":"categoryMultipliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLimitMin"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimitMax"}},{"kind":"Field","name":{"kind":"Name","value":"cashAdvanceFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"cashAdvanceFeeMin"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WealthTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarkMin"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkMax"}},{"kind":"Field","name":{"kind":"Name","value":"openEnded"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"minimumInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"managementFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"custodyFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"offering"}},{"kind":"Field","name":{"kind":"Name","value":"coolingOffHours"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FxTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyPairs"}},{"kind":"Field","alias":{"kind":"Name","value":"fxSpreadBps"},"name":{"kind":"Name","value":"spreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAmount"}},{"kind":"Field","name":{"kind":"Name","value":"tradingHours"}},{"kind":"Field","name":{"kind":"Name","value":"tenors"}},{"kind":"Field","name":{"kind":"Name","value":"premiumRate"}},{"kind":"Field","name":{"kind":"Name","value":"linkedPair"}},{"kind":"Field","name":{"kind":"Name","value":"principalProtected"}},{"kind":"Field","name":{"kind":"Name","value":"yieldMin"}},{"kind":"Field","name":{"kind":"Name","value":"yieldMax"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreciousMetalTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"purity"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"minimumTradeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"physicalDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"leverage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConditionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"customerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"bundleCode"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RateTierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateTier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateMax"}},{"kind":"Field","name":{"kind":"Name","value":"spreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"spreadBpsMax"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeeWaiverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeeWaiver"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConditionFields"}}]}}]}}]} as unknown as DocumentNode<ProductTermsFieldsFragment, unknown>;
export const ProductCommonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCommonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}},{"kind":"Field","name":{"kind":"Name","value":"targetCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"minAnnualIncome"}},{"kind":"Field","name":{"kind":"Name","value":"customerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"residency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"publishFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesStart"}},{"kind":"Field","name":{"kind":"Name","value":"salesEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedByRisk"}},{"kind":"Field","name":{"kind":"Name","value":"headlineRate"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductTermsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConditionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"customerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"bundleCode"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeeWaiverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeeWaiver"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConditionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RateTierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateTier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateMax"}},{"kind":"Field","name":{"kind":"Name","value":"spreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"spreadBpsMax"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"chargedOn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"capPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"waivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeeWaiverFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepositTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"compounding"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offeredTerms"}},{"kind":"Field","name":{"kind":"Name","value":"tierApplication"}},{"kind":"Field","name":{"kind":"Name","value":"rateTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateTierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConditionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumDeposit"}},{"kind":"Field","name":{"kind":"Name","value":"earlyWithdrawalRate"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewal"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateType"}},{"kind":"Field","name":{"kind":"Name","value":"lprTenor"}},{"kind":"Field","name":{"kind":"Name","value":"repricing"}},{"kind":"Field","name":{"kind":"Name","value":"rateTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateTierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRate"}},{"kind":"Field","name":{"kind":"Name","value":"annualisedRate"}},{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"firstPayment"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"}},{"kind":"Field","name":{"kind":"Name","value":"amountDefault"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsMin"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsMax"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsDefault"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"collateralRequired"}},{"kind":"Field","name":{"kind":"Name","value":"maxLtv"}},{"kind":"Field","name":{"kind":"Name","value":"gracePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyRate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCardTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"partnerBrand"}},{"kind":"Field","name":{"kind":"Name","value":"annualFee"}},{"kind":"Field","name":{"kind":"Name","value":"annualFeeWaivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeeWaiverFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeWaiverNote"}},{"kind":"Field","name":{"kind":"Name","value":"instalment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPaymentRate"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPaymentFloor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestFreeDaysMax"}},{"kind":"Field","name":{"kind":"Name","value":"interestRate"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerYuan"}},{"kind":"Field","name":{"kind":"Name","value":"categoryMultipliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLimitMin"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimitMax"}},{"kind":"Field","name":{"kind":"Name","value":"cashAdvanceFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"cashAdvanceFeeMin"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WealthTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarkMin"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkMax"}},{"kind":"Field","name":{"kind":"Name","value":"openEnded"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"minimumInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"managementFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"custodyFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"offering"}},{"kind":"Field","name":{"kind":"Name","value":"coolingOffHours"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FxTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyPairs"}},{"kind":"Field","alias":{"kind":"Name","value":"fxSpreadBps"},"name":{"kind":"Name","value":"spreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAmount"}},{"kind":"Field","name":{"kind":"Name","value":"tradingHours"}},{"kind":"Field","name":{"kind":"Name","value":"tenors"}},{"kind":"Field","name":{"kind":"Name","value":"premiumRate"}},{"kind":"Field","name":{"kind":"Name","value":"linkedPair"}},{"kind":"Field","name":{"kind":"Name","value":"principalProtected"}},{"kind":"Field","name":{"kind":"Name","value":"yieldMin"}},{"kind":"Field","name":{"kind":"Name","value":"yieldMax"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreciousMetalTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"purity"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"minimumTradeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"physicalDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"leverage"}}]}}]}}]} as unknown as DocumentNode<ProductCommonFieldsFragment, unknown>;
export const ChangeRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<ChangeRequestFieldsFragment, unknown>;
export const AuditEventListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEventList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventListQuery, AuditEventListQueryVariables>;
export const CustomerAccessListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerAccessList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerAccessFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerAccesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"through"}},{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"firstAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerAccessListQuery, CustomerAccessListQueryVariables>;
export const RefusalCountListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RefusalCountList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refusalCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorName"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"minute"}},{"kind":"Field","name":{"kind":"Name","value":"firstAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RefusalCountListQuery, RefusalCountListQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const UserCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"added"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UserCreateMutation, UserCreateMutationVariables>;
export const UserUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"added"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UserUpdateMutation, UserUpdateMutationVariables>;
export const UserSetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserSetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userSetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UserSetPasswordMutation, UserSetPasswordMutationVariables>;
export const ApiKeyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyCreateMutation, ApiKeyCreateMutationVariables>;
export const ApiKeyRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyRevokeMutation, ApiKeyRevokeMutationVariables>;
export const UserUnlockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserUnlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userUnlock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UserUnlockMutation, UserUnlockMutationVariables>;
export const RoleGrantApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoleGrantApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleGrantApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RoleGrantApproveMutation, RoleGrantApproveMutationVariables>;
export const RoleGrantRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoleGrantReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleGrantReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RoleGrantRejectMutation, RoleGrantRejectMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const UserListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UserListQuery, UserListQueryVariables>;
export const RoleListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<RoleListQuery, RoleListQueryVariables>;
export const ApiKeyListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeyList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyListQuery, ApiKeyListQueryVariables>;
export const PendingRoleGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingRoleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingRoleGrantsQuery, PendingRoleGrantsQueryVariables>;
export const CustomerPiiRevealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerPiiReveal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fields"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PiiField"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerPiiReveal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"fields"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fields"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdingId"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPiiRevealMutation, CustomerPiiRevealMutationVariables>;
export const CustomerImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errorReportCsv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerImportMutation, CustomerImportMutationVariables>;
export const SegmentCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SegmentCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SegmentCreateMutation, SegmentCreateMutationVariables>;
export const SegmentUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SegmentUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SegmentUpdateMutation, SegmentUpdateMutationVariables>;
export const SegmentDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SegmentDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SegmentDeleteMutation, SegmentDeleteMutationVariables>;
export const SegmentRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SegmentRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentRefresh"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SegmentRefreshMutation, SegmentRefreshMutationVariables>;
export const SegmentClusterRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SegmentClusterRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentClusterRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"k"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"silhouetteScore"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SegmentClusterRunMutation, SegmentClusterRunMutationVariables>;
export const NeedRuleUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NeedRuleUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedRuleUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needRuleUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"suggestFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"suggestSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NeedRuleUpdateMutation, NeedRuleUpdateMutationVariables>;
export const NeedsRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NeedsRefresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsRefresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NeedsRefreshMutation, NeedsRefreshMutationVariables>;
export const CustomerExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerExportMutation, CustomerExportMutationVariables>;
export const CustomerListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerType"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"riskTolerance"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessmentCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"kycStatus"}},{"kind":"Field","name":{"kind":"Name","value":"aum"}}]}}]} as unknown as DocumentNode<CustomerListQuery, CustomerListQueryVariables>;
export const CustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRow"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthMonth"}},{"kind":"Field","name":{"kind":"Name","value":"idType"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"annualIncome"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"companySize"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"}},{"kind":"Field","name":{"kind":"Name","value":"consentDate"}},{"kind":"Field","name":{"kind":"Name","value":"consentChannel"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"riskExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"holdings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rateAtOpening"}},{"kind":"Field","name":{"kind":"Name","value":"maturityDate"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"daysPastDue"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"classificationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"daysPastDue"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerType"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"riskTolerance"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessmentCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"kycStatus"}},{"kind":"Field","name":{"kind":"Name","value":"aum"}}]}}]} as unknown as DocumentNode<CustomerQuery, CustomerQueryVariables>;
export const CustomerTransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartyCountry"}},{"kind":"Field","name":{"kind":"Name","value":"merchantCategory"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerTransactionsQuery, CustomerTransactionsQueryVariables>;
export const CustomerFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"nps"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerFeedbackQuery, CustomerFeedbackQueryVariables>;
export const CustomerNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerNeedsQuery, CustomerNeedsQueryVariables>;
export const RecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Recommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"needCodes"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationsQuery, RecommendationsQueryVariables>;
export const SegmentListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SegmentListQuery, SegmentListQueryVariables>;
export const SegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Segment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"silhouetteScore"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionZh"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}}]}}]}}]}}]} as unknown as DocumentNode<SegmentQuery, SegmentQueryVariables>;
export const SegmentMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerRow"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerType"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"riskTolerance"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessmentCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"kycStatus"}},{"kind":"Field","name":{"kind":"Name","value":"aum"}}]}}]} as unknown as DocumentNode<SegmentMembersQuery, SegmentMembersQueryVariables>;
export const SegmentPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SegmentPreviewQuery, SegmentPreviewQueryVariables>;
export const SegmentOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SegmentOptionsQuery, SegmentOptionsQueryVariables>;
export const NeedsSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedsSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"segmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]} as unknown as DocumentNode<NeedsSummaryQuery, NeedsSummaryQueryVariables>;
export const NeedRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"suggestFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"suggestSubtypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedRulesQuery, NeedRulesQueryVariables>;
export const DemandForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"family"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFamily"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastMetric"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"horizon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"family"},"value":{"kind":"Variable","name":{"kind":"Name","value":"family"}}},{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"horizon"},"value":{"kind":"Variable","name":{"kind":"Name","value":"horizon"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"lower80"}},{"kind":"Field","name":{"kind":"Name","value":"upper80"}},{"kind":"Field","name":{"kind":"Name","value":"lower95"}},{"kind":"Field","name":{"kind":"Name","value":"upper95"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"mape"}},{"kind":"Field","name":{"kind":"Name","value":"baselineMape"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DemandForecastQuery, DemandForecastQueryVariables>;
export const ProductOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductOptionsQuery, ProductOptionsQueryVariables>;
export const ProductFeedbackSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductFeedbackSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productFeedbackSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"ratedCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"nps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"promoters"}},{"kind":"Field","name":{"kind":"Name","value":"passives"}},{"kind":"Field","name":{"kind":"Name","value":"detractors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestComments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"nps"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"npsScore"}}]}}]}}]}}]} as unknown as DocumentNode<ProductFeedbackSummaryQuery, ProductFeedbackSummaryQueryVariables>;
export const RiskRuleCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RiskRuleCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskRuleCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskRuleCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskRuleRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskRuleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"normalLow"}},{"kind":"Field","name":{"kind":"Name","value":"normalHigh"}},{"kind":"Field","name":{"kind":"Name","value":"warningLevel"}},{"kind":"Field","name":{"kind":"Name","value":"criticalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDays"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"autoAction"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RiskRuleCreateMutation, RiskRuleCreateMutationVariables>;
export const RiskRuleUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RiskRuleUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskRuleUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskRuleUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskRuleRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskRuleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"normalLow"}},{"kind":"Field","name":{"kind":"Name","value":"normalHigh"}},{"kind":"Field","name":{"kind":"Name","value":"warningLevel"}},{"kind":"Field","name":{"kind":"Name","value":"criticalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDays"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"autoAction"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RiskRuleUpdateMutation, RiskRuleUpdateMutationVariables>;
export const RiskRuleDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RiskRuleDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskRuleDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RiskRuleDeleteMutation, RiskRuleDeleteMutationVariables>;
export const MonitoringEvaluateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MonitoringEvaluate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringEvaluate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"raised"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MonitoringEvaluateMutation, MonitoringEvaluateMutationVariables>;
export const AlertAcknowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertAcknowledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AlertAcknowledgeMutation, AlertAcknowledgeMutationVariables>;
export const AlertAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertAssign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AlertAssignMutation, AlertAssignMutationVariables>;
export const AlertCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AlertCommentMutation, AlertCommentMutationVariables>;
export const AlertResolveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertResolve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertResolve"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AlertResolveMutation, AlertResolveMutationVariables>;
export const RiskRuleChangeApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RiskRuleChangeApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskRuleChangeApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RiskRuleChangeApproveMutation, RiskRuleChangeApproveMutationVariables>;
export const RiskRuleChangeRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RiskRuleChangeReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskRuleChangeReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RiskRuleChangeRejectMutation, RiskRuleChangeRejectMutationVariables>;
export const RiskRuleChangeWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RiskRuleChangeWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskRuleChangeWithdraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RiskRuleChangeWithdrawMutation, RiskRuleChangeWithdrawMutationVariables>;
export const AccessRuleUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRuleUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRuleUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"criticalThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRuleUpdateMutation, AccessRuleUpdateMutationVariables>;
export const ProductCostRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductCostRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductCostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCostRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductCostRecordMutation, ProductCostRecordMutationVariables>;
export const ProductCostUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductCostUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductCostUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCostUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductCostUpdateMutation, ProductCostUpdateMutationVariables>;
export const ProductCostDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductCostDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCostDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductCostDeleteMutation, ProductCostDeleteMutationVariables>;
export const TransferRateSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferRateSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferRateSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TransferRateSetMutation, TransferRateSetMutationVariables>;
export const TransferRateDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferRateDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferRateDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TransferRateDeleteMutation, TransferRateDeleteMutationVariables>;
export const MarketTotalSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketTotalSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarketTotalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketTotalSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MarketTotalSetMutation, MarketTotalSetMutationVariables>;
export const MarketTotalDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketTotalDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketTotalDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MarketTotalDeleteMutation, MarketTotalDeleteMutationVariables>;
export const CompetitorRateCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompetitorRateCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompetitorRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitorRateCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitorRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompetitorRateCreateMutation, CompetitorRateCreateMutationVariables>;
export const CompetitorRateUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompetitorRateUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompetitorRateUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitorRateUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitorRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"competitor"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompetitorRateUpdateMutation, CompetitorRateUpdateMutationVariables>;
export const CompetitorRateDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompetitorRateDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitorRateDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompetitorRateDeleteMutation, CompetitorRateDeleteMutationVariables>;
export const ProductPerformanceReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductPerformanceReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"family"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFamily"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}},{"kind":"Argument","name":{"kind":"Name","value":"family"},"value":{"kind":"Variable","name":{"kind":"Name","value":"family"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"averageBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDays"}},{"kind":"Field","name":{"kind":"Name","value":"customerRate"}},{"kind":"Field","name":{"kind":"Name","value":"customerRateEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"transferRate"}},{"kind":"Field","name":{"kind":"Name","value":"interestMargin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"profit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceGrowth"}},{"kind":"Field","name":{"kind":"Name","value":"newSales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newSalesCount"}},{"kind":"Field","name":{"kind":"Name","value":"previousNewSales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newSalesGrowth"}},{"kind":"Field","name":{"kind":"Name","value":"familyShare"}},{"kind":"Field","name":{"kind":"Name","value":"marketShare"}},{"kind":"Field","name":{"kind":"Name","value":"marketTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratedCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedShare"}},{"kind":"Field","name":{"kind":"Name","value":"npsCount"}},{"kind":"Field","name":{"kind":"Name","value":"nps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankedCount"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<ProductPerformanceReportQuery, ProductPerformanceReportQueryVariables>;
export const ProductPerformanceExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductPerformanceExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"family"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFamily"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productPerformanceExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}},{"kind":"Argument","name":{"kind":"Name","value":"family"},"value":{"kind":"Variable","name":{"kind":"Name","value":"family"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ProductPerformanceExportQuery, ProductPerformanceExportQueryVariables>;
export const ProductSuggestionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductSuggestionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"family"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFamily"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"family"},"value":{"kind":"Variable","name":{"kind":"Name","value":"family"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"detailZh"}},{"kind":"Field","name":{"kind":"Name","value":"detailEn"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ProductSuggestionListQuery, ProductSuggestionListQueryVariables>;
export const PerformanceProductOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerformanceProductOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PerformanceProductOptionsQuery, PerformanceProductOptionsQueryVariables>;
export const ProductCostListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductCostList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductCostFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductCostListQuery, ProductCostListQueryVariables>;
export const TransferRateListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferRateList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransferRateListQuery, TransferRateListQueryVariables>;
export const MarketTotalListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketTotalList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"family"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFamily"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"family"},"value":{"kind":"Variable","name":{"kind":"Name","value":"family"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketTotalListQuery, MarketTotalListQueryVariables>;
export const CompetitorRateListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompetitorRateList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CompetitorRateFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitorRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"competitor"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompetitorRateListQuery, CompetitorRateListQueryVariables>;
export const MonitoringOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonitoringOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"openAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"info"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}}]}},{"kind":"Field","name":{"kind":"Name","value":"watchedProducts"}},{"kind":"Field","name":{"kind":"Name","value":"productsWithAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedProducts"}},{"kind":"Field","name":{"kind":"Name","value":"totalBalance"}},{"kind":"Field","name":{"kind":"Name","value":"loanNplRatio"}},{"kind":"Field","name":{"kind":"Name","value":"txCountYesterday"}},{"kind":"Field","name":{"kind":"Name","value":"txCountAverage"}}]}}]}}]} as unknown as DocumentNode<MonitoringOverviewQuery, MonitoringOverviewQueryVariables>;
export const MetricTrendsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricTrends"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"family"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFamily"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"txCount"},"name":{"kind":"Name","value":"metricSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"TX_COUNT"}},{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}},{"kind":"Argument","name":{"kind":"Name","value":"family"},"value":{"kind":"Variable","name":{"kind":"Name","value":"family"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"balance"},"name":{"kind":"Name","value":"metricSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"BALANCE"}},{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}},{"kind":"Argument","name":{"kind":"Name","value":"family"},"value":{"kind":"Variable","name":{"kind":"Name","value":"family"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"nplRatio"},"name":{"kind":"Name","value":"metricSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"NPL_RATIO"}},{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}},{"kind":"Argument","name":{"kind":"Name","value":"family"},"value":{"kind":"EnumValue","value":"LOAN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<MetricTrendsQuery, MetricTrendsQueryVariables>;
export const ProductHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"worstSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ProductHealthQuery, ProductHealthQueryVariables>;
export const AlertListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRow"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"autoResolved"}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AlertListQuery, AlertListQueryVariables>;
export const AlertsSinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertsSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"autoResolved"}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AlertsSinceQuery, AlertsSinceQueryVariables>;
export const AlertDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRow"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDays"}},{"kind":"Field","name":{"kind":"Name","value":"warningLevel"}},{"kind":"Field","name":{"kind":"Name","value":"criticalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"normalLow"}},{"kind":"Field","name":{"kind":"Name","value":"normalHigh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"autoResolved"}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AlertDetailQuery, AlertDetailQueryVariables>;
export const AlertAssigneesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertAssignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertAssignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AlertAssigneesQuery, AlertAssigneesQueryVariables>;
export const RiskRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductMetric"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskRuleRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskRuleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"normalLow"}},{"kind":"Field","name":{"kind":"Name","value":"normalHigh"}},{"kind":"Field","name":{"kind":"Name","value":"warningLevel"}},{"kind":"Field","name":{"kind":"Name","value":"criticalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDays"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"autoAction"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RiskRulesQuery, RiskRulesQueryVariables>;
export const RuleProductOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleProductOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RuleProductOptionsQuery, RuleProductOptionsQueryVariables>;
export const RiskAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RiskAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAlertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"autoResolved"}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<RiskAlertsSubscription, RiskAlertsSubscriptionVariables>;
export const AccessRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"criticalThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessRulesQuery, AccessRulesQueryVariables>;
export const ProductCalculatorContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductCalculatorContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepositTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offeredTerms"}},{"kind":"Field","name":{"kind":"Name","value":"tierApplication"}},{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumDeposit"}},{"kind":"Field","name":{"kind":"Name","value":"earlyWithdrawalRate"}},{"kind":"Field","name":{"kind":"Name","value":"rateTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"customerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"bundleCode"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateType"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRate"}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"}},{"kind":"Field","name":{"kind":"Name","value":"amountDefault"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsMin"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsMax"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsDefault"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"collateralRequired"}},{"kind":"Field","name":{"kind":"Name","value":"maxLtv"}},{"kind":"Field","name":{"kind":"Name","value":"rateTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateMax"}},{"kind":"Field","name":{"kind":"Name","value":"spreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"spreadBpsMax"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCardTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interestFreeDaysMax"}},{"kind":"Field","name":{"kind":"Name","value":"instalment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPaymentRate"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPaymentFloor"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WealthTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarkMin"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkMax"}},{"kind":"Field","name":{"kind":"Name","value":"openEnded"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"minimumInvestment"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductCalculatorContextQuery, ProductCalculatorContextQueryVariables>;
export const LoanScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draft"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CalculatorDraftInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termMonths"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RepaymentMethod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ltv"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"drawnOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prepayment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PrepaymentInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"draft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draft"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"termMonths"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termMonths"}}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"rate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rate"}}},{"kind":"Argument","name":{"kind":"Name","value":"ltv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ltv"}}},{"kind":"Argument","name":{"kind":"Name","value":"drawnOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"drawnOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"prepayment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prepayment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"totalPayment"}},{"kind":"Field","name":{"kind":"Name","value":"totalInterest"}},{"kind":"Field","name":{"kind":"Name","value":"totalFees"}},{"kind":"Field","name":{"kind":"Name","value":"apr"}},{"kind":"Field","name":{"kind":"Name","value":"upfrontFees"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"instalments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"payment"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"prepayment"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]} as unknown as DocumentNode<LoanScheduleQuery, LoanScheduleQueryVariables>;
export const DepositInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepositInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draft"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CalculatorDraftInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termMonths"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noticeDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withdrawnOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"circumstances"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CircumstancesInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depositInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"draft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draft"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"termMonths"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termMonths"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"Argument","name":{"kind":"Name","value":"noticeDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noticeDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"startOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"withdrawnOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withdrawnOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"circumstances"},"value":{"kind":"Variable","name":{"kind":"Name","value":"circumstances"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"maturityOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseInterest"}},{"kind":"Field","name":{"kind":"Name","value":"bonuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalInterest"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRate"}},{"kind":"Field","name":{"kind":"Name","value":"early"}}]}}]}}]} as unknown as DocumentNode<DepositInterestQuery, DepositInterestQueryVariables>;
export const CardInstalmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardInstalment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draft"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CalculatorDraftInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periods"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardInstalment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"draft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draft"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"periods"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periods"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFee"}},{"kind":"Field","name":{"kind":"Name","value":"totalFee"}},{"kind":"Field","name":{"kind":"Name","value":"apr"}},{"kind":"Field","name":{"kind":"Name","value":"interestFreeDaysMax"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPayment"}},{"kind":"Field","name":{"kind":"Name","value":"instalments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"payment"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"prepayment"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]} as unknown as DocumentNode<CardInstalmentQuery, CardInstalmentQueryVariables>;
export const WealthProjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WealthProjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draft"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CalculatorDraftInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wealthProjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}},{"kind":"Argument","name":{"kind":"Name","value":"draft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draft"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"invested"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionFee"}},{"kind":"Field","name":{"kind":"Name","value":"managementFee"}},{"kind":"Field","name":{"kind":"Name","value":"custodyFee"}},{"kind":"Field","name":{"kind":"Name","value":"feesPaid"}},{"kind":"Field","name":{"kind":"Name","value":"lowRate"}},{"kind":"Field","name":{"kind":"Name","value":"highRate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteed"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<WealthProjectionQuery, WealthProjectionQueryVariables>;
export const ProductCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductCreateMutation, ProductCreateMutationVariables>;
export const ProductUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductUpdateMutation, ProductUpdateMutationVariables>;
export const ProductSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductSubmitMutation, ProductSubmitMutationVariables>;
export const ProductApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductApproveMutation, ProductApproveMutationVariables>;
export const ProductRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductRejectMutation, ProductRejectMutationVariables>;
export const ProductLaunchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductLaunch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productLaunch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductLaunchMutation, ProductLaunchMutationVariables>;
export const ProductSuspendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductSuspend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productSuspend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductSuspendMutation, ProductSuspendMutationVariables>;
export const ProductResumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductResume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productResume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductResumeMutation, ProductResumeMutationVariables>;
export const ProductTakeOfflineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductTakeOffline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productTakeOffline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductTakeOfflineMutation, ProductTakeOfflineMutationVariables>;
export const ProductRetireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductRetire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productRetire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductRetireMutation, ProductRetireMutationVariables>;
export const ProductChangeRequestCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductChangeRequestCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductChangeRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productChangeRequestCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductChangeRequestCreateMutation, ProductChangeRequestCreateMutationVariables>;
export const ProductChangeRequestApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductChangeRequestApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productChangeRequestApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductChangeRequestApproveMutation, ProductChangeRequestApproveMutationVariables>;
export const ProductChangeRequestRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductChangeRequestReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productChangeRequestReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductChangeRequestRejectMutation, ProductChangeRequestRejectMutationVariables>;
export const ProductChangeRequestCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductChangeRequestCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productChangeRequestCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductChangeRequestCancelMutation, ProductChangeRequestCancelMutationVariables>;
export const ProductDocumentUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductDocumentUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductDocumentUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productDocumentUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductDocumentUploadMutation, ProductDocumentUploadMutationVariables>;
export const FxRateSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FxRateSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FxRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fxRateSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fxRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FxRateSetMutation, FxRateSetMutationVariables>;
export const FxRateDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FxRateDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fxRateDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FxRateDeleteMutation, FxRateDeleteMutationVariables>;
export const BenchmarkRateSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchmarkRateSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarkRateSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarkRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BenchmarkRateSetMutation, BenchmarkRateSetMutationVariables>;
export const BenchmarkRateDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchmarkRateDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarkRateDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BenchmarkRateDeleteMutation, BenchmarkRateDeleteMutationVariables>;
export const ProductListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"headlineRate"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualisedRate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductListQuery, ProductListQueryVariables>;
export const ProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Product"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductCommonFields"}},{"kind":"Field","name":{"kind":"Name","value":"isOnSaleAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"termsSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"headlineRate"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductTermsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConditionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"customerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"bundleCode"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeeWaiverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeeWaiver"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConditionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"chargedOn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"capPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"waivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeeWaiverFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RateTierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateTier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateMax"}},{"kind":"Field","name":{"kind":"Name","value":"spreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"spreadBpsMax"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepositTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"compounding"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offeredTerms"}},{"kind":"Field","name":{"kind":"Name","value":"tierApplication"}},{"kind":"Field","name":{"kind":"Name","value":"rateTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateTierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConditionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumDeposit"}},{"kind":"Field","name":{"kind":"Name","value":"earlyWithdrawalRate"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewal"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateType"}},{"kind":"Field","name":{"kind":"Name","value":"lprTenor"}},{"kind":"Field","name":{"kind":"Name","value":"repricing"}},{"kind":"Field","name":{"kind":"Name","value":"rateTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateTierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRate"}},{"kind":"Field","name":{"kind":"Name","value":"annualisedRate"}},{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"firstPayment"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"}},{"kind":"Field","name":{"kind":"Name","value":"amountDefault"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsMin"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsMax"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsDefault"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"collateralRequired"}},{"kind":"Field","name":{"kind":"Name","value":"maxLtv"}},{"kind":"Field","name":{"kind":"Name","value":"gracePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyRate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCardTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"partnerBrand"}},{"kind":"Field","name":{"kind":"Name","value":"annualFee"}},{"kind":"Field","name":{"kind":"Name","value":"annualFeeWaivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeeWaiverFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeWaiverNote"}},{"kind":"Field","name":{"kind":"Name","value":"instalment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPaymentRate"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPaymentFloor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestFreeDaysMax"}},{"kind":"Field","name":{"kind":"Name","value":"interestRate"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerYuan"}},{"kind":"Field","name":{"kind":"Name","value":"categoryMultipliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLimitMin"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimitMax"}},{"kind":"Field","name":{"kind":"Name","value":"cashAdvanceFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"cashAdvanceFeeMin"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WealthTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarkMin"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkMax"}},{"kind":"Field","name":{"kind":"Name","value":"openEnded"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"minimumInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"managementFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"custodyFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"offering"}},{"kind":"Field","name":{"kind":"Name","value":"coolingOffHours"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FxTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyPairs"}},{"kind":"Field","alias":{"kind":"Name","value":"fxSpreadBps"},"name":{"kind":"Name","value":"spreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAmount"}},{"kind":"Field","name":{"kind":"Name","value":"tradingHours"}},{"kind":"Field","name":{"kind":"Name","value":"tenors"}},{"kind":"Field","name":{"kind":"Name","value":"premiumRate"}},{"kind":"Field","name":{"kind":"Name","value":"linkedPair"}},{"kind":"Field","name":{"kind":"Name","value":"principalProtected"}},{"kind":"Field","name":{"kind":"Name","value":"yieldMin"}},{"kind":"Field","name":{"kind":"Name","value":"yieldMax"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreciousMetalTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"purity"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"minimumTradeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"physicalDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"leverage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCommonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}},{"kind":"Field","name":{"kind":"Name","value":"targetCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"minAnnualIncome"}},{"kind":"Field","name":{"kind":"Name","value":"customerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"residency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"publishFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesStart"}},{"kind":"Field","name":{"kind":"Name","value":"salesEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedByRisk"}},{"kind":"Field","name":{"kind":"Name","value":"headlineRate"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductTermsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<ProductQuery, ProductQueryVariables>;
export const ProductVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"diff"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductVersionsQuery, ProductVersionsQueryVariables>;
export const ProductCompareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductCompare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCompare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductCommonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConditionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"customerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"bundleCode"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeeWaiverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeeWaiver"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConditionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"chargedOn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"capPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"waivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeeWaiverFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RateTierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateTier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateMax"}},{"kind":"Field","name":{"kind":"Name","value":"spreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"spreadBpsMax"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepositTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"compounding"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offeredTerms"}},{"kind":"Field","name":{"kind":"Name","value":"tierApplication"}},{"kind":"Field","name":{"kind":"Name","value":"rateTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateTierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConditionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumDeposit"}},{"kind":"Field","name":{"kind":"Name","value":"earlyWithdrawalRate"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewal"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateType"}},{"kind":"Field","name":{"kind":"Name","value":"lprTenor"}},{"kind":"Field","name":{"kind":"Name","value":"repricing"}},{"kind":"Field","name":{"kind":"Name","value":"rateTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateTierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRate"}},{"kind":"Field","name":{"kind":"Name","value":"annualisedRate"}},{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"firstPayment"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"}},{"kind":"Field","name":{"kind":"Name","value":"amountDefault"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsMin"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsMax"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsDefault"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"collateralRequired"}},{"kind":"Field","name":{"kind":"Name","value":"maxLtv"}},{"kind":"Field","name":{"kind":"Name","value":"gracePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyRate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCardTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"partnerBrand"}},{"kind":"Field","name":{"kind":"Name","value":"annualFee"}},{"kind":"Field","name":{"kind":"Name","value":"annualFeeWaivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeeWaiverFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeWaiverNote"}},{"kind":"Field","name":{"kind":"Name","value":"instalment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPaymentRate"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPaymentFloor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestFreeDaysMax"}},{"kind":"Field","name":{"kind":"Name","value":"interestRate"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerYuan"}},{"kind":"Field","name":{"kind":"Name","value":"categoryMultipliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLimitMin"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimitMax"}},{"kind":"Field","name":{"kind":"Name","value":"cashAdvanceFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"cashAdvanceFeeMin"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WealthTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarkMin"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkMax"}},{"kind":"Field","name":{"kind":"Name","value":"openEnded"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"minimumInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"managementFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"custodyFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"offering"}},{"kind":"Field","name":{"kind":"Name","value":"coolingOffHours"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FxTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyPairs"}},{"kind":"Field","alias":{"kind":"Name","value":"fxSpreadBps"},"name":{"kind":"Name","value":"spreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAmount"}},{"kind":"Field","name":{"kind":"Name","value":"tradingHours"}},{"kind":"Field","name":{"kind":"Name","value":"tenors"}},{"kind":"Field","name":{"kind":"Name","value":"premiumRate"}},{"kind":"Field","name":{"kind":"Name","value":"linkedPair"}},{"kind":"Field","name":{"kind":"Name","value":"principalProtected"}},{"kind":"Field","name":{"kind":"Name","value":"yieldMin"}},{"kind":"Field","name":{"kind":"Name","value":"yieldMax"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreciousMetalTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"purity"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"minimumTradeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"physicalDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"leverage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCommonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"}},{"kind":"Field","name":{"kind":"Name","value":"targetCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"minAnnualIncome"}},{"kind":"Field","name":{"kind":"Name","value":"customerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"residency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"publishFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesStart"}},{"kind":"Field","name":{"kind":"Name","value":"salesEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedByRisk"}},{"kind":"Field","name":{"kind":"Name","value":"headlineRate"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductTermsFields"}}]}}]}}]} as unknown as DocumentNode<ProductCompareQuery, ProductCompareQueryVariables>;
export const ProductChangeRequestListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductChangeRequestList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequestStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productChangeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<ProductChangeRequestListQuery, ProductChangeRequestListQueryVariables>;
export const FxRateListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FxRateList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fxRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FxRateListQuery, FxRateListQueryVariables>;
export const BenchmarkRateListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchmarkRateList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarkRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchmarkRateListQuery, BenchmarkRateListQueryVariables>;
export const BenchmarkRatesOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchmarkRatesOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarkRatesOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]} as unknown as DocumentNode<BenchmarkRatesOnQuery, BenchmarkRatesOnQueryVariables>;
export const ChangeRequestTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeRequestTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductTermsFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RateTierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateTier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateMax"}},{"kind":"Field","name":{"kind":"Name","value":"spreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"spreadBpsMax"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConditionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"customerTypes"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"bundleCode"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeeWaiverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeeWaiver"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConditionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductTermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepositTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"compounding"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offeredTerms"}},{"kind":"Field","name":{"kind":"Name","value":"tierApplication"}},{"kind":"Field","name":{"kind":"Name","value":"rateTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateTierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConditionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumDeposit"}},{"kind":"Field","name":{"kind":"Name","value":"earlyWithdrawalRate"}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewal"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateType"}},{"kind":"Field","name":{"kind":"Name","value":"lprTenor"}},{"kind":"Field","name":{"kind":"Name","value":"repricing"}},{"kind":"Field","name":{"kind":"Name","value":"rateTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateTierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRate"}},{"kind":"Field","name":{"kind":"Name","value":"annualisedRate"}},{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayCount"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"firstPayment"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"}},{"kind":"Field","name":{"kind":"Name","value":"amountDefault"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsMin"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsMax"}},{"kind":"Field","name":{"kind":"Name","value":"termMonthsDefault"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"collateralRequired"}},{"kind":"Field","name":{"kind":"Name","value":"maxLtv"}},{"kind":"Field","name":{"kind":"Name","value":"gracePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyRate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCardTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"partnerBrand"}},{"kind":"Field","name":{"kind":"Name","value":"annualFee"}},{"kind":"Field","name":{"kind":"Name","value":"annualFeeWaivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeeWaiverFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeWaiverNote"}},{"kind":"Field","name":{"kind":"Name","value":"instalment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPaymentRate"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPaymentFloor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestFreeDaysMax"}},{"kind":"Field","name":{"kind":"Name","value":"interestRate"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerYuan"}},{"kind":"Field","name":{"kind":"Name","value":"categoryMultipliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLimitMin"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimitMax"}},{"kind":"Field","name":{"kind":"Name","value":"cashAdvanceFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"cashAdvanceFeeMin"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WealthTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarkMin"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkMax"}},{"kind":"Field","name":{"kind":"Name","value":"openEnded"}},{"kind":"Field","name":{"kind":"Name","value":"termDays"}},{"kind":"Field","name":{"kind":"Name","value":"minimumInvestment"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"managementFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"custodyFeeRate"}},{"kind":"Field","name":{"kind":"Name","value":"offering"}},{"kind":"Field","name":{"kind":"Name","value":"coolingOffHours"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FxTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyPairs"}},{"kind":"Field","alias":{"kind":"Name","value":"fxSpreadBps"},"name":{"kind":"Name","value":"spreadBps"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAmount"}},{"kind":"Field","name":{"kind":"Name","value":"tradingHours"}},{"kind":"Field","name":{"kind":"Name","value":"tenors"}},{"kind":"Field","name":{"kind":"Name","value":"premiumRate"}},{"kind":"Field","name":{"kind":"Name","value":"linkedPair"}},{"kind":"Field","name":{"kind":"Name","value":"principalProtected"}},{"kind":"Field","name":{"kind":"Name","value":"yieldMin"}},{"kind":"Field","name":{"kind":"Name","value":"yieldMax"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PreciousMetalTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metal"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"purity"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"minimumTradeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"physicalDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"leverage"}}]}}]}}]} as unknown as DocumentNode<ChangeRequestTermsQuery, ChangeRequestTermsQueryVariables>;