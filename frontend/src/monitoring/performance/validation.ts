// Client checks of the reference data forms, mirroring the server's (backend/domains/monitoring/
// reference.py) so most mistakes are caught before a round trip; the server checks again.
import type { Rule } from 'antd/es/form';
import { toScaled } from './decimal';
import { isIsoDate } from './period';
import type { PerformanceT } from './usePerformanceI18n';

/** Amounts must stay below these (the columns' capacity). */
export const COST_MAX = '1000000000000000000';
export const MARKET_TOTAL_MAX = '10000000000000000000000';
export const NOTE_MAX = 500;
export const SOURCE_MAX = 200;
export const COMPETITOR_MAX = 100;
export const TERM_MONTHS_MAX = 600;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export type AmountProblem = 'required' | 'number' | 'negative' | 'places' | 'tooLarge';
export type RateProblem = 'required' | 'number' | 'range' | 'places';

function blank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function decimals(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/** Why an amount of money would be refused: ≥ 0, at most 2 decimals, below `max`. */
export function amountProblem(value: unknown, max: string = COST_MAX): AmountProblem | null {
  if (blank(value)) return 'required';
  const text = String(value).trim();
  if (!NUMBER.test(text)) return 'number';
  const scaled = toScaled(text, 2);
  if (scaled === null) return 'number';
  if (text.startsWith('-') && scaled !== 0n) return 'negative';
  // The server counts the places as written: "1.230" has three.
  if (decimals(text) > 2) return 'places';
  if (scaled >= (toScaled(max, 2) ?? 0n)) return 'tooLarge';
  return null;
}

/** Why a rate in percent a year would be refused: 0 to 100 with at most 4 decimals. */
export function rateProblem(value: unknown): RateProblem | null {
  if (blank(value)) return 'required';
  const text = String(value).trim();
  if (!NUMBER.test(text)) return 'number';
  const scaled = toScaled(text, 8);
  if (scaled === null) return 'number';
  if (scaled < 0n || scaled > 100_0000_0000n) return 'range';
  if (decimals(text) > 4) return 'places';
  return null;
}

/** Whether a date names a month by its first day ("2026-05-01"). */
export function isFirstOfMonth(value: unknown): boolean {
  return isIsoDate(value) && value.endsWith('-01');
}

/** Why a term in months would be refused (none is fine: not term-specific). */
export function termProblem(value: unknown): 'range' | null {
  if (blank(value)) return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= TERM_MONTHS_MAX ? null : 'range';
}

/** An amount typed by the user as the server wants it: trimmed, without a leading "+". */
export function normaliseDecimal(value: string): string {
  return value.trim().replace(/^\+/, '');
}

// --- antd form rules ---------------------------------------------------------------------

export function requiredRule(t: PerformanceT): Rule {
  return { required: true, message: t('performance.validation.required') };
}

export function amountRules(t: PerformanceT, max: string = COST_MAX): Rule[] {
  return [
    {
      required: true,
      validator: async (_, value: unknown) => {
        const problem = amountProblem(value, max);
        if (problem) throw new Error(t(`performance.validation.amount.${problem}`));
      },
    },
  ];
}

export function rateRules(t: PerformanceT): Rule[] {
  return [
    {
      required: true,
      validator: async (_, value: unknown) => {
        const problem = rateProblem(value);
        if (problem) throw new Error(t(`performance.validation.rate.${problem}`));
      },
    },
  ];
}

export function termRules(t: PerformanceT): Rule[] {
  return [
    {
      validator: async (_, value: unknown) => {
        if (termProblem(value)) throw new Error(t('performance.validation.term', { max: TERM_MONTHS_MAX }));
      },
    },
  ];
}

export function maxLengthRule(t: PerformanceT, max: number): Rule {
  return { max, message: t('performance.validation.maxLength', { max }) };
}
