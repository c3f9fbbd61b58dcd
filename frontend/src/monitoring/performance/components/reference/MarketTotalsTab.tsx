import { useState } from 'react';
import { DatePicker, Input, Select } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMutation } from 'urql';
import { ReferenceTable, type ReferenceField } from '../../../../components/ReferenceTable';
import type { MarketTotalListQuery, ProductFamily } from '../../../../gql/graphql';
import { FAMILIES } from '../../../../products/enums';
import { formatAmount, formatMonth } from '../../format';
import { marketTotalDeleteMutation, marketTotalSetMutation } from '../../mutations';
import { marketTotalListQuery } from '../../queries';
import { usePerformanceI18n } from '../../usePerformanceI18n';
import { amountRules, MARKET_TOTAL_MAX, maxLengthRule, normaliseDecimal, requiredRule, SOURCE_MAX } from '../../validation';
import { monthItemProps, referenceTexts, useCanWriteReference } from './shared';

type MarketRow = MarketTotalListQuery['marketTotals']['edges'][number]['node'];

interface MarketValues {
  family: ProductFamily;
  month: string;
  amount: string;
  source?: string;
}

/** The market totals tab: per family and month, newest first; the same family and month corrects the entry. */
export function MarketTotalsTab() {
  const { t, tr } = usePerformanceI18n();
  const canWrite = useCanWriteReference();
  const [family, setFamily] = useState<ProductFamily | null>(null);
  const [, set] = useMutation(marketTotalSetMutation);
  const [, remove] = useMutation(marketTotalDeleteMutation);
  const familyOptions = FAMILIES.map((f) => ({ value: f, label: tr(`product.family.${f}`, f) }));

  const columns: TableColumnsType<MarketRow> = [
    { title: t('reference.market.family'), key: 'family', render: (_, row) => tr(`product.family.${row.family}`, row.family) },
    { title: t('reference.market.month'), key: 'month', render: (_, row) => formatMonth(row.month) },
    { title: t('reference.market.amount'), key: 'amount', align: 'right', render: (_, row) => formatAmount(row.amount.amount) },
    { title: t('reference.market.source'), dataIndex: 'source', key: 'source', ellipsis: true },
    { title: t('reference.createdBy'), key: 'createdBy', render: (_, row) => row.createdBy?.displayName ?? t('reference.system') },
  ];

  const fields: ReferenceField<MarketRow, MarketValues>[] = [
    {
      name: 'family',
      label: t('reference.market.family'),
      rules: [requiredRule(t)],
      control: ({ entry }) => <Select disabled={!!entry} options={familyOptions} data-testid="market-form-family" />,
    },
    {
      name: 'month',
      label: t('reference.market.month'),
      rules: [requiredRule(t)],
      itemProps: monthItemProps,
      control: ({ entry }) => <DatePicker picker="month" disabled={!!entry} style={{ width: '100%' }} data-testid="market-form-month" />,
    },
    {
      name: 'amount',
      label: t('reference.market.amount'),
      rules: amountRules(t, MARKET_TOTAL_MAX),
      control: () => <Input inputMode="decimal" autoComplete="off" prefix="CNY" data-testid="market-form-amount" />,
    },
    {
      name: 'source',
      label: t('reference.market.source'),
      rules: [maxLengthRule(t, SOURCE_MAX)],
      control: () => <Input data-testid="market-form-source" />,
    },
  ];

  return (
    <ReferenceTable<MarketTotalListQuery, MarketRow, MarketValues>
      testId="market"
      containerTestId="reference-market-totals"
      query={marketTotalListQuery}
      variables={{ family }}
      connection={(data) => data.marketTotals}
      filters={
        <Select<ProductFamily | 'ALL'>
          value={family ?? 'ALL'}
          onChange={(value) => setFamily(value === 'ALL' ? null : value)}
          style={{ width: 160 }}
          aria-label={t('reference.market.family')}
          options={[{ value: 'ALL', label: t('performance.familyAll') }, ...familyOptions]}
        />
      }
      columns={columns}
      fields={fields}
      initialValues={(entry) => (entry ? { family: entry.family, month: entry.month, amount: entry.amount.amount, source: entry.source } : {})}
      save={async (values) => {
        const outcome = await set({
          input: { family: values.family, month: values.month, amount: normaliseDecimal(values.amount), source: (values.source ?? '').trim() },
        });
        return { error: outcome.error, errors: outcome.data?.marketTotalSet.errors };
      }}
      remove={async (row) => {
        const outcome = await remove({ id: row.id });
        return { error: outcome.error, errors: outcome.data?.marketTotalDelete.errors };
      }}
      canWrite={canWrite}
      texts={referenceTexts(t, 'market', t('reference.market.setHint'))}
    />
  );
}
