// Rate bands and tiers as the API defines them (backend terms_parts.py): a band is [lower, upper)
// in its unit; upper null is unbounded; lower == upper is exactly that value (a discrete term).
// A tier is one cell of a rate grid and applies where every one of its bands holds.

export type TierUnitName = 'AMOUNT' | 'TERM_MONTHS' | 'TERM_DAYS' | 'LTV_PERCENT';
export const TERM_UNITS: readonly string[] = ['TERM_MONTHS', 'TERM_DAYS'];

/** A band with numbers (blank upper: unbounded). */
export interface Band {
  unit: string;
  lower: number;
  upper: number | null;
}

type Loose = { unit?: string | null; lower?: unknown; upper?: unknown } | null | undefined;

function num(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** A form's or the API's band as numbers; undefined when its unit or lower bound is missing. */
export function toBand(band: Loose): Band | undefined {
  const lower = num(band?.lower);
  if (!band?.unit || lower === undefined) return undefined;
  const upper = num(band.upper);
  return { unit: band.unit, lower, upper: upper === undefined ? null : upper };
}

export function isSingle(band: Band): boolean {
  return band.upper !== null && band.upper === band.lower;
}

export function bandContains(band: Band, value: number): boolean {
  if (isSingle(band)) return value === band.lower;
  return band.lower <= value && (band.upper === null || value < band.upper);
}

export function bandsOverlap(a: Band, b: Band): boolean {
  if (isSingle(a)) return bandContains(b, a.lower);
  if (isSingle(b)) return bandContains(a, b.lower);
  return (b.upper === null || a.lower < b.upper) && (a.upper === null || b.lower < a.upper);
}

export function sameBand(a: Band | undefined, b: Band | undefined): boolean {
  if (!a || !b) return a === b;
  return a.unit === b.unit && a.lower === b.lower && a.upper === b.upper;
}

/** The band of a unit among a tier's bands. */
export function bandOf(bands: readonly Loose[] | null | undefined, unit: string): Band | undefined {
  const raw = (bands ?? []).find((b) => b?.unit === unit);
  return raw ? toBand(raw) : undefined;
}

/** A tier's term band (months or days). */
export function termBandOf(bands: readonly Loose[] | null | undefined): Band | undefined {
  const raw = (bands ?? []).find((b) => b?.unit && TERM_UNITS.includes(b.unit));
  return raw ? toBand(raw) : undefined;
}

export function bandKey(band: Band | undefined): string {
  return band ? `${band.unit}:${band.lower}:${band.upper ?? ''}` : '*';
}

export function compareBands(a: Band | undefined, b: Band | undefined): number {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  if (a.lower !== b.lower) return a.lower - b.lower;
  return (a.upper ?? Infinity) - (b.upper ?? Infinity);
}

/**
 * A grid of tiers: one row per distinct `rowOf` band (in order), one column per amount
 * breakpoint; each row lists its tiers (index into the input) with the columns they span.
 */
export interface GridRow {
  band: Band | undefined;
  cells: { index: number; band: Band | undefined; from: number; span: number }[];
}
export interface Grid {
  /** Column lower bounds (amounts); column j is [columns[j], columns[j+1]) and the last is open. */
  columns: number[];
  /** Upper bound of the last column, when every row stops there (else null). */
  end: number | null;
  rows: GridRow[];
}

export function buildGrid<T extends { bands?: readonly Loose[] | null }>(
  tiers: readonly T[],
  rowOf: (tier: T) => Band | undefined,
  colUnit = 'AMOUNT',
): Grid {
  const breaks = new Set<number>();
  let end: number | null | undefined;
  tiers.forEach((tier) => {
    const band = bandOf(tier.bands, colUnit);
    if (!band) return;
    breaks.add(band.lower);
    if (band.upper !== null) breaks.add(band.upper);
  });
  const columns = [...breaks].sort((a, b) => a - b);
  // the last breakpoint is a column start only when some band starts (or runs open) there
  const opens = tiers.some((tier) => {
    const band = bandOf(tier.bands, colUnit);
    return band && band.upper === null;
  });
  if (!opens && columns.length > 1) {
    end = columns.pop()!;
  }
  const rows: GridRow[] = [];
  tiers.forEach((tier, index) => {
    const rowBand = rowOf(tier);
    let row = rows.find((r) => sameBand(r.band, rowBand));
    if (!row) {
      row = { band: rowBand, cells: [] };
      rows.push(row);
    }
    const band = bandOf(tier.bands, colUnit);
    if (!band || columns.length === 0) {
      row.cells.push({ index, band, from: 0, span: Math.max(columns.length, 1) });
      return;
    }
    const from = Math.max(0, columns.indexOf(band.lower));
    const stop = band.upper === null ? columns.length : columns.indexOf(band.upper);
    const span = Math.max(1, (stop < 0 ? columns.length : stop) - from);
    row.cells.push({ index, band, from, span });
  });
  rows.sort((a, b) => compareBands(a.band, b.band));
  rows.forEach((row) => row.cells.sort((a, b) => a.from - b.from));
  return { columns, end: end ?? null, rows };
}
