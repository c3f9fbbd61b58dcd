import { useState } from 'react';
import { Alert, Card, DatePicker, Input, Select, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { hasPermission, useAuth } from '../../auth/AuthContext';
import { ReferenceTable, type ReferenceField } from '../../components/ReferenceTable';
import type { FxRateListQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { fxRateDeleteMutation, fxRateSetMutation } from '../mutations';
import { fxRateListQuery } from '../queries';
import { KNOWN_CURRENCIES } from '../validation';

type FxRow = FxRateListQuery['fxRates']['edges'][number]['node'];

interface FxValues {
  currency: string;
  rate: string;
  effectiveFrom: string;
}

/** Currencies that take a rate: every one the server allows but CNY, the base (always 1). */
export const FX_CURRENCIES = KNOWN_CURRENCIES.filter((c) => c !== 'CNY');

/** CNY per unit: above 0, at most 1,000,000, at most 6 decimals (what the server accepts). */
export function fxRateProblem(value: unknown): 'required' | 'format' | 'range' | undefined {
  const text = String(value ?? '').trim();
  if (!text) return 'required';
  if (!/^\d{1,7}(\.\d{1,6})?$/.test(text)) return 'format';
  const number = Number(text);
  if (!(number > 0) || number > 1_000_000) return 'range';
  return undefined;
}

const dateItemProps = {
  getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : undefined),
};

/** /products/fx-rates — exchange rates every cross-currency total converts at (risk officers keep them). */
export function FxRatesPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const canWrite = hasPermission(me, 'fx_rate:write');
  const [currency, setCurrency] = useState<string | null>(null);
  const [, set] = useMutation(fxRateSetMutation);
  const [, remove] = useMutation(fxRateDeleteMutation);

  const rateRules: Rule[] = [
    {
      required: true,
      validator: async (_, value: unknown) => {
        const problem = fxRateProblem(value);
        if (problem) throw new Error(t(`fx.v.${problem}`));
      },
    },
  ];
  const required: Rule = { required: true, message: t('fx.v.required') };

  const columns: TableColumnsType<FxRow> = [
    { title: t('fx.currency'), dataIndex: 'currency', key: 'currency' },
    { title: t('fx.rate'), dataIndex: 'rate', key: 'rate', align: 'right' },
    { title: t('fx.effectiveFrom'), dataIndex: 'effectiveFrom', key: 'effectiveFrom' },
    { title: t('fx.createdBy'), key: 'createdBy', render: (_, row) => row.createdBy?.displayName ?? t('fx.system') },
  ];

  const fields: ReferenceField<FxRow, FxValues>[] = [
    {
      name: 'currency',
      label: t('fx.currency'),
      rules: [required],
      control: ({ entry }) => (
        <Select
          disabled={!!entry}
          showSearch={{ optionFilterProp: 'label' }}
          options={FX_CURRENCIES.map((c) => ({ value: c, label: c }))}
          data-testid="fx-form-currency"
        />
      ),
    },
    {
      name: 'rate',
      label: t('fx.rate'),
      rules: rateRules,
      extra: t('fx.rateHint'),
      control: () => <Input inputMode="decimal" autoComplete="off" suffix="CNY" data-testid="fx-form-rate" />,
    },
    {
      name: 'effectiveFrom',
      label: t('fx.effectiveFrom'),
      rules: [required],
      itemProps: dateItemProps,
      control: ({ entry }) => <DatePicker disabled={!!entry} style={{ width: '100%' }} data-testid="fx-form-effective-from" />,
    },
  ];

  return (
    <Card title={t('fx.title')} data-testid="fx-rates-page">
      <Typography.Paragraph type="secondary">{t('fx.intro')}</Typography.Paragraph>
      {!canWrite && <Alert type="info" showIcon title={t('fx.readOnly')} style={{ marginBottom: 16 }} data-testid="fx-read-only" />}
      <ReferenceTable<FxRateListQuery, FxRow, FxValues>
        testId="fx"
        containerTestId="fx-rates"
        query={fxRateListQuery}
        variables={{ currency }}
        connection={(data) => data.fxRates}
        filters={
          <Select<string>
            value={currency ?? 'ALL'}
            onChange={(value) => setCurrency(value === 'ALL' ? null : value)}
            style={{ width: 140 }}
            aria-label={t('fx.currency')}
            options={[{ value: 'ALL', label: t('common.all') }, ...FX_CURRENCIES.map((c) => ({ value: c, label: c }))]}
          />
        }
        columns={columns}
        fields={fields}
        initialValues={(entry) => (entry ? { currency: entry.currency, rate: entry.rate, effectiveFrom: entry.effectiveFrom } : { currency: 'USD' })}
        save={async (values) => {
          const outcome = await set({
            input: { currency: values.currency, rate: values.rate.trim(), effectiveFrom: values.effectiveFrom },
          });
          return { error: outcome.error, errors: outcome.data?.fxRateSet.errors };
        }}
        remove={async (row) => {
          const outcome = await remove({ id: row.id });
          return { error: outcome.error, errors: outcome.data?.fxRateDelete.errors };
        }}
        canWrite={canWrite}
        texts={{
          create: t('fx.create'),
          edit: t('fx.edit'),
          saved: t('fx.saved'),
          deleted: t('fx.deleted'),
          delete: t('fx.delete'),
          deleteConfirm: t('fx.deleteConfirm'),
          formHint: t('fx.setHint'),
        }}
      />
    </Card>
  );
}
