import type {
  CompanySize,
  ConsentChannel,
  CustomerType,
  FeedbackSource,
  Gender,
  HoldingStatus,
  IdType,
  ImportKind,
  ImportMode,
  KycStatus,
  LoanClassification,
  RiskTolerance,
  TransactionChannel,
  TransactionType,
} from '../gql/graphql';

// The enum values of the customers API, in the order the console offers them. Their labels are
// i18n keys `customer.<enum>.<VALUE>`; customers i18n tests check every value has one per language.

export const CUSTOMER_TYPES: readonly CustomerType[] = ['INDIVIDUAL', 'CORPORATE'];
export const GENDERS: readonly Gender[] = ['MALE', 'FEMALE', 'UNKNOWN'];
export const ID_TYPES: readonly IdType[] = ['ID_CARD', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'BUSINESS_LICENSE'];
export const RISK_TOLERANCES: readonly RiskTolerance[] = ['C1', 'C2', 'C3', 'C4', 'C5'];
export const KYC_STATUSES: readonly KycStatus[] = ['PENDING', 'VERIFIED', 'EXPIRED', 'REJECTED'];
export const COMPANY_SIZES: readonly CompanySize[] = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];
export const CONSENT_CHANNELS: readonly ConsentChannel[] = ['BRANCH', 'ONLINE_BANKING', 'MOBILE_BANKING', 'HOTLINE'];
export const HOLDING_STATUSES: readonly HoldingStatus[] = ['ACTIVE', 'MATURED', 'CLOSED'];
export const LOAN_CLASSIFICATIONS: readonly LoanClassification[] = ['NORMAL', 'SPECIAL_MENTION', 'SUBSTANDARD', 'DOUBTFUL', 'LOSS'];
export const TRANSACTION_CHANNELS: readonly TransactionChannel[] = ['COUNTER', 'ONLINE_BANKING', 'MOBILE_BANKING', 'ATM', 'POS', 'THIRD_PARTY'];
export const TRANSACTION_TYPES: readonly TransactionType[] = [
  'DEPOSIT',
  'WITHDRAWAL',
  'TRANSFER_IN',
  'TRANSFER_OUT',
  'SALARY',
  'PURCHASE',
  'REDEMPTION',
  'LOAN_DISBURSEMENT',
  'REPAYMENT',
  'CARD_SPEND',
  'FX_EXCHANGE',
  'INTEREST',
  'FEE',
];
export const FEEDBACK_SOURCES: readonly FeedbackSource[] = ['SURVEY', 'HOTLINE', 'BRANCH', 'APP'];
export const IMPORT_KINDS: readonly ImportKind[] = ['CUSTOMERS', 'HOLDINGS', 'TRANSACTIONS'];
export const IMPORT_MODES: readonly ImportMode[] = ['ALL_OR_NOTHING', 'SKIP_INVALID'];

/** Tag colours of the five-tier loan classification: green for performing, red for loss. */
export const CLASSIFICATION_COLORS: Readonly<Record<LoanClassification, string>> = {
  NORMAL: 'green',
  SPECIAL_MENTION: 'gold',
  SUBSTANDARD: 'orange',
  DOUBTFUL: 'volcano',
  LOSS: 'red',
};

export const RISK_TOLERANCE_COLORS: Readonly<Record<RiskTolerance, string>> = {
  C1: 'green',
  C2: 'cyan',
  C3: 'gold',
  C4: 'orange',
  C5: 'red',
};

/** Every labelled enum, by the i18n prefix its labels use (`customer.<prefix>.<VALUE>`). */
export const LABELLED_ENUMS: Readonly<Record<string, readonly string[]>> = {
  type: CUSTOMER_TYPES,
  gender: GENDERS,
  idType: ID_TYPES,
  kyc: KYC_STATUSES,
  companySize: COMPANY_SIZES,
  consentChannel: CONSENT_CHANNELS,
  holdingStatus: HOLDING_STATUSES,
  classification: LOAN_CLASSIFICATIONS,
  txChannel: TRANSACTION_CHANNELS,
  txType: TRANSACTION_TYPES,
  feedbackSource: FEEDBACK_SOURCES,
  importKind: IMPORT_KINDS,
  importMode: IMPORT_MODES,
};
