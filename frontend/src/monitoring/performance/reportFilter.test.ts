import { describe, expect, it } from 'vitest';
import { filterFromParams, filterToParams } from './reportFilter';

const today = '2026-05-14';

describe('report filter in the URL', () => {
  it('defaults to the last complete quarter and every family', () => {
    expect(filterFromParams(new URLSearchParams(''), today)).toEqual({ start: '2026-01-01', end: '2026-03-31', family: null });
  });

  it('reads a valid period and family back', () => {
    const filter = { start: '2025-07-01', end: '2025-09-30', family: 'LOAN' as const };
    expect(filterFromParams(filterToParams(filter), today)).toEqual(filter);
    expect(filterToParams({ ...filter, family: null }).toString()).toBe('start=2025-07-01&end=2025-09-30');
  });

  it('falls back on a bad or too long period and ignores unknown families', () => {
    expect(filterFromParams(new URLSearchParams('start=2024-01-01&end=2025-06-30'), today).start).toBe('2026-01-01');
    expect(filterFromParams(new URLSearchParams('start=2025-03-01&end=2025-02-01'), today).start).toBe('2026-01-01');
    expect(filterFromParams(new URLSearchParams('start=x&end=y&family=SHOES'), today)).toEqual({
      start: '2026-01-01',
      end: '2026-03-31',
      family: null,
    });
  });
});
