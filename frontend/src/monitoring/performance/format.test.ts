import { describe, expect, it } from 'vitest';
import { formatAmount, formatFigure, formatGrowth, formatMoney, formatMonth, formatPercent, formatRank, formatRate4, isNegative } from './format';

describe('formatAmount', () => {
  it('groups thousands and always shows two decimals', () => {
    expect(formatAmount('1234567.5')).toBe('1,234,567.50');
    expect(formatAmount('100')).toBe('100.00');
    expect(formatAmount('0')).toBe('0.00');
    expect(formatAmount('-9876543.21')).toBe('-9,876,543.21');
    expect(formatAmount('123456789012345678901.99')).toBe('123,456,789,012,345,678,901.99');
  });

  it('shows a dash for nothing', () => {
    expect(formatAmount(null)).toBe('—');
    expect(formatAmount(undefined)).toBe('—');
    expect(formatAmount('')).toBe('—');
  });
});

describe('formatMoney', () => {
  it('puts the currency in front', () => {
    expect(formatMoney({ amount: '1500000.00', currency: 'CNY' })).toBe('CNY 1,500,000.00');
    expect(formatMoney(null)).toBe('—');
  });
});

describe('percentages', () => {
  it('shows shares with two decimals and a percent sign', () => {
    expect(formatPercent('12.3')).toBe('12.30%');
    expect(formatPercent('0')).toBe('0.00%');
    expect(formatPercent(null)).toBe('—');
  });

  it('signs growth', () => {
    expect(formatGrowth('12.34')).toBe('+12.34%');
    expect(formatGrowth('-4')).toBe('-4.00%');
    expect(formatGrowth('0.00')).toBe('0.00%');
    expect(formatGrowth(null)).toBe('—');
  });

  it('keeps a rate to 4 decimals', () => {
    expect(formatRate4('2.15')).toBe('2.1500%');
    expect(formatRate4(null)).toBe('—');
  });
});

describe('other figures', () => {
  it('formats rank, ratings, months and signs', () => {
    expect(formatRank(2, 7)).toBe('2 / 7');
    expect(formatRank(null, 7)).toBe('—');
    expect(formatFigure('4.5')).toBe('4.50');
    expect(formatFigure('-12.345')).toBe('-12.35');
    expect(formatMonth('2026-05-01')).toBe('2026-05');
    expect(isNegative('-0.01')).toBe(true);
    expect(isNegative('0.00')).toBe(false);
    expect(isNegative(null)).toBe(false);
  });
});
