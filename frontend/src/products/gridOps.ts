import { bandContains, bandOf, sameBand, termBandOf, toBand, type Band } from './bands';
import type { BandValues, RateTierValues } from './validation';

// Edits of a rate grid held as the API's flat list of tiers (so server error paths such as
// `rateTiers.2.rate` name a form field). Rows are the tiers' term bands, columns their amount
// bands; every operation returns a new list.

const AMOUNT = 'AMOUNT';

function num(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function withBand(tier: RateTierValues, unit: string, band: BandValues | null): RateTierValues {
  const others = (tier.bands ?? []).filter((b) => b?.unit !== unit);
  return { ...tier, bands: band ? [...others, band] : others };
}

function rawBand(tier: RateTierValues, unit: string): BandValues | undefined {
  return (tier.bands ?? []).find((b) => b?.unit === unit);
}

/** Split every amount band that holds `at` inside it into [lower, at) and [at, upper), both keeping the rate. */
export function splitAmount(tiers: readonly RateTierValues[], at: number): RateTierValues[] {
  const out: RateTierValues[] = [];
  for (const tier of tiers) {
    const band = bandOf(tier.bands, AMOUNT);
    if (band && band.lower < at && (band.upper === null || at < band.upper)) {
      const raw = rawBand(tier, AMOUNT)!;
      out.push(withBand(tier, AMOUNT, { ...raw, upper: String(at) }));
      out.push(withBand({ ...tier, rate: tier.rate, rateMax: tier.rateMax }, AMOUNT, { unit: AMOUNT, lower: String(at), upper: raw.upper ?? null }));
    } else out.push(tier);
  }
  return out;
}

/** Remove the amount breakpoint `at`: the band starting there joins the one before it (whose rate stays). */
export function mergeAmount(tiers: readonly RateTierValues[], at: number): RateTierValues[] {
  const removed = tiers.filter((tier) => bandOf(tier.bands, AMOUNT)?.lower === at);
  return tiers
    .filter((tier) => !removed.includes(tier))
    .map((tier) => {
      const band = bandOf(tier.bands, AMOUNT);
      if (!band || band.upper !== at) return tier;
      const next = removed.find((r) => sameBand(cellOf(r), cellOf(tier)));
      const upper = next ? (rawBand(next, AMOUNT)?.upper ?? null) : null;
      return withBand(tier, AMOUNT, { ...rawBand(tier, AMOUNT)!, upper });
    });
}

/** Move the amount breakpoint `from` to `to` in every row. */
export function moveAmount(tiers: readonly RateTierValues[], from: number, to: number): RateTierValues[] {
  return tiers.map((tier) => {
    const raw = rawBand(tier, AMOUNT);
    if (!raw) return tier;
    const lower = num(raw.lower) === from ? String(to) : raw.lower;
    const upper = num(raw.upper) === from ? String(to) : raw.upper;
    return withBand(tier, AMOUNT, { ...raw, lower, upper });
  });
}

/** A tier's row band (its term band). */
export function cellOf(tier: RateTierValues): Band | undefined {
  return termBandOf(tier.bands);
}

/** Add a row (a term band) with one tier per amount band of the first row, rates blank. */
export function addRow(tiers: readonly RateTierValues[], band: BandValues): RateTierValues[] {
  const first = cellOf(tiers[0] ?? {});
  const template = tiers.filter((tier) => sameBand(cellOf(tier), first)).map((tier) => rawBand(tier, AMOUNT));
  const amounts = template.length ? template : [{ unit: AMOUNT, lower: '0', upper: null }];
  return [
    ...tiers,
    ...amounts.map((amount) => ({ bands: amount ? [{ ...band }, { ...amount }] : [{ ...band }], rate: undefined })),
  ];
}

/** Remove a row: every tier of that term band. */
export function removeRow(tiers: readonly RateTierValues[], band: Band | undefined): RateTierValues[] {
  return tiers.filter((tier) => !sameBand(cellOf(tier), band));
}

/** Give a row another term band. */
export function setRowBand(tiers: readonly RateTierValues[], from: Band | undefined, to: BandValues): RateTierValues[] {
  return tiers.map((tier) => (sameBand(cellOf(tier), from) ? withBand(tier, to.unit!, { ...to }) : tier));
}

/** Band (or stop banding) every tier by a unit; a new band starts at `lower` and runs open. */
export function toggleUnit(tiers: readonly RateTierValues[], unit: string, on: boolean, lower: string): RateTierValues[] {
  return tiers.map((tier) => {
    if (!on) return withBand(tier, unit, null);
    return rawBand(tier, unit) ? tier : withBand(tier, unit, { unit, lower, upper: null });
  });
}

/** The next term to offer in a new row: the first of `candidates` no row has yet, else one past the last. */
export function nextTerm(tiers: readonly RateTierValues[], candidates: readonly number[]): number {
  const used = tiers.map(cellOf).filter((b): b is Band => !!b);
  const free = candidates.find((n) => !used.some((b) => bandContains(b, n)));
  if (free !== undefined) return free;
  const last = Math.max(0, ...used.map((b) => (b.upper !== null && b.upper !== b.lower ? b.upper : b.lower)));
  return last + 1;
}

export { toBand };
