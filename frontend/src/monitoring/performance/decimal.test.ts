import { describe, expect, it } from 'vitest';
import { compareDecimals, fromScaled, sumDecimals, toScaled } from './decimal';

describe('toScaled', () => {
  it('reads decimal strings exactly as scaled integers', () => {
    expect(toScaled('1234.56')).toBe(123456n);
    expect(toScaled('0.1')).toBe(10n);
    expect(toScaled('-7')).toBe(-700n);
    expect(toScaled('.5')).toBe(50n);
    expect(toScaled('12345678901234567890.12')).toBe(1234567890123456789012n);
  });

  it('rounds extra places half away from zero', () => {
    expect(toScaled('1.005')).toBe(101n);
    expect(toScaled('1.004')).toBe(100n);
    expect(toScaled('-1.005')).toBe(-101n);
    expect(toScaled('2.1500', 4)).toBe(21500n);
  });

  it('understands exponents as Python prints them', () => {
    expect(toScaled('1.5E+3')).toBe(150000n);
    expect(toScaled('5E-2')).toBe(5n);
    expect(toScaled('0E-8')).toBe(0n);
  });

  it('gives null for blanks and non-numbers', () => {
    expect(toScaled(null)).toBeNull();
    expect(toScaled(undefined)).toBeNull();
    expect(toScaled('')).toBeNull();
    expect(toScaled('abc')).toBeNull();
    expect(toScaled('1.2.3')).toBeNull();
    expect(toScaled('.')).toBeNull();
  });
});

describe('fromScaled', () => {
  it('writes the decimal point back, with a sign and leading zero', () => {
    expect(fromScaled(123456n)).toBe('1234.56');
    expect(fromScaled(5n)).toBe('0.05');
    expect(fromScaled(-5n)).toBe('-0.05');
    expect(fromScaled(0n)).toBe('0.00');
    expect(fromScaled(21500n, 4)).toBe('2.1500');
    expect(fromScaled(42n, 0)).toBe('42');
  });
});

describe('sumDecimals', () => {
  it('adds money to the cent where floats would drift', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point.
    expect(sumDecimals(['0.10', '0.20'])).toBe('0.30');
    expect(sumDecimals(Array.from({ length: 10 }, () => '0.10'))).toBe('1.00');
    expect(sumDecimals(['9007199254740993.01', '1.00'])).toBe('9007199254740994.01');
  });

  it('skips blanks and handles losses', () => {
    expect(sumDecimals(['100.00', null, undefined, '-250.50'])).toBe('-150.50');
    expect(sumDecimals([])).toBe('0.00');
  });
});

describe('compareDecimals', () => {
  it('orders by value, not by text', () => {
    expect(['10.00', '9.50', '-3', '100'].sort(compareDecimals)).toEqual(['-3', '9.50', '10.00', '100']);
  });

  it('puts missing values first ascending (so last descending)', () => {
    expect(['2', null, '1'].sort(compareDecimals)).toEqual([null, '1', '2']);
    expect(compareDecimals(null, undefined)).toBe(0);
  });
});
