import type { AlertSeverity, ProductFamily, ProductHealthQuery, ProductMetric, ProductStatus } from '../gql/graphql';
import { FAMILIES } from '../products/enums';
import { localName } from './alertText';
import { severityRank } from './feed';

// The dashboard's figures derived from `productHealth`: one row per watched product with its
// latest readings, and the distributions drawn from them.

export type ProductHealthEntry = ProductHealthQuery['productHealth'][number];

export interface HealthRow {
  id: string;
  code: string;
  name: string;
  family: ProductFamily;
  status: ProductStatus;
  openAlerts: number;
  worstSeverity: AlertSeverity | null;
  /** Latest reading of each metric the product has, as sent (Decimal strings). */
  readings: Partial<Record<ProductMetric, string>>;
}

/** One row per watched product that still exists, in the server's order. */
export function healthRows(entries: readonly ProductHealthEntry[], locale: string): HealthRow[] {
  return entries.flatMap((entry) => {
    const product = entry.product;
    if (!product) return [];
    const readings: HealthRow['readings'] = {};
    for (const reading of entry.metrics) readings[reading.metric] = reading.value;
    return [
      {
        id: product.id,
        code: product.code,
        name: localName(product, locale) || product.code,
        family: product.family,
        status: product.status,
        openAlerts: entry.openAlerts,
        worstSeverity: entry.worstSeverity ?? null,
        readings,
      },
    ];
  });
}

/** A reading as a number for sorting and charts (missing: undefined). */
export function reading(row: HealthRow, metric: ProductMetric): number | undefined {
  const value = row.readings[metric];
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** Ascending order by a metric; products without the reading sort first. */
export function byReading(metric: ProductMetric) {
  return (a: HealthRow, b: HealthRow) => (reading(a, metric) ?? -Infinity) - (reading(b, metric) ?? -Infinity);
}

/** Ascending order by worst open severity; products without open alerts sort first. */
export function bySeverity(a: HealthRow, b: HealthRow): number {
  const rank = (row: HealthRow) => (row.worstSeverity ? severityRank(row.worstSeverity) : -1);
  return rank(a) - rank(b);
}

export interface Bar {
  key: string;
  label: string;
  value: number;
}

/** Total latest balance per family, in the console's family order (families without products left out). */
export function balanceByFamily(rows: readonly HealthRow[]): Bar[] {
  const totals = new Map<ProductFamily, number>();
  for (const row of rows) {
    const balance = reading(row, 'BALANCE');
    if (balance === undefined) continue;
    totals.set(row.family, (totals.get(row.family) ?? 0) + balance);
  }
  return FAMILIES.filter((family) => totals.has(family)).map((family) => ({ key: family, label: family, value: totals.get(family) ?? 0 }));
}

/** NPL ratio of every loan product that has one, worst first. */
export function nplByLoanProduct(rows: readonly HealthRow[]): Bar[] {
  return rows
    .filter((row) => row.family === 'LOAN' && reading(row, 'NPL_RATIO') !== undefined)
    .map((row) => ({ key: row.id, label: row.name, value: reading(row, 'NPL_RATIO') ?? 0 }))
    .sort((a, b) => b.value - a.value);
}
