import { useState } from 'react';
import { DatePicker, Input, Select, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { formatDateTime } from '../../../../components/format';
import { ReferenceTable, type ReferenceField } from '../../../../components/ReferenceTable';
import type { CostCategory, ProductCostListQuery } from '../../../../gql/graphql';
import { COST_CATEGORIES } from '../../enums';
import { formatAmount, formatMonth } from '../../format';
import { productCostDeleteMutation, productCostRecordMutation, productCostUpdateMutation } from '../../mutations';
import { productCostListQuery } from '../../queries';
import { usePerformanceI18n } from '../../usePerformanceI18n';
import { amountRules, maxLengthRule, normaliseDecimal, NOTE_MAX, requiredRule } from '../../validation';
import { monthItemProps, ProductSelect, referenceTexts, useCanWriteReference } from './shared';

type CostRow = ProductCostListQuery['productCosts']['edges'][number]['node'];

interface CostValues {
  productId: string;
  month: string;
  category: CostCategory;
  amount: string;
  note?: string;
}

/** The costs tab: filter by product, category and months; record, change (not the product) and delete entries. */
export function ProductCostsTab() {
  const { t, locale } = usePerformanceI18n();
  const canWrite = useCanWriteReference();
  const [productId, setProductId] = useState<string | null>(null);
  const [category, setCategory] = useState<CostCategory | null>(null);
  const [months, setMonths] = useState<[string, string] | null>(null);
  const [, record] = useMutation(productCostRecordMutation);
  const [, update] = useMutation(productCostUpdateMutation);
  const [, remove] = useMutation(productCostDeleteMutation);
  const categoryOptions = COST_CATEGORIES.map((c) => ({ value: c, label: t(`performance.costCategory.${c}`) }));

  const columns: TableColumnsType<CostRow> = [
    {
      title: t('reference.cost.product'),
      key: 'product',
      render: (_, row) =>
        row.product ? (
          <Space orientation="vertical" size={0}>
            <span>{locale === 'zh-CN' ? row.product.nameZh : row.product.nameEn}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.product.code}
            </Typography.Text>
          </Space>
        ) : (
          '—'
        ),
    },
    { title: t('reference.cost.month'), key: 'month', render: (_, row) => formatMonth(row.month) },
    { title: t('reference.cost.category'), key: 'category', render: (_, row) => t(`performance.costCategory.${row.category}`) },
    { title: t('reference.cost.amount'), key: 'amount', align: 'right', render: (_, row) => `${row.amount.currency} ${formatAmount(row.amount.amount)}` },
    { title: t('reference.cost.note'), dataIndex: 'note', key: 'note', ellipsis: true },
    { title: t('reference.createdBy'), key: 'createdBy', render: (_, row) => row.createdBy?.displayName ?? t('reference.system') },
    { title: t('reference.createdAt'), key: 'createdAt', render: (_, row) => formatDateTime(row.createdAt) },
  ];

  const fields: ReferenceField<CostRow, CostValues>[] = [
    {
      name: 'productId',
      label: t('reference.cost.product'),
      rules: [requiredRule(t)],
      control: ({ entry }) => <ProductSelect current={entry?.product} disabled={!!entry} testId="cost-form-product" />,
    },
    {
      name: 'month',
      label: t('reference.cost.month'),
      rules: [requiredRule(t)],
      itemProps: monthItemProps,
      control: () => <DatePicker picker="month" style={{ width: '100%' }} data-testid="cost-form-month" />,
    },
    {
      name: 'category',
      label: t('reference.cost.category'),
      rules: [requiredRule(t)],
      control: () => <Select options={categoryOptions} data-testid="cost-form-category" />,
    },
    {
      name: 'amount',
      label: t('reference.cost.amount'),
      rules: amountRules(t),
      extra: t('reference.cost.amountHint'),
      control: () => <Input inputMode="decimal" autoComplete="off" data-testid="cost-form-amount" />,
    },
    {
      name: 'note',
      label: t('reference.cost.note'),
      rules: [maxLengthRule(t, NOTE_MAX)],
      control: () => <Input.TextArea rows={2} data-testid="cost-form-note" />,
    },
  ];

  return (
    <ReferenceTable<ProductCostListQuery, CostRow, CostValues>
      testId="cost"
      containerTestId="reference-costs"
      query={productCostListQuery}
      variables={{ filter: { productId, category, monthFrom: months?.[0] ?? null, monthTo: months?.[1] ?? null } }}
      connection={(data) => data.productCosts}
      filters={
        <>
          <ProductSelect value={productId} onChange={(v) => setProductId(v ?? null)} allowClear style={{ width: 260 }} testId="cost-filter-product" />
          <Select<CostCategory | 'ALL'>
            value={category ?? 'ALL'}
            onChange={(v) => setCategory(v === 'ALL' ? null : v)}
            style={{ width: 150 }}
            aria-label={t('reference.cost.category')}
            options={[{ value: 'ALL', label: t('common.all') }, ...categoryOptions]}
          />
          <DatePicker.RangePicker
            picker="month"
            placeholder={[t('reference.cost.monthRange'), t('reference.cost.monthRange')]}
            onChange={(days: [Dayjs | null, Dayjs | null] | null) =>
              setMonths(
                days?.[0] && days[1]
                  ? [days[0].startOf('month').format('YYYY-MM-DD'), days[1].startOf('month').format('YYYY-MM-DD')]
                  : null,
              )
            }
          />
        </>
      }
      columns={columns}
      fields={fields}
      initialValues={(entry) =>
        entry
          ? { productId: entry.product?.id, month: entry.month, category: entry.category, amount: entry.amount.amount, note: entry.note }
          : { category: 'OPERATIONS' }
      }
      save={async (values, entry) => {
        const common = { month: values.month, category: values.category, amount: normaliseDecimal(values.amount), note: (values.note ?? '').trim() };
        if (entry) {
          const outcome = await update({ id: entry.id, input: common });
          return { error: outcome.error, errors: outcome.data?.productCostUpdate.errors };
        }
        const outcome = await record({ input: { ...common, productId: values.productId } });
        return { error: outcome.error, errors: outcome.data?.productCostRecord.errors };
      }}
      remove={async (row) => {
        const outcome = await remove({ id: row.id });
        return { error: outcome.error, errors: outcome.data?.productCostDelete.errors };
      }}
      canWrite={canWrite}
      texts={referenceTexts(t, 'cost')}
    />
  );
}
