import { Descriptions, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { FeeFieldsFragment, ProductTermsFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import {
  amountBandText,
  bonusText,
  ltvBandText,
  pivotTiers,
  termBandText,
  tierPrice,
  waiverText,
  type ConditionLike,
  type TierLike,
} from '../describe';
import { formatBps, formatDecimal, formatMoney, formatRate, formatRateRange } from '../format';

const th: React.CSSProperties = { border: '1px solid #f0f0f0', padding: '6px 10px', background: '#fafafa', textAlign: 'left' };
const td: React.CSSProperties = { border: '1px solid #f0f0f0', padding: '6px 10px' };

/** Rate tiers as readable grids: terms as rows × amount bands as columns, one grid per LTV band. */
export function RateGrid({ tiers, currency }: { tiers: readonly TierLike[]; currency: string }) {
  const { t } = useI18n();
  const tt = t as unknown as (key: string, params?: Record<string, string | number>) => string;
  const tables = pivotTiers(tiers);
  if (tiers.length === 1 && tiers[0].bands.length === 0) {
    return (
      <div style={{ marginTop: 16 }} data-testid="terms-rate-grid">
        <Typography.Text strong>{t('product.terms.rateGrid')}</Typography.Text>：{t('product.grid.oneRate', { price: tierPrice(tiers[0]) })}
      </div>
    );
  }
  return (
    <div style={{ marginTop: 16 }} data-testid="terms-rate-grid">
      <Typography.Text strong>{t('product.terms.rateGrid')}</Typography.Text>
      {tables.map((table, k) => (
        <div key={k} style={{ marginTop: 8, overflowX: 'auto' }}>
          {table.group && <Typography.Text type="secondary">{ltvBandText(tt, table.group)}</Typography.Text>}
          <table style={{ borderCollapse: 'collapse', minWidth: '60%' }}>
            <thead>
              <tr>
                <th style={th}>{t('product.grid.termAmount')}</th>
                {table.columns.map((band, j) => (
                  <th style={th} key={j}>
                    {amountBandText(tt, band, currency)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  <th style={th}>{termBandText(tt, row.band)}</th>
                  {row.prices.map((price, j) => (
                    <td style={td} key={j}>
                      {price ?? '—'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}

function WaiverList({
  waivers,
  note,
  currency,
}: {
  waivers: readonly { name: string; share: string; conditions: readonly ConditionLike[] }[];
  note?: string | null;
  currency: string;
}) {
  const { t } = useI18n();
  const tt = t as unknown as (key: string, params?: Record<string, string | number>) => string;
  if (!waivers.length && !note) return <>{t('common.none')}</>;
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {waivers.map((w) => (
        <li key={w.name}>
          <strong>{w.name}</strong>：{waiverText(tt, w, currency)}
        </li>
      ))}
      {note && <li>{note}</li>}
    </ul>
  );
}

/** The product's typed fees in words, with their waivers. */
export function FeesView({ fees, currency }: { fees: readonly FeeFieldsFragment[]; currency: string }) {
  const { t, tr } = useI18n();
  if (!fees.length) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <div data-testid="fees-view">
      {fees.map((fee, i) => {
        const cur = fee.currency ?? currency;
        const price =
          fee.basis === 'RATE'
            ? t('product.feeText.rate', { rate: formatRate(fee.rate), base: tr(`product.feeChargeBase.${fee.chargedOn ?? ''}`, fee.chargedOn ?? '') })
            : formatMoney(fee.amount, cur);
        const limits = [
          fee.minAmount ? t('product.feeText.min', { amount: formatMoney(fee.minAmount, cur) }) : null,
          fee.maxAmount ? t('product.feeText.max', { amount: formatMoney(fee.maxAmount, cur) }) : null,
          fee.cap ? t('product.feeText.cap', { amount: formatMoney(fee.cap, cur), period: tr(`product.feeFrequency.${fee.capPeriod ?? ''}`, '') }) : null,
        ].filter(Boolean);
        return (
          <div key={i} style={{ marginBottom: 8 }}>
            <Space wrap>
              <Tag color="blue">{tr(`product.feeType.${fee.type}`, fee.type)}</Tag>
              <span>
                {price} · {tr(`product.feeFrequency.${fee.frequency}`, fee.frequency)}
                {limits.length ? `（${limits.join('，')}）` : ''}
              </span>
            </Space>
            {(fee.waivers.length > 0 || fee.note) && (
              <div style={{ paddingLeft: 8 }}>
                <WaiverList waivers={fee.waivers} note={fee.note} currency={cur} />
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}

type Item = { key: string; label: string; children: ReactNode; span?: number };

function List({ values, empty }: { values: readonly string[]; empty: string }) {
  if (values.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <Space size={[0, 4]} wrap>
      {values.map((v) => (
        <Tag key={v}>{v}</Tag>
      ))}
    </Space>
  );
}

/**
 * The family-specific terms of a product, read-only. Takes the `ProductTerms` union as queried
 * (FX spread aliased `fxSpreadBps`); also renders the wizard's summary.
 */
export function TermsView({ terms, currency }: { terms: ProductTermsFieldsFragment | null | undefined; currency: string }) {
  const { t, tr } = useI18n();
  const tt = t as unknown as (key: string, params?: Record<string, string | number>) => string;
  const yesNo = (v: boolean | null | undefined) => (v === null || v === undefined ? '—' : v ? t('common.yes') : t('common.no'));
  const money = (v: string | null | undefined) => formatMoney(v, currency);
  const e = (prefix: string, v: string | null | undefined) => (v ? tr(`product.${prefix}.${v}`, v) : '—');
  if (!terms) return <Typography.Text type="secondary">{t('product.terms.none')}</Typography.Text>;

  let items: Item[] = [];
  let extra: ReactNode = null;
  switch (terms.__typename) {
    case 'DepositTerms': {
      const term = terms.term;
      const unit = term?.unit === 'DAY' ? t('product.grid.days') : t('product.grid.months');
      items = [
        {
          key: 'offeredTerms',
          label: t('product.terms.offeredTerms'),
          children: term
            ? `${terms.offeredTerms.join('、')} ${unit}（${t('product.terms.termRangeText', { min: term.min, max: term.max, multiple: term.multiple, unit })}）`
            : t('product.terms.demandTerm'),
          span: 2,
        },
        {
          key: 'interest',
          label: t('product.terms.interestMechanics'),
          children: t('product.terms.interestText', {
            dayCount: e('dayCount', terms.interest.dayCount),
            posting: e('interestPayment', terms.interest.posting),
            compounding: e('compounding', terms.interest.compounding),
          }),
          span: 2,
        },
        {
          key: 'tierApplication',
          label: t('product.terms.tierApplication'),
          children: `${e('tierApplication', terms.tierApplication)}：${t(`product.tierApplicationHint.${terms.tierApplication}`)}`,
          span: 2,
        },
        { key: 'minimumDeposit', label: t('product.terms.minimumDeposit'), children: money(terms.minimumDeposit) },
        { key: 'earlyWithdrawalRate', label: t('product.terms.earlyWithdrawalRate'), children: formatRate(terms.earlyWithdrawalRate) },
        { key: 'autoRenewal', label: t('product.terms.autoRenewal'), children: yesNo(terms.autoRenewal) },
        {
          key: 'bonusRates',
          label: t('product.terms.bonusRates'),
          span: 2,
          children: terms.bonusRates.length ? (
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="terms-bonus-rates">
              {terms.bonusRates.map((b) => (
                <li key={b.name}>
                  <strong>{b.name}</strong>：{bonusText(tt, b, currency)}
                </li>
              ))}
            </ul>
          ) : (
            t('common.none')
          ),
        },
      ];
      extra = <RateGrid tiers={terms.rateTiers} currency={currency} />;
      break;
    }
    case 'LoanTerms':
      items = [
        { key: 'rateType', label: t('product.terms.rateType'), children: e('loanRateType', terms.rateType) },
        {
          key: 'annualisedRate',
          label: t('product.terms.annualisedRate'),
          children: (
            <Typography.Text strong style={{ fontSize: 18, color: '#cf1322' }} data-testid="terms-annualised-rate">
              {formatRate(terms.annualisedRate)}
            </Typography.Text>
          ),
        },
        {
          key: 'effectiveRate',
          label: t('product.terms.effectiveRate'),
          span: 2,
          children:
            terms.rateType === 'LPR'
              ? (() => {
                  const spread = Math.min(...terms.rateTiers.map((x) => x.spreadBps ?? 0));
                  return `${formatRate(terms.effectiveRate)}（${t('product.terms.lprExplain', {
                    tenor: e('lprTenor', terms.lprTenor),
                    lpr: formatRate((Number(terms.effectiveRate) - spread / 100).toFixed(4)),
                    spread: formatBps(spread),
                    repricing: e('repricing', terms.repricing),
                  })}）`;
                })()
              : `${formatRate(terms.effectiveRate)}（${t('product.terms.fixedExplain')}）`,
        },
        {
          key: 'interest',
          label: t('product.terms.interestMechanics'),
          span: 2,
          children: t('product.terms.loanInterestText', {
            dayCount: e('dayCount', terms.interest.dayCount),
            frequency: e('repaymentFrequency', terms.interest.repaymentFrequency),
            first:
              terms.interest.firstPayment === 'FIXED_DAY'
                ? t('product.terms.fixedDayText', { day: terms.interest.paymentDay ?? '—' })
                : e('firstPayment', terms.interest.firstPayment),
          }),
        },
        {
          key: 'amount',
          label: t('product.field.amountRange'),
          children: `${money(terms.amountMin)} – ${money(terms.amountMax)}（${t('product.terms.amountDefault')} ${money(terms.amountDefault)}）`,
          span: 2,
        },
        {
          key: 'term',
          label: t('product.terms.termRange'),
          children: `${terms.termMonthsMin}–${terms.termMonthsMax}（${t('product.terms.termMonthsDefault')} ${terms.termMonthsDefault}）`,
        },
        {
          key: 'repaymentMethods',
          label: t('product.terms.repaymentMethods'),
          children: terms.repaymentMethods.map((m) => tr(`product.repayment.${m}`, m)).join('、') || '—',
        },
        {
          key: 'collateral',
          label: t('product.terms.collateralRequired'),
          children: terms.collateralRequired ? `${t('common.yes')}（${t('product.terms.maxLtv')} ${formatDecimal(terms.maxLtv)}%）` : t('common.no'),
        },
        { key: 'grace', label: t('product.terms.gracePeriodDays'), children: terms.gracePeriodDays },
        { key: 'penalty', label: t('product.terms.penaltyRate'), children: formatRate(terms.penaltyRate) },
      ];
      extra = <RateGrid tiers={terms.rateTiers} currency={currency} />;
      break;
    case 'CreditCardTerms':
      items = [
        { key: 'tier', label: t('product.terms.tier'), children: e('cardTier', terms.tier) },
        { key: 'partnerBrand', label: t('product.terms.partnerBrand'), children: terms.partnerBrand || '—' },
        { key: 'annualFee', label: t('product.terms.annualFee'), children: money(terms.annualFee) },
        {
          key: 'annualFeeWaivers',
          label: t('product.terms.annualFeeWaivers'),
          children: <WaiverList waivers={terms.annualFeeWaivers} note={terms.feeWaiverNote} currency={currency} />,
        },
        {
          key: 'instalment',
          label: t('product.terms.instalment'),
          span: 2,
          children: terms.instalment
            ? t('product.terms.instalmentText', {
                periods: terms.instalment.periods.join('/'),
                fee: formatRate(terms.instalment.monthlyFeeRate),
                minRate: formatDecimal(terms.instalment.minimumPaymentRate),
                floor: money(terms.instalment.minimumPaymentFloor),
              })
            : t('product.terms.noInstalment'),
        },
        { key: 'interestFreeDaysMax', label: t('product.terms.interestFreeDaysMax'), children: terms.interestFreeDaysMax },
        { key: 'interestRate', label: t('product.terms.interestRate'), children: formatRate(terms.interestRate) },
        { key: 'pointsPerYuan', label: t('product.terms.pointsPerYuan'), children: formatDecimal(terms.pointsPerYuan) },
        {
          key: 'categoryMultipliers',
          label: t('product.terms.categoryMultipliers'),
          children: (
            <List
              values={terms.categoryMultipliers.map((m) => `${m.category} ×${formatDecimal(m.multiplier)}`)}
              empty={t('common.none')}
            />
          ),
        },
        {
          key: 'creditLimit',
          label: t('product.terms.creditLimit'),
          children: `${money(terms.creditLimitMin)} – ${money(terms.creditLimitMax)}`,
        },
        {
          key: 'cashAdvance',
          label: t('product.terms.cashAdvanceFeeRate'),
          children: `${formatRate(terms.cashAdvanceFeeRate)}（${t('product.terms.cashAdvanceFeeMin')} ${money(terms.cashAdvanceFeeMin)}）`,
        },
        { key: 'benefits', label: t('product.terms.benefits'), children: <List values={terms.benefits} empty={t('common.none')} />, span: 2 },
      ];
      break;
    case 'WealthTerms':
      items = [
        { key: 'benchmark', label: t('product.terms.benchmark'), children: formatRateRange(terms.benchmarkMin, terms.benchmarkMax) },
        {
          key: 'openEnded',
          label: t('product.terms.openEnded'),
          children: terms.openEnded ? t('product.terms.openEnded') : `${t('product.terms.closedEnded')}（${terms.termDays ?? '—'}）`,
        },
        { key: 'minimumInvestment', label: t('product.terms.minimumInvestment'), children: money(terms.minimumInvestment) },
        { key: 'offering', label: t('product.terms.offering'), children: e('offering', terms.offering) },
        { key: 'coolingOffHours', label: t('product.terms.coolingOffHours'), children: terms.coolingOffHours },
        { key: 'subscriptionFeeRate', label: t('product.terms.subscriptionFeeRate'), children: formatRate(terms.subscriptionFeeRate) },
        { key: 'managementFeeRate', label: t('product.terms.managementFeeRate'), children: formatRate(terms.managementFeeRate) },
        { key: 'custodyFeeRate', label: t('product.terms.custodyFeeRate'), children: formatRate(terms.custodyFeeRate) },
      ];
      break;
    case 'FxTerms':
      items = [
        { key: 'currencyPairs', label: t('product.terms.currencyPairs'), children: <List values={terms.currencyPairs} empty="—" /> },
        { key: 'spread', label: t('product.terms.fxSpreadBps'), children: `${terms.fxSpreadBps} bp` },
        { key: 'minimumAmount', label: t('product.terms.minimumAmount'), children: money(terms.minimumAmount) },
        { key: 'tradingHours', label: t('product.terms.tradingHours'), children: terms.tradingHours },
      ];
      if (terms.tenors.length || terms.premiumRate) {
        items.push(
          { key: 'tenors', label: t('product.terms.tenors'), children: <List values={terms.tenors} empty="—" /> },
          { key: 'premiumRate', label: t('product.terms.premiumRate'), children: formatRate(terms.premiumRate) },
        );
      }
      if (terms.linkedPair) {
        items.push(
          { key: 'linkedPair', label: t('product.terms.linkedPair'), children: terms.linkedPair },
          { key: 'principalProtected', label: t('product.terms.principalProtected'), children: yesNo(terms.principalProtected) },
          { key: 'yield', label: t('product.terms.yieldRange'), children: formatRateRange(terms.yieldMin, terms.yieldMax) },
        );
      }
      break;
    case 'PreciousMetalTerms':
      items = [
        { key: 'metal', label: t('product.terms.metal'), children: e('metal', terms.metal) },
        { key: 'unit', label: t('product.terms.unit'), children: e('metalUnit', terms.unit) },
        { key: 'purity', label: t('product.terms.purity'), children: `${formatDecimal(terms.purity)}%` },
        { key: 'spread', label: t('product.terms.spread'), children: money(terms.spread) },
        { key: 'minimumTradeUnits', label: t('product.terms.minimumTradeUnits'), children: formatDecimal(terms.minimumTradeUnits) },
        { key: 'physicalDelivery', label: t('product.terms.physicalDelivery'), children: yesNo(terms.physicalDelivery) },
        { key: 'leverage', label: t('product.terms.leverage'), children: `${formatDecimal(terms.leverage)}×` },
      ];
      break;
  }
  return (
    <div data-testid="terms-view">
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />
      {extra}
    </div>
  );
}
