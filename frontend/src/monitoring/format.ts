import type { ProductMetric, RuleCondition } from '../gql/graphql';
import { groupThousands } from '../products/format';

// How monitoring numbers read. Metric values arrive as Decimal strings: ratios are already in
// percent ("9.375000" = 9.375 %), money in CNY, counts as whole numbers with trailing zeros,
// satisfaction as an average 1–5 rating. A CHANGE_VS_AVERAGE rule compares percent changes, so
// its alert values and levels are signed percentages whatever the metric.

const EMPTY = '—';

export type MetricKind = 'percent' | 'money' | 'count' | 'rating';

const KINDS: Readonly<Record<ProductMetric, MetricKind>> = {
  TX_COUNT: 'count',
  TX_AMOUNT: 'money',
  BALANCE: 'money',
  NEW_SALES_COUNT: 'count',
  NEW_SALES_AMOUNT: 'money',
  AVG_RATE: 'percent',
  NPL_RATIO: 'percent',
  OVERDUE_RATIO: 'percent',
  COMPLAINT_COUNT: 'count',
  SATISFACTION: 'rating',
};

export function metricKind(metric: ProductMetric): MetricKind {
  return KINDS[metric];
}

function isBlank(value: string | number | null | undefined): value is null | undefined | '' {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Round to at most `places` decimals and drop trailing zeros: "9.375000" → "9.375". */
export function trimDecimal(value: string | number, places = 4): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  const fixed = n.toFixed(places);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** A ratio in percent: "9.375000" → "9.375%". */
export function formatPercent(value: string | number | null | undefined, fallback = EMPTY): string {
  if (isBlank(value)) return fallback;
  return `${trimDecimal(value)}%`;
}

/** A percent change with its sign, to 0.01: "-33.9450" → "-33.95%", "12" → "+12%". */
export function formatChange(value: string | number | null | undefined, fallback = EMPTY): string {
  if (isBlank(value)) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  const text = trimDecimal(n, 2);
  return `${n > 0 ? '+' : ''}${text}%`;
}

/** A metric value in its unit: percent for ratios, grouped CNY for money, whole counts. */
export function formatMetricValue(metric: ProductMetric | null, value: string | number | null | undefined, fallback = EMPTY): string {
  if (isBlank(value)) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  switch (metric ? KINDS[metric] : 'count') {
    case 'percent':
      return formatPercent(value);
    case 'money':
      return groupThousands(n.toFixed(2));
    case 'rating':
      return n.toFixed(2);
    case 'count':
      return groupThousands(Number.isInteger(n) ? n.toFixed(0) : trimDecimal(n, 2));
  }
}

/** A rule level or alert value: a signed percent change for CHANGE_VS_AVERAGE, else the metric's unit. */
export function formatLevel(
  metric: ProductMetric | null,
  condition: RuleCondition | 'CHANGE' | null | undefined,
  value: string | number | null | undefined,
  fallback = EMPTY,
): string {
  if (condition === 'CHANGE_VS_AVERAGE' || condition === 'CHANGE') return formatChange(value, fallback);
  if (condition === 'NO_DATA') return isBlank(value) || !Number.isFinite(Number(value)) ? fallback : String(Number(value));
  return formatMetricValue(metric, value, fallback);
}

/** The unit shown beside a level input for a metric and condition ('' when none). */
export function levelUnit(metric: ProductMetric | undefined, condition: RuleCondition | undefined): string {
  if (condition === 'CHANGE_VS_AVERAGE') return '%';
  if (condition === 'NO_DATA') return '';
  if (!metric) return '';
  const kind = KINDS[metric];
  if (kind === 'percent') return '%';
  if (kind === 'money') return 'CNY';
  return '';
}

export interface AlertNumbers {
  /** Null for CUSTOMER_ACCESS alerts, whose value is a count of customers. */
  metric: ProductMetric | null;
  value: string;
  threshold: string | null;
  /** Set when the rule compares changes: value and threshold are then percent changes. */
  baseline: string | null;
}

/** An alert's observed value and crossed level, readable ("9.375%", "-33.945%", "CNY"...). */
export function formatAlertNumbers(alert: AlertNumbers): { value: string; threshold: string; baseline: string | null } {
  const change = alert.baseline !== null;
  return {
    value: formatLevel(alert.metric, change ? 'CHANGE' : null, alert.value),
    threshold: formatLevel(alert.metric, change ? 'CHANGE' : null, alert.threshold),
    baseline: change ? formatMetricValue(alert.metric, alert.baseline) : null,
  };
}

/**
 * A large amount in a few characters: "2388224441" → "23.88亿" (zh-CN) or "2.39B" (en-US).
 * Small amounts are grouped as they are.
 */
export function formatCompact(value: string | number | null | undefined, locale: string, fallback = EMPTY): string {
  if (isBlank(value)) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  const abs = Math.abs(n);
  if (locale === 'zh-CN') {
    if (abs >= 1e8) return `${trimDecimal(n / 1e8, 2)}亿`;
    if (abs >= 1e4) return `${trimDecimal(n / 1e4, 2)}万`;
  } else {
    if (abs >= 1e9) return `${trimDecimal(n / 1e9, 2)}B`;
    if (abs >= 1e6) return `${trimDecimal(n / 1e6, 2)}M`;
    if (abs >= 1e4) return `${trimDecimal(n / 1e3, 1)}K`;
  }
  return groupThousands(trimDecimal(n, 2));
}

/** The percent change from `average` to `current`, or null when the average is zero or unknown. */
export function changeVersus(current: string | number | null | undefined, average: string | number | null | undefined): number | null {
  if (isBlank(current) || isBlank(average)) return null;
  const now = Number(current);
  const base = Number(average);
  if (!Number.isFinite(now) || !Number.isFinite(base) || base === 0) return null;
  return ((now - base) / base) * 100;
}
