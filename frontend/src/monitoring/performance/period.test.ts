import { describe, expect, it } from 'vitest';
import {
  addDays,
  isIsoDate,
  lastCompleteQuarter,
  monthPeriod,
  periodDays,
  periodKindOf,
  periodProblem,
  presetPeriod,
  quarterPeriod,
  shanghaiToday,
  yearPeriod,
} from './period';

describe('presets', () => {
  const today = '2026-05-14';

  it('gives whole past months, quarters and years', () => {
    expect(monthPeriod('2026-02-10', today)).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(monthPeriod('2024-02-10', today)).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(quarterPeriod('2025-11-30', today)).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(quarterPeriod('2026-03-31', today)).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(yearPeriod('2025-06-01', today)).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('stops the current month, quarter or year at today', () => {
    expect(monthPeriod(today, today)).toEqual({ start: '2026-05-01', end: today });
    expect(quarterPeriod('2026-04-02', today)).toEqual({ start: '2026-04-01', end: today });
    expect(presetPeriod('year', today, today)).toEqual({ start: '2026-01-01', end: today });
  });

  it('defaults to the last complete quarter, across a year end too', () => {
    expect(lastCompleteQuarter('2026-05-14')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(lastCompleteQuarter('2026-04-01')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(lastCompleteQuarter('2026-03-31')).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(lastCompleteQuarter('2026-01-01')).toEqual({ start: '2025-10-01', end: '2025-12-31' });
  });
});

describe('periodProblem', () => {
  it('accepts up to 366 days, both ends counted', () => {
    expect(periodDays({ start: '2026-01-01', end: '2026-01-01' })).toBe(1);
    expect(periodDays({ start: '2024-01-01', end: '2024-12-31' })).toBe(366);
    expect(periodProblem({ start: '2024-01-01', end: '2024-12-31' })).toBeNull();
    expect(periodProblem({ start: '2024-01-01', end: '2025-01-01' })).toBe('tooLong');
  });

  it('refuses an end before the start and missing dates', () => {
    expect(periodProblem({ start: '2026-03-02', end: '2026-03-01' })).toBe('order');
    expect(periodProblem({ start: '2026-03-01' })).toBe('missing');
    expect(periodProblem({ start: '2026-02-30', end: '2026-03-01' })).toBe('missing');
    expect(periodProblem(null)).toBe('missing');
  });
});

describe('dates', () => {
  it('checks and moves ISO dates without time-zone drift', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it("takes today's date in Shanghai, not in the browser's zone", () => {
    // 2026-05-14 17:30 UTC is already 01:30 on the 15th in Shanghai.
    expect(shanghaiToday(new Date('2026-05-14T17:30:00Z'))).toBe('2026-05-15');
    expect(shanghaiToday(new Date('2026-05-14T15:30:00Z'))).toBe('2026-05-14');
  });

  it('recognises which preset a period is', () => {
    const today = '2026-05-14';
    expect(periodKindOf({ start: '2026-02-01', end: '2026-02-28' }, today)).toBe('month');
    expect(periodKindOf({ start: '2026-01-01', end: '2026-03-31' }, today)).toBe('quarter');
    expect(periodKindOf({ start: '2025-01-01', end: '2025-12-31' }, today)).toBe('year');
    expect(periodKindOf({ start: '2026-04-01', end: today }, today)).toBe('quarter');
    expect(periodKindOf({ start: '2026-01-05', end: '2026-02-10' }, today)).toBe('custom');
  });
});
