import type { ProductCommonFieldsFragment, ProductTermsFieldsFragment } from '../gql/graphql';
import { toBand } from './bands';
import { tierPrice, type TierLike } from './describe';
import { formatDecimal, formatMoney, formatRate, shortMoney } from './format';

type Tr = (key: string, fallback?: string) => string;

export interface CompareRow {
  key: string;
  label: string;
  values: string[];
  /** The products disagree on this row. */
  differs: boolean;
  group: 'common' | 'terms';
}

const RATE_KEYS = new Set([
  'rate',
  'earlyWithdrawalRate',
  'fixedRate',
  'effectiveRate',
  'annualisedRate',
  'penaltyRate',
  'interestRate',
  'cashAdvanceFeeRate',
  'benchmarkMin',
  'benchmarkMax',
  'subscriptionFeeRate',
  'managementFeeRate',
  'custodyFeeRate',
  'premiumRate',
  'yieldMin',
  'yieldMax',
]);
const MONEY_KEYS = new Set([
  'minimumDeposit',
  'amountMin',
  'amountMax',
  'amountDefault',
  'annualFee',
  'creditLimitMin',
  'creditLimitMax',
  'cashAdvanceFeeMin',
  'minimumInvestment',
  'minimumAmount',
]);
const ENUM_PREFIX: Record<string, string> = {
  interestPayment: 'interestPayment',
  tierApplication: 'tierApplication',
  repricing: 'repricing',
  rateType: 'loanRateType',
  lprTenor: 'lprTenor',
  tier: 'cardTier',
  offering: 'offering',
  metal: 'metal',
  unit: 'metalUnit',
};

/** One terms field of a product as text. */
export function termsValue(key: string, value: unknown, currency: string, tr: Tr): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return tr(value ? 'common.yes' : 'common.no');
  if (RATE_KEYS.has(key)) return formatRate(value as string);
  if (MONEY_KEYS.has(key)) return formatMoney(value as string, currency);
  if (ENUM_PREFIX[key]) return tr(`product.${ENUM_PREFIX[key]}.${value}`, String(value));
  if (key === 'repaymentMethods') return (value as string[]).map((m) => tr(`product.repayment.${m}`, m)).join('、') || '—';
  if (key === 'offeredTerms') return (value as number[]).join(' / ') || '—';
  if (key === 'rateTiers') {
    return (value as TierLike[])
      .map((tier) => {
        const where = tier.bands
          .map((b) => {
            const band = toBand(b);
            if (!band) return '';
            if (band.unit === 'AMOUNT') return `${shortMoney(band.lower, currency)}${band.upper === null ? '+' : `–${shortMoney(band.upper, currency)}`}`;
            const unit = band.unit === 'TERM_DAYS' ? 'D' : band.unit === 'TERM_MONTHS' ? 'M' : '% LTV';
            if (band.upper === band.lower) return `${band.lower}${unit}`;
            return `${band.lower}${band.upper === null ? '+' : `–${band.upper}`}${unit}`;
          })
          .filter(Boolean)
          .join(' ');
        return `${where ? `${where}: ` : ''}${tierPrice(tier)}`;
      })
      .join('\n');
  }
  if (key === 'interest' && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => k !== '__typename' && v !== null)
      .map(([k, v]) => (typeof v === 'string' ? tr(`product.${k === 'posting' ? 'interestPayment' : k}.${v}`, v) : String(v)))
      .join(' · ');
  }
  if (key === 'term' && typeof value === 'object') {
    const term = value as { min: number; max: number; multiple: number; unit: string };
    return `${term.min}–${term.max} ×${term.multiple} ${tr(`product.termUnit.${term.unit}`, term.unit)}`;
  }
  if (key === 'bonusRates' || key === 'annualFeeWaivers') {
    return (value as { name: string; rate?: string; share?: string }[]).map((b) => (b.rate ? `${b.name} +${formatDecimal(b.rate)}` : b.name)).join('、') || '—';
  }
  if (key === 'instalment' && typeof value === 'object') {
    const plan = value as { periods: number[]; monthlyFeeRate: string };
    return `${plan.periods.join('/')} · ${formatRate(plan.monthlyFeeRate)}`;
  }
  if (key === 'categoryMultipliers') {
    return (value as { category: string; multiplier: string }[]).map((m) => `${m.category} ×${formatDecimal(m.multiplier)}`).join('、') || '—';
  }
  if (Array.isArray(value)) return value.join('、') || '—';
  return String(value);
}

/**
 * Side-by-side rows for products: common fields, headline rate, then every terms field any of
 * them has (products of different families simply show "—" where a field does not apply).
 */
export function compareRows(products: readonly ProductCommonFieldsFragment[], tr: Tr, locale: string): CompareRow[] {
  const money = (p: ProductCommonFieldsFragment, v: string | null | undefined) => formatMoney(v, p.currency);
  const common: [string, string, (p: ProductCommonFieldsFragment) => string][] = [
    ['name', 'product.field.name', (p) => (locale === 'zh-CN' ? p.nameZh : p.nameEn)],
    ['family', 'product.field.family', (p) => `${tr(`product.family.${p.family}`)} / ${tr(`product.subtype.${p.subtype}`)}`],
    ['status', 'product.field.status', (p) => tr(`product.status.${p.status}`, p.status)],
    ['riskLevel', 'product.field.riskLevel', (p) => tr(`product.risk.${p.riskLevel}`, p.riskLevel)],
    ['currency', 'product.field.currency', (p) => p.currency],
    ['headlineRate', 'product.field.headlineRate', (p) => formatRate(p.headlineRate)],
    ['minAmount', 'product.field.minAmount', (p) => money(p, p.minAmount)],
    ['maxAmount', 'product.field.maxAmount', (p) => money(p, p.maxAmount)],
    ['channels', 'product.field.channels', (p) => p.channels.map((c) => tr(`product.channel.${c.channel}`, c.channel)).join('、') || '—'],
    ['salesWindow', 'product.field.salesWindow', (p) => `${p.salesStart ?? '…'} ~ ${p.salesEnd ?? '…'}`],
    ['customerTypes', 'product.field.customerTypes', (p) => p.eligibility.customerTypes.map((c) => tr(`product.customerType.${c}`, c)).join('、')],
    ['ageRange', 'product.field.ageRange', (p) => `${p.eligibility.minAge ?? 0}–${p.eligibility.maxAge ?? '∞'}`],
    ['fees', 'product.field.fees', (p) => p.fees.map((f) => tr(`product.feeType.${f.type}`, f.type)).join('、') || '—'],
    ['highlights', 'product.field.highlights', (p) => p.highlights.join('、') || '—'],
  ];
  const rows: CompareRow[] = common.map(([key, label, get]) => {
    const values = products.map(get);
    return { key, label: tr(label), values, differs: new Set(values).size > 1, group: 'common' };
  });
  const termKeys: string[] = [];
  for (const p of products) {
    for (const key of Object.keys(p.terms ?? {})) if (key !== '__typename' && !termKeys.includes(key)) termKeys.push(key);
  }
  for (const key of termKeys) {
    const values = products.map((p) => {
      const terms = p.terms as (ProductTermsFieldsFragment & Record<string, unknown>) | null;
      return terms && key in terms ? termsValue(key, terms[key], p.currency, tr) : '—';
    });
    rows.push({ key: `terms.${key}`, label: tr(`product.terms.${key}`, key), values, differs: new Set(values).size > 1, group: 'terms' });
  }
  return rows;
}
