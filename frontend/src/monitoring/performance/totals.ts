// Pure shaping of the performance rows: family sections with exact totals, chart series, and
// suggestions grouped by product.
import type { ProductFamily } from '../../gql/graphql';
import { compareDecimals, sumDecimals, toScaled } from './decimal';

export interface MoneyLike {
  amount: string;
  currency: string;
}

/** The fields of a performance row the totals read. */
export interface TotalsRow {
  family: ProductFamily;
  averageBalance: MoneyLike;
  revenue?: MoneyLike | null;
  costs: MoneyLike;
  profit?: MoneyLike | null;
  newSales: MoneyLike;
}

export interface CurrencyTotals {
  currency: string;
  products: number;
  averageBalance: string;
  revenue: string;
  costs: string;
  profit: string;
  newSales: string;
  /** Products whose revenue (and so profit) could not be computed: the totals leave them out. */
  withoutRevenue: number;
}

export interface FamilySection<R extends TotalsRow> {
  family: ProductFamily;
  rows: R[];
  /** One line per currency: amounts of different currencies are never added up. */
  totals: CurrencyTotals[];
}

/** Exact totals of rows, one per currency in order of first appearance. */
export function currencyTotals(rows: readonly TotalsRow[]): CurrencyTotals[] {
  const byCurrency = new Map<string, TotalsRow[]>();
  for (const row of rows) {
    const currency = row.averageBalance.currency;
    byCurrency.set(currency, [...(byCurrency.get(currency) ?? []), row]);
  }
  return [...byCurrency].map(([currency, group]) => ({
    currency,
    products: group.length,
    averageBalance: sumDecimals(group.map((r) => r.averageBalance.amount)),
    revenue: sumDecimals(group.map((r) => r.revenue?.amount)),
    costs: sumDecimals(group.map((r) => r.costs.amount)),
    profit: sumDecimals(group.map((r) => r.profit?.amount)),
    newSales: sumDecimals(group.map((r) => r.newSales.amount)),
    withoutRevenue: group.filter((r) => !r.revenue).length,
  }));
}

/** Rows split by family, in the order the server sent them (family, rank, code). */
export function familySections<R extends TotalsRow>(rows: readonly R[]): FamilySection<R>[] {
  const byFamily = new Map<ProductFamily, R[]>();
  for (const row of rows) byFamily.set(row.family, [...(byFamily.get(row.family) ?? []), row]);
  return [...byFamily].map(([family, group]) => ({ family, rows: group, totals: currencyTotals(group) }));
}

export interface ChartRow {
  name: string;
  revenue?: MoneyLike | null;
  costs: MoneyLike;
  profit?: MoneyLike | null;
}

export interface ChartData {
  names: string[];
  profit: (number | null)[];
  revenue: (number | null)[];
  costs: number[];
  /** Products left out: those with nothing to draw, and the middle of a long list. */
  omitted: number;
}

/** Most bars a chart shows; beyond it the best and the worst products are kept. */
export const CHART_LIMIT = 20;
const WORST_KEPT = 5;

const isZero = (money: MoneyLike | null | undefined) => !money || (toScaled(money.amount) ?? 0n) === 0n;

/**
 * Series for the charts, best profit first (products without profit last), without products
 * that have no revenue, cost or profit at all; a long list keeps its best and its worst. Chart
 * values are numbers only for drawing: every figure shown as text comes from the exact strings.
 */
export function chartData(rows: readonly ChartRow[], limit: number = CHART_LIMIT): ChartData {
  const drawn = rows.filter((r) => !(isZero(r.revenue) && isZero(r.costs) && isZero(r.profit)));
  let sorted = [...drawn].sort((a, b) => compareDecimals(b.profit?.amount, a.profit?.amount));
  if (sorted.length > limit) {
    const withProfit = sorted.filter((r) => r.profit);
    const worst = withProfit.slice(-Math.min(WORST_KEPT, withProfit.length));
    const best = sorted.filter((r) => !worst.includes(r)).slice(0, limit - worst.length);
    sorted = [...best, ...worst];
  }
  const num = (money: MoneyLike | null | undefined) => (money ? Number(money.amount) : null);
  return {
    names: sorted.map((r) => r.name),
    profit: sorted.map((r) => num(r.profit)),
    revenue: sorted.map((r) => num(r.revenue)),
    costs: sorted.map((r) => Number(r.costs.amount)),
    omitted: rows.length - sorted.length,
  };
}

export interface ProductGroup<S> {
  productId: string;
  items: S[];
}

/** Suggestions grouped by product, keeping the server's most-severe-first order of products. */
export function groupByProduct<S extends { product?: { id: string } | null }>(items: readonly S[]): ProductGroup<S>[] {
  const groups = new Map<string, S[]>();
  for (const item of items) {
    const id = item.product?.id ?? '';
    groups.set(id, [...(groups.get(id) ?? []), item]);
  }
  return [...groups].map(([productId, group]) => ({ productId, items: group }));
}

/** How many items there are of each value of `key` (e.g. suggestions per severity). */
export function countBy<S, K extends string>(items: readonly S[], key: (item: S) => K): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}
