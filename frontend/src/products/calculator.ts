// Pure helpers of the product calculators (试算): checks before calling, the circumstances a
// deposit's bonus conditions ask about, and the typed refusals of the calculator API, which come
// as GraphQL errors carrying `extensions.errors: [{field, code, message}]`.
import type { CombinedError } from '@urql/core';
import type { FormInstance } from 'antd';
import type { UserErrorLike } from '../api/userErrors';
import type { ConditionType } from '../gql/graphql';
import type { MessageKey } from '../i18n/messages';

/** The families the calculator API serves (FX and precious metals have no calculator). */
export const CALCULATOR_FAMILIES: readonly string[] = ['DEPOSIT', 'LOAN', 'CREDIT_CARD', 'WEALTH'];

export interface Problem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

const WHOLE_CENTS = /^\d+(\.\d{1,2})?$/;

/** An amount the calculator would refuse: blank, not in whole cents, or outside the range. */
export function amountProblem(
  value: string | number | null | undefined,
  min: string | null | undefined,
  max: string | null | undefined,
): Problem | undefined {
  if (value === null || value === undefined || String(value).trim() === '') return { key: 'calc.v.amountRequired' };
  const text = String(value).trim();
  if (!WHOLE_CENTS.test(text) || Number(text) <= 0) return { key: 'calc.v.amountCents' };
  const n = Number(text);
  if (min !== null && min !== undefined && min !== '' && n < Number(min)) return { key: 'calc.v.amountMin', params: { min } };
  if (max !== null && max !== undefined && max !== '' && n > Number(max)) return { key: 'calc.v.amountMax', params: { max } };
  return undefined;
}

/** The larger of two optional decimal strings (a range's lower bound from two sources). */
export function maxOf(a: string | null | undefined, b: string | null | undefined): string | null {
  if (a === null || a === undefined || a === '') return b ?? null;
  if (b === null || b === undefined || b === '') return a;
  return Number(a) >= Number(b) ? a : b;
}

/** The smaller of two optional decimal strings. */
export function minOf(a: string | null | undefined, b: string | null | undefined): string | null {
  if (a === null || a === undefined || a === '') return b ?? null;
  if (b === null || b === undefined || b === '') return a;
  return Number(a) <= Number(b) ? a : b;
}

/** A circumstance the deposit calculator can ask about, by the bonus condition that needs it. */
export type Circumstance =
  | 'newMoney'
  | 'depositsAMonth'
  | 'transactionsAMonth'
  | 'transactionsAYear'
  | 'spendAYear'
  | 'payrollDeposit'
  | 'customerType'
  | 'age'
  | 'bundleCodes'
  | 'monthsSinceOpening';

export const CIRCUMSTANCE_OF: Partial<Record<ConditionType, Circumstance>> = {
  NEW_MONEY: 'newMoney',
  MIN_DEPOSITS_A_MONTH: 'depositsAMonth',
  MIN_TRANSACTIONS_A_MONTH: 'transactionsAMonth',
  MIN_TRANSACTIONS_A_YEAR: 'transactionsAYear',
  MIN_SPEND_A_YEAR: 'spendAYear',
  PAYROLL_DEPOSIT: 'payrollDeposit',
  CUSTOMER_TYPE: 'customerType',
  AGE_BAND: 'age',
  BUNDLE_MEMBER: 'bundleCodes',
  INTRODUCTORY: 'monthsSinceOpening',
};

/** The order the circumstances are asked in. */
const CIRCUMSTANCE_ORDER: Circumstance[] = [
  'newMoney',
  'customerType',
  'age',
  'payrollDeposit',
  'depositsAMonth',
  'transactionsAMonth',
  'transactionsAYear',
  'spendAYear',
  'bundleCodes',
  'monthsSinceOpening',
];

/**
 * Only what the product's bonus conditions need (MIN_BALANCE needs nothing: the balance is the
 * amount), in a stable order.
 */
export function neededCircumstances(bonuses: readonly { conditions: readonly { type: ConditionType }[] }[]): Circumstance[] {
  const needed = new Set<Circumstance>();
  for (const bonus of bonuses) {
    for (const condition of bonus.conditions) {
      const circumstance = CIRCUMSTANCE_OF[condition.type];
      if (circumstance) needed.add(circumstance);
    }
  }
  return CIRCUMSTANCE_ORDER.filter((c) => needed.has(c));
}

/** The bundle codes the product's bonuses name (the choices of the bundle question). */
export function bundleCodes(bonuses: readonly { conditions: readonly { type: ConditionType; bundleCode?: string | null }[] }[]): string[] {
  const codes = new Set<string>();
  for (const bonus of bonuses) for (const c of bonus.conditions) if (c.type === 'BUNDLE_MEMBER' && c.bundleCode) codes.add(c.bundleCode);
  return [...codes].sort();
}

export interface CircumstanceValues {
  newMoney?: boolean;
  depositsAMonth?: number | null;
  transactionsAMonth?: number | null;
  transactionsAYear?: number | null;
  spendAYear?: string | null;
  payrollDeposit?: boolean;
  customerType?: 'INDIVIDUAL' | 'CORPORATE' | null;
  age?: number | null;
  bundleCodes?: string[];
  monthsSinceOpening?: number | null;
}

/** The CircumstancesInput of the asked circumstances (null when none were asked). */
export function toCircumstancesInput(asked: readonly Circumstance[], values: CircumstanceValues | undefined) {
  if (asked.length === 0) return null;
  const v = values ?? {};
  const blank = <T>(x: T | null | undefined): T | null => (x === undefined || x === null || (x as unknown) === '' ? null : x);
  const input: Record<string, unknown> = {};
  for (const name of asked) {
    if (name === 'newMoney' || name === 'payrollDeposit') input[name] = !!v[name];
    else if (name === 'bundleCodes') input[name] = v.bundleCodes ?? [];
    else input[name] = blank(v[name]);
  }
  return input;
}

/** Any tier priced as a range ("from rate to rateMax"): the calculator may then take a rate. */
export function hasPricedRange(tiers: readonly { rateMax?: string | null; spreadBpsMax?: number | null }[]): boolean {
  return tiers.some((tier) => (tier.rateMax !== null && tier.rateMax !== undefined) || (tier.spreadBpsMax !== null && tier.spreadBpsMax !== undefined));
}

/** Tiers banded on the LTV: the calculator then needs one. */
export function hasLtvBands(tiers: readonly { bands: readonly { unit: string }[] }[]): boolean {
  return tiers.some((tier) => tier.bands.some((band) => band.unit === 'LTV_PERCENT'));
}

/** The lowest and highest rate a FIXED loan's tiers price at (for the rate field's hint). */
export function rateRange(tiers: readonly { rate?: string | null; rateMax?: string | null }[]): [string, string] | null {
  const values = tiers.flatMap((tier) => [tier.rate, tier.rateMax]).filter((x): x is string => x !== null && x !== undefined);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => Number(a) - Number(b));
  return [sorted[0], sorted[sorted.length - 1]];
}

/** A form path of an API field path: `prepayment.amount` → ['prepayment', 'amount']. */
export function calculatorPath(field: string | null | undefined): (string | number)[] | null {
  if (!field) return null;
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * The typed problems of a refused calculation (`extensions.errors`, or the error's own code and
 * message), or null when the failure is not a refusal (network, unexpected, forbidden).
 */
export function calculatorProblems(error: CombinedError): UserErrorLike[] | null {
  const first = error.graphQLErrors[0];
  if (!first) return null;
  const ext = (first.extensions ?? {}) as { code?: unknown; errors?: unknown; field?: unknown };
  if (Array.isArray(ext.errors) && ext.errors.length > 0) {
    return (ext.errors as { field?: string | null; code?: string; message?: string }[]).map((e) => ({
      field: e.field ?? null,
      code: String(e.code ?? 'INVALID'),
      message: String(e.message ?? ''),
    }));
  }
  const code = typeof ext.code === 'string' ? ext.code : '';
  if (!code || ['UNAUTHENTICATED', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE'].includes(code)) return null;
  if ('correlationId' in ext) return null;
  return [{ field: typeof ext.field === 'string' ? ext.field : null, code, message: first.message }];
}

/**
 * Put the problems on the form fields they name; what no shown field takes (productId, a
 * circumstance not asked) comes back as general messages, so nothing the server said is lost.
 */
export function applyCalculatorErrors(
  form: FormInstance,
  problems: readonly UserErrorLike[],
  message: (problem: UserErrorLike) => string,
  shown: readonly string[],
): string[] {
  const general: string[] = [];
  const byPath = new Map<string, { path: (string | number)[]; messages: string[] }>();
  for (const problem of problems) {
    const path = calculatorPath(problem.field);
    const key = path?.join('.');
    if (!path || !key || !shown.includes(key)) {
      general.push(message(problem));
      continue;
    }
    const entry = byPath.get(key) ?? { path, messages: [] };
    entry.messages.push(message(problem));
    byPath.set(key, entry);
  }
  form.setFields([...byPath.values()].map(({ path, messages }) => ({ name: path, errors: messages })));
  return general;
}
