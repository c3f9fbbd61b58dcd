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
  INVALID_CREDENTIALS: true,
  ACCOUNT_LOCKED: true,
  ACCOUNT_INACTIVE: true,
  SELF_LOCKOUT: true,
  API_KEY_REVOKED: true,
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
