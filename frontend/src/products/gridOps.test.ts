import { describe, expect, it } from 'vitest';
import { buildGrid, termBandOf } from './bands';
import { addRow, mergeAmount, moveAmount, nextTerm, removeRow, setRowBand, splitAmount, toggleUnit } from './gridOps';
import type { RateTierValues } from './validation';

const months = (n: number) => ({ unit: 'TERM_MONTHS', lower: String(n), upper: String(n) });
const amount = (lower: string, upper: string | null = null) => ({ unit: 'AMOUNT', lower, upper });
const tier = (term: number, lower: string, upper: string | null, rate: string): RateTierValues => ({
  bands: [months(term), amount(lower, upper)],
  rate,
});
const view = (tiers: RateTierValues[]) =>
  tiers.map((t) => `${t.bands?.find((b) => b.unit === 'TERM_MONTHS')?.lower}M ${t.bands?.find((b) => b.unit === 'AMOUNT')?.lower}-${t.bands?.find((b) => b.unit === 'AMOUNT')?.upper ?? '∞'} ${t.rate ?? '_'}`);

const GRID = [tier(3, '0', null, '1.1'), tier(12, '0', null, '1.5')];

describe('rate grid edits', () => {
  it('split every row at an amount, both halves keeping the rate', () => {
    const split = splitAmount(GRID, 50000);
    expect(view(split)).toEqual(['3M 0-50000 1.1', '3M 50000-∞ 1.1', '12M 0-50000 1.5', '12M 50000-∞ 1.5']);
    // splitting again inside the first band
    expect(view(splitAmount(split, 10000)).slice(0, 3)).toEqual(['3M 0-10000 1.1', '3M 10000-50000 1.1', '3M 50000-∞ 1.1']);
    // an amount on a boundary or below the first band splits nothing
    expect(splitAmount(split, 50000)).toEqual(split);
  });

  it('merge a breakpoint away and move one in every row', () => {
    const split = splitAmount(GRID, 50000).map((t, i) => ({ ...t, rate: String(i) }));
    expect(view(mergeAmount(split, 50000))).toEqual(['3M 0-∞ 0', '12M 0-∞ 2']);
    expect(view(moveAmount(split, 50000, 20000))).toEqual(['3M 0-20000 0', '3M 20000-∞ 1', '12M 0-20000 2', '12M 20000-∞ 3']);
  });

  it('add a term row with the first row’s amount bands, change and remove rows', () => {
    const split = splitAmount(GRID, 50000);
    const added = addRow(split, months(24));
    expect(view(added).slice(4)).toEqual(['24M 0-50000 _', '24M 50000-∞ _']);
    const ranged = setRowBand(added, termBandOf(added[4].bands), { unit: 'TERM_MONTHS', lower: '24', upper: '61' });
    expect(ranged[4].bands?.find((b) => b.unit === 'TERM_MONTHS')).toEqual({ unit: 'TERM_MONTHS', lower: '24', upper: '61' });
    expect(view(removeRow(ranged, termBandOf(ranged[0].bands)))).toHaveLength(4);
    expect(nextTerm(GRID, [3, 6, 12])).toBe(6);
    expect(nextTerm(GRID, [3, 12])).toBe(13);
  });

  it('band loan tiers by a unit, or stop', () => {
    const loan: RateTierValues[] = [{ bands: [], spreadBps: 0 }];
    const banded = toggleUnit(loan, 'LTV_PERCENT', true, '0');
    expect(banded[0].bands).toEqual([{ unit: 'LTV_PERCENT', lower: '0', upper: null }]);
    expect(toggleUnit(banded, 'LTV_PERCENT', false, '0')[0].bands).toEqual([]);
  });

  it('lay tiers out as rows of terms and columns of amounts, a wide band spanning columns', () => {
    const tiers = [tier(3, '0', null, '1.1'), tier(12, '0', '50000', '1.5'), tier(12, '50000', null, '1.6')];
    const grid = buildGrid(tiers, (t) => termBandOf(t.bands));
    expect(grid.columns).toEqual([0, 50000]);
    expect(grid.rows.map((r) => r.cells.map((c) => [c.index, c.from, c.span]))).toEqual([[[0, 0, 2]], [[1, 0, 1], [2, 1, 1]]]);
  });
});
