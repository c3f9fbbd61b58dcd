import { describe, expect, it } from 'vitest';
import { barOption, lineOption, pieOption } from './charts';
import type { AlertSeverity, ProductFamily } from '../gql/graphql';
import { balanceByFamily, byReading, bySeverity, healthRows, nplByLoanProduct, type ProductHealthEntry } from './dashboard';

const entry = (code: string, family: ProductFamily, metrics: Record<string, string>, worst: AlertSeverity | null = null): ProductHealthEntry => ({
  openAlerts: worst ? 1 : 0,
  worstSeverity: worst,
  metrics: Object.entries(metrics).map(([metric, value]) => ({ metric: metric as never, value })),
  product: { id: `id-${code}`, code, nameZh: `产品${code}`, nameEn: `Product ${code}`, family, status: 'ON_SALE' },
});

const entries: ProductHealthEntry[] = [
  entry('DEP-1', 'DEPOSIT', { BALANCE: '100.000000', TX_COUNT: '3.000000' }),
  entry('LN-1', 'LOAN', { BALANCE: '1000.000000', NPL_RATIO: '2.500000' }, 'WARNING'),
  entry('LN-2', 'LOAN', { BALANCE: '500.000000', NPL_RATIO: '9.375000' }, 'CRITICAL'),
  entry('LN-3', 'LOAN', { BALANCE: '0.000000' }),
  entry('DEP-2', 'DEPOSIT', { BALANCE: '50.000000' }),
  { openAlerts: 0, worstSeverity: null, metrics: [], product: null },
];

describe('product health', () => {
  it('makes one row per existing product with its readings', () => {
    const rows = healthRows(entries, 'en-US');
    expect(rows).toHaveLength(5);
    expect(rows[1]).toMatchObject({ code: 'LN-1', name: 'Product LN-1', family: 'LOAN', openAlerts: 1, worstSeverity: 'WARNING' });
    expect(rows[1].readings.NPL_RATIO).toBe('2.500000');
    expect(healthRows(entries, 'zh-CN')[0].name).toBe('产品DEP-1');
  });

  it('sums balances per family in the console family order', () => {
    expect(balanceByFamily(healthRows(entries, 'en-US'))).toEqual([
      { key: 'DEPOSIT', label: 'DEPOSIT', value: 150 },
      { key: 'LOAN', label: 'LOAN', value: 1500 },
    ]);
  });

  it('lists loan NPL ratios worst first, skipping loans without one', () => {
    expect(nplByLoanProduct(healthRows(entries, 'en-US')).map((bar) => [bar.label, bar.value])).toEqual([
      ['Product LN-2', 9.375],
      ['Product LN-1', 2.5],
    ]);
  });

  it('sorts by a reading (missing first) and by worst severity (none first)', () => {
    const rows = healthRows(entries, 'en-US');
    expect([...rows].sort(byReading('NPL_RATIO')).map((r) => r.code)).toEqual(['DEP-1', 'LN-3', 'DEP-2', 'LN-1', 'LN-2']);
    expect([...rows].sort(bySeverity).map((r) => r.code).slice(-2)).toEqual(['LN-1', 'LN-2']);
  });
});

describe('chart options', () => {
  it('plot the series as numbers along its dates', () => {
    const option = lineOption({ points: [{ date: '2026-05-01', value: '1.5000' }, { date: '2026-05-02', value: '2' }], name: 'NPL', color: 'red', format: String });
    expect(option.xAxis.data).toEqual(['2026-05-01', '2026-05-02']);
    expect(option.series[0].data).toEqual([1.5, 2]);
  });

  it('draw bars top-down and slices with their colours', () => {
    const bars = barOption({ bars: [{ label: 'a', value: 3 }, { label: 'b', value: 1 }], name: 'x', color: 'red', format: String });
    expect(bars.yAxis.data).toEqual(['b', 'a']);
    expect(bars.series[0].data).toEqual([1, 3]);
    const pie = pieOption({ slices: [{ name: 'Critical', value: 5, color: '#f00' }], name: 'alerts' });
    expect(pie.series[0].data).toEqual([{ name: 'Critical', value: 5, itemStyle: { color: '#f00' } }]);
  });
});
