import { describe, expect, it } from 'vitest';
import { databaseId, formatBps, formatBytes, formatDecimal, formatMoney, formatRate, formatRateRange } from './format';

describe('formatRate', () => {
  it('shows a percentage with two to four decimals', () => {
    expect(formatRate('2.1500')).toBe('2.15%');
    expect(formatRate('2.1250')).toBe('2.125%');
    expect(formatRate('3.4567')).toBe('3.4567%');
    expect(formatRate('4')).toBe('4.00%');
    expect(formatRate('0.0000')).toBe('0.00%');
    expect(formatRate('36.0000')).toBe('36.00%');
  });

  it('shows a dash for no rate', () => {
    expect(formatRate(null)).toBe('—');
    expect(formatRate(undefined, 'n/a')).toBe('n/a');
    expect(formatRate('')).toBe('—');
  });

  it('formats ranges and basis points', () => {
    expect(formatRateRange('2.0000', '3.5000')).toBe('2.00%–3.50%');
    expect(formatRateRange('2.0000', '2.0000')).toBe('2.00%');
    expect(formatRateRange(null, '3.1000')).toBe('3.10%');
    expect(formatBps(35)).toBe('+35 bp');
    expect(formatBps(-20)).toBe('-20 bp');
    expect(formatBps(0)).toBe('0 bp');
  });
});

describe('formatMoney', () => {
  it('groups thousands and keeps the currency', () => {
    expect(formatMoney('200000.00', 'CNY')).toBe('CNY 200,000.00');
    expect(formatMoney('1000000', 'USD')).toBe('USD 1,000,000.00');
    expect(formatMoney('1234.5', null)).toBe('1,234.50');
    expect(formatMoney('50.1250', 'CNY')).toBe('CNY 50.125');
    expect(formatMoney('-1500.00')).toBe('-1,500.00');
  });

  it('does not turn a big decimal into a float', () => {
    expect(formatMoney('12345678901234567.89', 'CNY')).toBe('CNY 12,345,678,901,234,567.89');
  });

  it('shows a dash for no amount', () => {
    expect(formatMoney(null, 'CNY')).toBe('—');
  });
});

describe('other formats', () => {
  it('drops trailing zeros of decimals', () => {
    expect(formatDecimal('1.5000')).toBe('1.5');
    expect(formatDecimal('100.00')).toBe('100');
    expect(formatDecimal('100')).toBe('100');
  });

  it('sizes files', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });

  it('finds the database id inside a global id', () => {
    expect(databaseId(btoa('Product:42'))).toBe('42');
    expect(databaseId('17')).toBe('17');
  });
});
