import { describe, expect, it } from 'vitest';
import { amountProblem, isFirstOfMonth, MARKET_TOTAL_MAX, normaliseDecimal, rateProblem, termProblem } from './validation';

describe('amountProblem (mirrors reference.check_amount)', () => {
  it('accepts amounts of at least zero with up to 2 decimals', () => {
    for (const ok of ['0', '0.00', '12', '12.5', '1234567.89', ' 42.10 ', '+3', '-0']) expect(amountProblem(ok), ok).toBeNull();
  });

  it('says what is wrong', () => {
    expect(amountProblem('')).toBe('required');
    expect(amountProblem(undefined)).toBe('required');
    expect(amountProblem('abc')).toBe('number');
    expect(amountProblem('1,000')).toBe('number');
    expect(amountProblem('1e3')).toBe('number');
    expect(amountProblem('-0.01')).toBe('negative');
    expect(amountProblem('1.234')).toBe('places');
    // The server counts places as written.
    expect(amountProblem('1.230')).toBe('places');
  });

  it('stops below the column capacity', () => {
    expect(amountProblem('999999999999999999.99')).toBeNull();
    expect(amountProblem('1000000000000000000')).toBe('tooLarge');
    expect(amountProblem('1000000000000000000', MARKET_TOTAL_MAX)).toBeNull();
    expect(amountProblem('10000000000000000000000', MARKET_TOTAL_MAX)).toBe('tooLarge');
  });
});

describe('rateProblem (mirrors reference.check_rate)', () => {
  it('accepts 0 to 100 with up to 4 decimals', () => {
    for (const ok of ['0', '100', '100.0000', '2.15', '2.1500', '0.0001']) expect(rateProblem(ok), ok).toBeNull();
  });

  it('says what is wrong', () => {
    expect(rateProblem(' ')).toBe('required');
    expect(rateProblem('two')).toBe('number');
    expect(rateProblem('-0.5')).toBe('range');
    expect(rateProblem('100.0001')).toBe('range');
    expect(rateProblem('2.15001')).toBe('places');
  });
});

describe('other checks', () => {
  it('wants a month as its first day', () => {
    expect(isFirstOfMonth('2026-05-01')).toBe(true);
    expect(isFirstOfMonth('2026-05-02')).toBe(false);
    expect(isFirstOfMonth('2026-13-01')).toBe(false);
    expect(isFirstOfMonth(undefined)).toBe(false);
  });

  it('allows no term or 1 to 600 whole months', () => {
    expect(termProblem(null)).toBeNull();
    expect(termProblem(12)).toBeNull();
    expect(termProblem(600)).toBeNull();
    expect(termProblem(0)).toBe('range');
    expect(termProblem(601)).toBe('range');
    expect(termProblem(1.5)).toBe('range');
  });

  it('sends amounts trimmed and without a plus sign', () => {
    expect(normaliseDecimal(' +12.50 ')).toBe('12.50');
  });
});
