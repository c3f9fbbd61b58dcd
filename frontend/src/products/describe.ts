import { bandOf, buildGrid, isSingle, termBandOf, toBand, type Band } from './bands';
import { formatBps, formatDecimal, formatRate, groupThousands, shortMoney } from './format';

// Terms in words: conditions, waivers, fees, bands. `t` looks a key up with parameters and
// `tr` an enum label (both from useI18n), so these stay plain functions that tests can call.

type T = (key: string, params?: Record<string, string | number>) => string;

export interface ConditionLike {
  type: string;
  amount?: string | null;
  count?: number | null;
  customerTypes?: readonly string[] | null;
  ageMin?: number | null;
  ageMax?: number | null;
  bundleCode?: string | null;
  months?: number | null;
  endsOn?: string | null;
}

/** "新资金 ≥ ¥10,000", "年龄 18–35 岁", "开户后 6 个月内". */
export function conditionText(t: T, c: ConditionLike, currency?: string): string {
  const amount = c.amount ? shortMoney(c.amount, currency) : '';
  switch (c.type) {
    case 'MIN_BALANCE':
    case 'NEW_MONEY':
    case 'MIN_SPEND_A_YEAR':
      return t(`product.condText.${c.type}`, { amount });
    case 'PAYROLL_DEPOSIT':
      return c.amount ? t('product.condText.PAYROLL_DEPOSIT_AMOUNT', { amount }) : t('product.condText.PAYROLL_DEPOSIT');
    case 'MIN_DEPOSITS_A_MONTH':
    case 'MIN_TRANSACTIONS_A_MONTH':
    case 'MIN_TRANSACTIONS_A_YEAR':
      return t(`product.condText.${c.type}`, { count: c.count ?? '—' });
    case 'CUSTOMER_TYPE':
      return t('product.condText.CUSTOMER_TYPE', {
        types: (c.customerTypes ?? []).map((v) => t(`product.customerType.${v}`)).join('、'),
      });
    case 'AGE_BAND':
      if (c.ageMin !== null && c.ageMin !== undefined && c.ageMax !== null && c.ageMax !== undefined) {
        return t('product.condText.AGE_BAND', { min: c.ageMin, max: c.ageMax });
      }
      return c.ageMin !== null && c.ageMin !== undefined
        ? t('product.condText.AGE_MIN', { min: c.ageMin })
        : t('product.condText.AGE_MAX', { max: c.ageMax ?? '—' });
    case 'BUNDLE_MEMBER':
      return t('product.condText.BUNDLE_MEMBER', { code: c.bundleCode ?? '—' });
    case 'INTRODUCTORY':
      return c.months ? t('product.condText.INTRO_MONTHS', { months: c.months }) : t('product.condText.INTRO_UNTIL', { day: c.endsOn ?? '—' });
    default:
      return c.type;
  }
}

export function conditionsText(t: T, conditions: readonly ConditionLike[], currency?: string): string {
  return conditions.map((c) => conditionText(t, c, currency)).join(t('product.condText.and'));
}

/** "新资金 ≥ ¥10,000 加 0.20 个百分点". */
export function bonusText(t: T, bonus: { rate: string; conditions: readonly ConditionLike[] }, currency?: string): string {
  return t('product.condText.bonus', { conditions: conditionsText(t, bonus.conditions, currency), points: formatDecimal(Number(bonus.rate).toFixed(2)) });
}

/** "年刷卡 ≥ 6 次：免 100%". */
export function waiverText(t: T, waiver: { share: string; conditions: readonly ConditionLike[] }, currency?: string): string {
  const share = Number(waiver.share);
  const what = share >= 100 ? t('product.condText.waivedAll') : t('product.condText.waivedShare', { share: formatDecimal(waiver.share) });
  return `${conditionsText(t, waiver.conditions, currency)}${t('product.condText.then')}${what}`;
}

/** "¥0–50,000" / "¥50,000 起". */
export function amountBandText(t: T, band: Band | undefined, currency?: string): string {
  if (!band) return t('product.grid.anyAmount');
  if (isSingle(band)) return shortMoney(band.lower, currency);
  return band.upper === null
    ? t('product.grid.amountFrom', { amount: shortMoney(band.lower, currency) })
    : t('product.grid.amountRange', { lower: shortMoney(band.lower, currency), upper: groupThousands(plain(band.upper)) });
}

function plain(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

export function termBandText(t: T, band: Band | undefined): string {
  if (!band) return t('product.grid.anyTerm');
  const unit = t(band.unit === 'TERM_DAYS' ? 'product.grid.days' : 'product.grid.months');
  if (isSingle(band)) return t('product.grid.termSingle', { n: band.lower, unit });
  if (band.upper === null) return t('product.grid.termFrom', { n: band.lower, unit });
  return t('product.grid.termRange', { lower: band.lower, upper: band.upper, unit });
}

export function ltvBandText(t: T, band: Band | undefined): string {
  if (!band) return t('product.grid.anyLtv');
  if (band.upper === null) return t('product.grid.ltvFrom', { n: formatDecimal(band.lower) });
  return t('product.grid.ltvRange', { lower: formatDecimal(band.lower), upper: formatDecimal(band.upper) });
}

export interface TierLike {
  bands: readonly { unit: string; lower: string; upper?: string | null }[];
  rate?: string | null;
  rateMax?: string | null;
  spreadBps?: number | null;
  spreadBpsMax?: number | null;
}

/** A tier's price: "1.85%", "3.10%–4.20%", "LPR −20 bp", "LPR +30 bp ~ +80 bp". */
export function tierPrice(tier: TierLike): string {
  if (tier.spreadBps !== null && tier.spreadBps !== undefined) {
    const low = `LPR ${formatBps(tier.spreadBps)}`;
    return tier.spreadBpsMax !== null && tier.spreadBpsMax !== undefined ? `${low} ~ ${formatBps(tier.spreadBpsMax)}` : low;
  }
  if (tier.rateMax) return `${formatRate(tier.rate)}–${formatRate(tier.rateMax)}`;
  return formatRate(tier.rate);
}

export interface PivotTable {
  /** LTV band of this table (loans), else undefined. */
  group: Band | undefined;
  columns: (Band | undefined)[];
  rows: { band: Band | undefined; prices: (string | null)[] }[];
}

/** Tiers as tables: rows by term band × columns by amount band, one table per LTV band. */
export function pivotTiers(tiers: readonly TierLike[]): PivotTable[] {
  const groups: (Band | undefined)[] = [];
  for (const tier of tiers) {
    const g = bandOf(tier.bands, 'LTV_PERCENT');
    if (!groups.some((x) => (x && g ? x.lower === g.lower && x.upper === g.upper : x === g))) groups.push(g);
  }
  groups.sort((a, b) => (a?.lower ?? 0) - (b?.lower ?? 0));
  return groups.map((group) => {
    const mine = tiers.filter((tier) => {
      const g = bandOf(tier.bands, 'LTV_PERCENT');
      return g && group ? g.lower === group.lower && g.upper === group.upper : g === group;
    });
    const grid = buildGrid(mine, (tier) => termBandOf(tier.bands));
    const columns: (Band | undefined)[] = grid.columns.length
      ? grid.columns.map((lower, j) => ({ unit: 'AMOUNT', lower, upper: j + 1 < grid.columns.length ? grid.columns[j + 1] : grid.end }))
      : [undefined];
    const rows = grid.rows.map((row) => {
      const prices: (string | null)[] = columns.map(() => null);
      for (const cell of row.cells) for (let k = 0; k < cell.span; k += 1) prices[cell.from + k] = tierPrice(mine[cell.index]);
      return { band: row.band, prices };
    });
    return { group, columns, rows };
  });
}

export { toBand };
