import { Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ProductTermsFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { formatBps, formatDecimal, formatMoney, formatRate, formatRateRange } from '../format';

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
  const yesNo = (v: boolean | null | undefined) => (v === null || v === undefined ? '—' : v ? t('common.yes') : t('common.no'));
  const money = (v: string | null | undefined) => formatMoney(v, currency);
  const e = (prefix: string, v: string | null | undefined) => (v ? tr(`product.${prefix}.${v}`, v) : '—');
  if (!terms) return <Typography.Text type="secondary">{t('product.terms.none')}</Typography.Text>;

  let items: Item[] = [];
  let extra: ReactNode = null;
  switch (terms.__typename) {
    case 'DepositTerms':
      items = [
        {
          key: 'termsMonths',
          label: t('product.terms.termsMonths'),
          children: terms.termsMonths.length
            ? terms.termsMonths.map((n) => t('product.terms.months', { n })).join('、')
            : t('product.terms.demandTerm'),
        },
        { key: 'minimumDeposit', label: t('product.terms.minimumDeposit'), children: money(terms.minimumDeposit) },
        { key: 'interestPayment', label: t('product.terms.interestPayment'), children: e('interestPayment', terms.interestPayment) },
        { key: 'earlyWithdrawalRate', label: t('product.terms.earlyWithdrawalRate'), children: formatRate(terms.earlyWithdrawalRate) },
        { key: 'autoRenewal', label: t('product.terms.autoRenewal'), children: yesNo(terms.autoRenewal) },
      ];
      extra = (
        <Table
          size="small"
          style={{ marginTop: 16 }}
          pagination={false}
          rowKey={(row) => `${row.termMonths}-${row.minAmount}`}
          dataSource={terms.rateTable}
          title={() => <strong>{t('product.terms.rateTable')}</strong>}
          data-testid="terms-rate-table"
          columns={[
            {
              title: t('product.terms.termMonths'),
              dataIndex: 'termMonths',
              render: (n: number | null) => (n === null ? t('product.terms.demandTerm') : t('product.terms.months', { n })),
            },
            { title: t('product.terms.tierMinAmount'), dataIndex: 'minAmount', render: (v: string) => money(v) },
            { title: t('product.terms.rate'), dataIndex: 'rate', render: (v: string) => formatRate(v) },
          ]}
        />
      );
      break;
    case 'LoanTerms':
      items = [
        { key: 'rateType', label: t('product.terms.rateType'), children: e('loanRateType', terms.rateType) },
        terms.rateType === 'FIXED'
          ? { key: 'fixedRate', label: t('product.terms.fixedRate'), children: formatRate(terms.fixedRate) }
          : {
              key: 'lpr',
              label: t('product.terms.lprTenor'),
              children: `${e('lprTenor', terms.lprTenor)} ${formatBps(terms.spreadBps)}`,
            },
        { key: 'effectiveRate', label: t('product.terms.effectiveRate'), children: formatRate(terms.effectiveRate) },
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
      break;
    case 'CreditCardTerms':
      items = [
        { key: 'tier', label: t('product.terms.tier'), children: e('cardTier', terms.tier) },
        { key: 'partnerBrand', label: t('product.terms.partnerBrand'), children: terms.partnerBrand || '—' },
        { key: 'annualFee', label: t('product.terms.annualFee'), children: money(terms.annualFee) },
        { key: 'feeWaiverRule', label: t('product.terms.feeWaiverRule'), children: terms.feeWaiverRule || '—' },
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
