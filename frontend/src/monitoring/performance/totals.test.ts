import { describe, expect, it } from 'vitest';
import { chartData, countBy, currencyTotals, familySections, groupByProduct, type TotalsRow } from './totals';

const cny = (amount: string) => ({ amount, currency: 'CNY' });
const usd = (amount: string) => ({ amount, currency: 'USD' });

function row(family: TotalsRow['family'], money: (a: string) => { amount: string; currency: string }, values: { balance: string; revenue: string | null; costs: string }): TotalsRow & { id: string } {
  const revenue = values.revenue === null ? null : money(values.revenue);
  const profit = values.revenue === null ? null : money(String(Number(values.revenue) - Number(values.costs)));
  return {
    id: `${family}-${values.balance}`,
    family,
    averageBalance: money(values.balance),
    revenue,
    costs: money(values.costs),
    profit,
    newSales: money('0.10'),
  };
}

describe('familySections', () => {
  it('keeps the server order and totals each family exactly', () => {
    const rows = [
      row('DEPOSIT', cny, { balance: '1000000.10', revenue: '0.10', costs: '0.20' }),
      row('DEPOSIT', cny, { balance: '2000000.20', revenue: '0.20', costs: '0.10' }),
      row('LOAN', cny, { balance: '500.00', revenue: '30.00', costs: '10.00' }),
    ];
    const sections = familySections(rows);
    expect(sections.map((s) => [s.family, s.rows.map((r) => r.id)])).toEqual([
      ['DEPOSIT', ['DEPOSIT-1000000.10', 'DEPOSIT-2000000.20']],
      ['LOAN', ['LOAN-500.00']],
    ]);
    expect(sections[0].totals).toEqual([
      {
        currency: 'CNY',
        products: 2,
        averageBalance: '3000000.30',
        revenue: '0.30',
        costs: '0.30',
        profit: '0.00',
        newSales: '0.20',
        withoutRevenue: 0,
      },
    ]);
  });

  it('never adds up different currencies and counts products without revenue', () => {
    const totals = currencyTotals([
      row('FX', cny, { balance: '100.00', revenue: null, costs: '5.00' }),
      row('FX', usd, { balance: '10.00', revenue: '3.00', costs: '1.00' }),
      row('FX', cny, { balance: '50.00', revenue: '7.00', costs: '2.00' }),
    ]);
    expect(totals.map((t) => [t.currency, t.averageBalance, t.revenue, t.costs, t.withoutRevenue])).toEqual([
      ['CNY', '150.00', '7.00', '7.00', 1],
      ['USD', '10.00', '3.00', '1.00', 0],
    ]);
  });
});

describe('chartData', () => {
  it('orders products by profit, those without a profit last', () => {
    const data = chartData([
      { name: 'A', revenue: cny('10'), costs: cny('15'), profit: cny('-5') },
      { name: 'B', revenue: null, costs: cny('2'), profit: null },
      { name: 'C', revenue: cny('100'), costs: cny('20'), profit: cny('80') },
    ]);
    expect(data).toEqual({ names: ['C', 'A', 'B'], profit: [80, -5, null], revenue: [100, 10, null], costs: [20, 15, 2], omitted: 0 });
  });

  it('leaves out products with nothing to draw and keeps the best and worst of a long list', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ name: `P${i}`, revenue: cny(String(100 + i)), costs: cny('100'), profit: cny(String(i)) }));
    rows.push({ name: 'empty', revenue: cny('0.00'), costs: cny('0.00'), profit: cny('0.00') });
    const data = chartData(rows, 10);
    expect(data.names).toEqual(['P29', 'P28', 'P27', 'P26', 'P25', 'P4', 'P3', 'P2', 'P1', 'P0']);
    expect(data.omitted).toBe(21);
  });
});

describe('suggestion grouping', () => {
  it('groups by product in order of first appearance and counts by severity', () => {
    const items = [
      { product: { id: 'p2' }, severity: 'CRITICAL' as const },
      { product: { id: 'p1' }, severity: 'WARNING' as const },
      { product: { id: 'p2' }, severity: 'INFO' as const },
      { product: null, severity: 'INFO' as const },
    ];
    expect(groupByProduct(items).map((g) => [g.productId, g.items.length])).toEqual([
      ['p2', 2],
      ['p1', 1],
      ['', 1],
    ]);
    expect(countBy(items, (i) => i.severity)).toEqual({ CRITICAL: 1, WARNING: 1, INFO: 2 });
  });
});
