import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../gql/graphql';
import { enUS } from './en-US';
import { dictionaries, LOCALES, translate } from './messages';
import { zhCN } from './zh-CN';

/**
 * Every value of the API's ErrorCode enum (generated from schema.graphql). `Record<ErrorCode, …>`
 * makes the typecheck fail when codegen brings a code this list lacks, and the test below then
 * asks for its message in every language.
 */
const CONTRACT_ERROR_CODES: Record<ErrorCode, true> = {
  INVALID: true,
  REQUIRED: true,
  NOT_FOUND: true,
  CONFLICT: true,
  DUPLICATE: true,
  FORBIDDEN: true,
  FX_RATE_MISSING: true,
  BENCHMARK_RATE_MISSING: true,
  INVALID_CREDENTIALS: true,
  ACCOUNT_LOCKED: true,
  ACCOUNT_INACTIVE: true,
  SELF_LOCKOUT: true,
  API_KEY_REVOKED: true,
  PASSWORD_TOO_SHORT: true,
  SELF_ROLE_CHANGE: true,
  ROLE_GRANT_PENDING: true,
  ROLE_GRANT_STALE: true,
  ROLE_GRANT_CLOSED: true,
  LOGIN_THROTTLED: true,
  PASSWORD_TOO_COMMON: true,
  INVALID_TRANSITION: true,
  SAME_MAKER_CHECKER: true,
  RESUME_NEEDS_RISK_OFFICER: true,
  SUSPENDING_ALERT_OPEN: true,
  PRODUCT_NOT_EDITABLE: true,
  CHANGE_REQUEST_CLOSED: true,
  EFFECTIVE_DATE_IN_PAST: true,
  FILE_TYPE_NOT_ALLOWED: true,
  FILE_TOO_LARGE: true,
  STORAGE_FULL: true,
  PRODUCT_NOT_ON_SALE: true,
  OUTSIDE_SALES_WINDOW: true,
  CURRENCY_MISMATCH: true,
  AMOUNT_BELOW_MINIMUM: true,
  AMOUNT_ABOVE_MAXIMUM: true,
  QUOTA_EXHAUSTED: true,
  TERM_NOT_OFFERED: true,
  METHOD_NOT_ALLOWED: true,
  WRONG_FAMILY: true,
  SEGMENT_RULE_INVALID: true,
  SEGMENT_BUILT_IN: true,
  SEGMENT_IS_CLUSTER: true,
  CLUSTER_TOO_FEW_CUSTOMERS: true,
  CLUSTER_NOT_SEPARABLE: true,
  PII_REVEAL_REASON_REQUIRED: true,
  PII_SEARCH_REASON_REQUIRED: true,
  PII_SEARCH_LIMIT_REACHED: true,
  HOLDING_NOT_A_LOAN: true,
  CLASSIFICATION_UNCHANGED: true,
  CLASSIFICATION_BELOW_FLOOR: true,
  ASSESSMENT_DATE_IN_FUTURE: true,
  RISK_TOLERANCE_RAISE_REFUSED: true,
  RISK_TOLERANCE_NOT_IMPORTABLE: true,
  SURVEY_NOT_DRAFT: true,
  SURVEY_NOT_OPEN: true,
  SURVEY_STATUS_TRANSITION: true,
  IMPORT_FILE_TOO_LARGE: true,
  IMPORT_FILE_UNREADABLE: true,
  IMPORT_BATCH_TOO_LARGE: true,
  METRIC_ONLY_FOR_LOANS: true,
  RULE_LEVELS_OUT_OF_ORDER: true,
  AUTO_ACTION_NEEDS_CRITICAL_LEVEL: true,
  RULE_HAS_ALERTS: true,
  ALERT_NOT_OPEN: true,
  ALERT_ALREADY_RESOLVED: true,
  ASSIGNEE_CANNOT_MANAGE_ALERTS: true,
  METRIC_DATE_IN_FUTURE: true,
  METRIC_VALUE_OUT_OF_RANGE: true,
  SUBTYPE_NOT_IN_FAMILY: true,
  OBSERVED_DATE_IN_FUTURE: true,
  NO_DATA_LEVEL_NOT_DAYS: true,
  RULE_CHANGE_PENDING: true,
  RULE_STILL_ENABLED: true,
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have identical key sets in every language', () => {
    const reference = Object.keys(zhCN).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(dictionaries[locale]).sort(), locale).toEqual(reference);
    }
    expect(Object.keys(enUS).sort()).toEqual(reference);
  });

  it('have no empty texts', () => {
    for (const locale of LOCALES) {
      const empty = Object.entries(dictionaries[locale]).filter(([, text]) => !text.trim());
      expect(empty, locale).toEqual([]);
    }
  });

  it('use the same placeholders for a key in every language', () => {
    for (const [key, text] of Object.entries(zhCN)) {
      expect(placeholders(enUS[key as keyof typeof zhCN]), key).toEqual(placeholders(text));
    }
  });

  it('name every role, API key scope and error code of the contract', () => {
    const roles = ['ADMIN', 'PRODUCT_MANAGER', 'RISK_OFFICER', 'MARKETING', 'SALES', 'SERVICE_AGENT', 'ANALYST', 'AUDITOR'];
    const codes = [...Object.keys(CONTRACT_ERROR_CODES), 'UNAUTHENTICATED'];
    for (const locale of LOCALES) {
      const keys = Object.keys(dictionaries[locale]);
      for (const role of roles) expect(keys, locale).toContain(`role.${role}`);
      for (const code of codes) expect(keys, locale).toContain(`error.${code}`);
    }
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones alone', () => {
    expect(translate(zhCN, 'home.welcome', { name: '张三' })).toBe('欢迎，张三');
    expect(translate(enUS, 'common.total', { total: 42 })).toBe('42 in total');
    expect(translate(enUS, 'home.welcome')).toBe('Welcome, {name}');
  });

  it('falls back to the key for an unknown key', () => {
    expect(translate(enUS, 'no.such.key')).toBe('no.such.key');
  });
});
