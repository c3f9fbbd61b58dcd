import { useState } from 'react';
import { DatePicker, Input, Select } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMutation } from 'urql';
import { ReferenceTable, type ReferenceField } from '../../../../components/ReferenceTable';
import type { TransferRateListQuery } from '../../../../gql/graphql';
import { RATE_CURRENCIES } from '../../enums';
import { formatRate4 } from '../../format';
import { transferRateDeleteMutation, transferRateSetMutation } from '../../mutations';
import { transferRateListQuery } from '../../queries';
import { usePerformanceI18n } from '../../usePerformanceI18n';
import { normaliseDecimal, rateRules, requiredRule } from '../../validation';
import { dateItemProps, referenceTexts, useCanWriteReference } from './shared';

type TransferRow = TransferRateListQuery['transferRates']['edges'][number]['node'];

interface TransferValues {
  currency: string;
  rate: string;
  effectiveFrom: string;
}

/** The FTP rates tab: by currency, newest first; setting a rate for the same currency and date corrects it. */
export function TransferRatesTab() {
  const { t } = usePerformanceI18n();
  const canWrite = useCanWriteReference();
  const [currency, setCurrency] = useState<string | null>(null);
  const [, set] = useMutation(transferRateSetMutation);
  const [, remove] = useMutation(transferRateDeleteMutation);

  const columns: TableColumnsType<TransferRow> = [
    { title: t('reference.transfer.currency'), dataIndex: 'currency', key: 'currency' },
    { title: t('reference.transfer.rate'), key: 'rate', align: 'right', render: (_, row) => formatRate4(row.rate) },
    { title: t('reference.transfer.effectiveFrom'), dataIndex: 'effectiveFrom', key: 'effectiveFrom' },
    { title: t('reference.createdBy'), key: 'createdBy', render: (_, row) => row.createdBy?.displayName ?? t('reference.system') },
  ];

  const fields: ReferenceField<TransferRow, TransferValues>[] = [
    {
      name: 'currency',
      label: t('reference.transfer.currency'),
      rules: [requiredRule(t)],
      control: ({ entry }) => (
        <Select
          disabled={!!entry}
          showSearch={{ optionFilterProp: 'label' }}
          options={RATE_CURRENCIES.map((c) => ({ value: c, label: c }))}
          data-testid="transfer-form-currency"
        />
      ),
    },
    {
      name: 'rate',
      label: t('reference.transfer.rate'),
      rules: rateRules(t),
      control: () => <Input inputMode="decimal" autoComplete="off" suffix="%" data-testid="transfer-form-rate" />,
    },
    {
      name: 'effectiveFrom',
      label: t('reference.transfer.effectiveFrom'),
      rules: [requiredRule(t)],
      itemProps: dateItemProps,
      control: ({ entry }) => <DatePicker disabled={!!entry} style={{ width: '100%' }} data-testid="transfer-form-effective-from" />,
    },
  ];

  return (
    <ReferenceTable<TransferRateListQuery, TransferRow, TransferValues>
      testId="transfer"
      containerTestId="reference-transfer-rates"
      query={transferRateListQuery}
      variables={{ currency }}
      connection={(data) => data.transferRates}
      filters={
        <Select<string>
          value={currency ?? 'ALL'}
          onChange={(value) => setCurrency(value === 'ALL' ? null : value)}
          style={{ width: 140 }}
          aria-label={t('reference.transfer.currency')}
          options={[{ value: 'ALL', label: t('common.all') }, ...RATE_CURRENCIES.map((c) => ({ value: c, label: c }))]}
        />
      }
      columns={columns}
      fields={fields}
      initialValues={(entry) => (entry ? { currency: entry.currency, rate: entry.rate, effectiveFrom: entry.effectiveFrom } : { currency: 'CNY' })}
      save={async (values) => {
        const outcome = await set({
          input: { currency: values.currency, rate: normaliseDecimal(values.rate), effectiveFrom: values.effectiveFrom },
        });
        return { error: outcome.error, errors: outcome.data?.transferRateSet.errors };
      }}
      remove={async (row) => {
        const outcome = await remove({ id: row.id });
        return { error: outcome.error, errors: outcome.data?.transferRateDelete.errors };
      }}
      canWrite={canWrite}
      texts={referenceTexts(t, 'transfer', t('reference.transfer.setHint'))}
    />
  );
}
