import type { CostCategory, ExportFormat, SuggestionCode, SuggestionSeverity } from '../../gql/graphql';

// Enum values of the performance API in the order the console offers them; their labels are
// i18n keys `performance.<enum>.<VALUE>` (checked by i18n.test.ts).

export const COST_CATEGORIES: readonly CostCategory[] = ['OPERATIONS', 'MARKETING', 'CHANNEL', 'RISK', 'TECHNOLOGY', 'OTHER'];

/** Most severe first, as the server orders suggestions. */
export const SEVERITIES: readonly SuggestionSeverity[] = ['CRITICAL', 'WARNING', 'INFO'];

export const SEVERITY_COLORS: Readonly<Record<SuggestionSeverity, string>> = {
  CRITICAL: 'error',
  WARNING: 'warning',
  INFO: 'processing',
};

export const SUGGESTION_CODES: readonly SuggestionCode[] = [
  'NPL_RISING',
  'USAGE_AND_SATISFACTION_FALLING',
  'RATE_BELOW_COMPETITORS',
  'QUOTA_NEARLY_EXHAUSTED',
  'COSTS_EXCEED_REVENUE',
  'COMPLAINTS_RISING',
];

export const EXPORT_FORMATS: readonly ExportFormat[] = ['CSV', 'XLSX'];

/** Currencies offered for FTP rates (the server accepts any it knows). */
export const RATE_CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'GBP', 'JPY', 'AUD', 'CAD', 'CHF', 'SGD'] as const;

export const LABELLED_ENUMS: Readonly<Record<string, readonly string[]>> = {
  costCategory: COST_CATEGORIES,
  severity: SEVERITIES,
  code: SUGGESTION_CODES,
};
