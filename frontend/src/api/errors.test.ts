import { describe, expect, it } from 'vitest';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { translate } from '../i18n/messages';
import { enUS } from '../i18n/en-US';
import { describeError, isForbidden, isUnauthenticated } from './errors';
import { applyUserErrors, fieldName, userErrorMessage } from './userErrors';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate(enUS, key, params);

const gqlError = (message: string, extensions: Record<string, unknown> = {}) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('describeError', () => {
  it('recognises the session and permission codes', () => {
    expect(isUnauthenticated(gqlError('x', { code: 'UNAUTHENTICATED' }))).toBe(true);
    expect(isForbidden(gqlError('x', { code: 'FORBIDDEN' }))).toBe(true);
    expect(describeError(gqlError('x', { code: 'FORBIDDEN' }), t).message).toBe('You are not allowed to do this');
  });

  it('keeps the correlation id of an unexpected error', () => {
    const fromExtension = describeError(
      gqlError('Internal server error. Correlation ID: c0ffee1234', { code: 'INTERNAL_SERVER_ERROR', correlationId: 'c0ffee1234' }),
      t,
    );
    expect(fromExtension).toEqual({ message: 'The server hit an unexpected error', correlationId: 'c0ffee1234' });
    const fromMessage = describeError(gqlError('Internal server error. Correlation ID: 7f3a9c2e11'), t);
    expect(fromMessage.correlationId).toBe('7f3a9c2e11');
  });

  it('explains a network failure', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(describeError(error, t).message).toMatch(/Cannot reach the server/);
  });
});

describe('applyUserErrors', () => {
  it('puts field errors on their fields and returns the rest', () => {
    const set: unknown[] = [];
    const form = { setFields: (fields: unknown[]) => set.push(...fields) } as never;
    const rest = applyUserErrors(
      form,
      [
        { field: 'input.username', code: 'DUPLICATE', message: 'taken' },
        { field: null, code: 'CONFLICT', message: 'stale' },
        { field: 'unknownField', code: 'INVALID', message: 'odd' },
      ],
      ['username'],
    );
    expect(set).toEqual([{ name: 'username', errors: ['taken'] }]);
    expect(rest).toEqual(['stale', 'odd']);
    expect(fieldName('input.roles')).toBe('roles');
  });
});

describe('userErrorMessage', () => {
  const tr = (key: string, fallback?: string) =>
    ({ 'error.INVALID_CREDENTIALS': '用户名或密码错误', 'error.INVALID': '输入无效' })[key] ?? fallback ?? key;

  it("keeps the server's English message in English", () => {
    const error = { field: null, code: 'INVALID_CREDENTIALS', message: 'Invalid username or password.' };
    expect(userErrorMessage(error, 'en-US', tr)).toBe('Invalid username or password.');
  });

  it('translates an English message by its code in Chinese, keeping details of INVALID', () => {
    expect(userErrorMessage({ code: 'INVALID_CREDENTIALS', message: 'Invalid username or password.' }, 'zh-CN', tr)).toBe(
      '用户名或密码错误',
    );
    expect(userErrorMessage({ code: 'INVALID', message: 'Too short.' }, 'zh-CN', tr)).toBe('输入无效：Too short.');
  });

  it('keeps a message the server already wrote in Chinese', () => {
    expect(userErrorMessage({ code: 'DUPLICATE', message: '用户名已存在' }, 'zh-CN', tr)).toBe('用户名已存在');
  });
});
