// Display of performance figures: money with thousands separators and exactly 2 decimals,
// percentages to 0.01, all from the API's Decimal strings without float rounding.
import { fromScaled, toScaled } from './decimal';

export const EMPTY = '—';

/** "1234567.5" → "1,234,567.50"; blank → "—". */
export function formatAmount(value: string | null | undefined, fallback = EMPTY): string {
  const scaled = toScaled(value, 2);
  if (scaled === null) return value ? String(value) : fallback;
  const text = fromScaled(scaled, 2);
  const negative = text.startsWith('-');
  const [whole, fraction] = (negative ? text.slice(1) : text).split('.');
  return `${negative ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

/** An amount with its currency: "CNY 1,234.50". */
export function formatMoney(money: { amount: string; currency: string } | null | undefined, fallback = EMPTY): string {
  if (!money) return fallback;
  return `${money.currency} ${formatAmount(money.amount, fallback)}`;
}

/** A percentage figure ("12.3" → "12.30%"); blank → "—". */
export function formatPercent(value: string | null | undefined, fallback = EMPTY): string {
  const scaled = toScaled(value, 2);
  return scaled === null ? fallback : `${fromScaled(scaled, 2)}%`;
}

/** A change in percent with its sign: "+12.30%", "-4.00%", "0.00%". */
export function formatGrowth(value: string | null | undefined, fallback = EMPTY): string {
  const scaled = toScaled(value, 2);
  if (scaled === null) return fallback;
  return `${scaled > 0n ? '+' : ''}${fromScaled(scaled, 2)}%`;
}

/** Whether a decimal string is below zero (for colouring losses and declines). */
export function isNegative(value: string | null | undefined): boolean {
  const scaled = toScaled(value, 4);
  return scaled !== null && scaled < 0n;
}

/** A rate in percent a year, as entered: "2.1500" → "2.1500%". */
export function formatRate4(value: string | null | undefined, fallback = EMPTY): string {
  const scaled = toScaled(value, 4);
  return scaled === null ? fallback : `${fromScaled(scaled, 4)}%`;
}

/** Rank within the family: "2 / 7"; "—" without a rank. */
export function formatRank(rank: number | null | undefined, count: number, fallback = EMPTY): string {
  return rank === null || rank === undefined ? fallback : `${rank} / ${count}`;
}

/** A plain figure to 2 decimals (ratings, NPS): "4.5" → "4.50". */
export function formatFigure(value: string | null | undefined, fallback = EMPTY): string {
  const scaled = toScaled(value, 2);
  return scaled === null ? fallback : fromScaled(scaled, 2);
}

/** A month "2026-05-01" → "2026-05". */
export function formatMonth(value: string | null | undefined, fallback = EMPTY): string {
  return value ? value.slice(0, 7) : fallback;
}
