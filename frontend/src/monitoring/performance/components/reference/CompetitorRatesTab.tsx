import { useMemo, useState } from 'react';
import { DatePicker, Input, InputNumber, Select } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMutation } from 'urql';
import { ReferenceTable, type ReferenceField } from '../../../../components/ReferenceTable';
import { useDebounced } from '../../../../customers/useDebounced';
import type { CompetitorRateListQuery, ProductFamily, ProductSubtype } from '../../../../gql/graphql';
import { FAMILIES, SUBTYPES } from '../../../../products/enums';
import { formatRate4 } from '../../format';
import { competitorRateCreateMutation, competitorRateDeleteMutation, competitorRateUpdateMutation } from '../../mutations';
import { shanghaiToday } from '../../period';
import { competitorRateListQuery } from '../../queries';
import { usePerformanceI18n } from '../../usePerformanceI18n';
import { COMPETITOR_MAX, maxLengthRule, normaliseDecimal, rateRules, requiredRule, SOURCE_MAX, TERM_MONTHS_MAX, termRules } from '../../validation';
import { dateItemProps, referenceTexts, useCanWriteReference } from './shared';

type CompetitorRow = CompetitorRateListQuery['competitorRates']['edges'][number]['node'];

interface CompetitorValues {
  competitor: string;
  family: ProductFamily;
  subtype: ProductSubtype;
  termMonths?: number | null;
  rate: string;
  observedOn: string;
  source?: string;
}

/** The competitor rates tab: by family, subtype and competitor, latest observation first. */
export function CompetitorRatesTab() {
  const { t, tr } = usePerformanceI18n();
  const canWrite = useCanWriteReference();
  const [family, setFamily] = useState<ProductFamily | null>(null);
  const [subtype, setSubtype] = useState<ProductSubtype | null>(null);
  const [text, setText] = useState('');
  const competitor = useDebounced(text.trim(), 300);
  const [, create] = useMutation(competitorRateCreateMutation);
  const [, update] = useMutation(competitorRateUpdateMutation);
  const [, remove] = useMutation(competitorRateDeleteMutation);
  const today = useMemo(() => shanghaiToday(), []);
  const familyOptions = FAMILIES.map((f) => ({ value: f, label: tr(`product.family.${f}`, f) }));
  const subtypeOptions = (subtypes: readonly ProductSubtype[]) => subtypes.map((s) => ({ value: s, label: tr(`product.subtype.${s}`, s) }));

  const columns: TableColumnsType<CompetitorRow> = [
    { title: t('reference.competitor.competitor'), dataIndex: 'competitor', key: 'competitor' },
    { title: t('reference.competitor.family'), key: 'family', render: (_, row) => tr(`product.family.${row.family}`, row.family) },
    { title: t('reference.competitor.subtype'), key: 'subtype', render: (_, row) => tr(`product.subtype.${row.subtype}`, row.subtype) },
    {
      title: t('reference.competitor.termMonths'),
      key: 'termMonths',
      render: (_, row) => (row.termMonths ? t('reference.competitor.months', { count: row.termMonths }) : t('reference.competitor.noTerm')),
    },
    { title: t('reference.competitor.rate'), key: 'rate', align: 'right', render: (_, row) => formatRate4(row.rate) },
    { title: t('reference.competitor.observedOn'), dataIndex: 'observedOn', key: 'observedOn' },
    { title: t('reference.competitor.source'), dataIndex: 'source', key: 'source', ellipsis: true },
  ];

  const fields: ReferenceField<CompetitorRow, CompetitorValues>[] = [
    {
      name: 'competitor',
      label: t('reference.competitor.competitor'),
      rules: [{ ...requiredRule(t), whitespace: true }, maxLengthRule(t, COMPETITOR_MAX)],
      control: () => <Input data-testid="competitor-form-competitor" />,
    },
    {
      name: 'family',
      label: t('reference.competitor.family'),
      rules: [requiredRule(t)],
      span: 12,
      control: () => <Select options={familyOptions} data-testid="competitor-form-family" />,
    },
    {
      name: 'subtype',
      label: t('reference.competitor.subtype'),
      rules: [requiredRule(t)],
      span: 12,
      control: ({ values }) => <Select options={subtypeOptions(values.family ? SUBTYPES[values.family] : [])} data-testid="competitor-form-subtype" />,
    },
    {
      name: 'termMonths',
      label: t('reference.competitor.termMonths'),
      rules: termRules(t),
      extra: t('reference.competitor.noTerm'),
      control: () => <InputNumber min={1} max={TERM_MONTHS_MAX} precision={0} style={{ width: '100%' }} data-testid="competitor-form-term" />,
    },
    {
      name: 'rate',
      label: t('reference.competitor.rate'),
      rules: rateRules(t),
      control: () => <Input inputMode="decimal" autoComplete="off" suffix="%" data-testid="competitor-form-rate" />,
    },
    {
      name: 'observedOn',
      label: t('reference.competitor.observedOn'),
      rules: [
        requiredRule(t),
        {
          validator: async (_, value: string | undefined) => {
            if (value && value > today) throw new Error(t('performance.validation.future'));
          },
        },
      ],
      itemProps: dateItemProps,
      control: () => (
        <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.format('YYYY-MM-DD') > today} data-testid="competitor-form-observed-on" />
      ),
    },
    {
      name: 'source',
      label: t('reference.competitor.source'),
      rules: [maxLengthRule(t, SOURCE_MAX)],
      control: () => <Input data-testid="competitor-form-source" />,
    },
  ];

  return (
    <ReferenceTable<CompetitorRateListQuery, CompetitorRow, CompetitorValues>
      testId="competitor"
      containerTestId="reference-competitor-rates"
      query={competitorRateListQuery}
      variables={{ filter: { family, subtype, competitor: competitor || null } }}
      connection={(data) => data.competitorRates}
      filters={
        <>
          <Select<ProductFamily | 'ALL'>
            value={family ?? 'ALL'}
            onChange={(value) => {
              setFamily(value === 'ALL' ? null : value);
              setSubtype(null);
            }}
            style={{ width: 150 }}
            aria-label={t('reference.competitor.family')}
            options={[{ value: 'ALL', label: t('performance.familyAll') }, ...familyOptions]}
          />
          <Select<ProductSubtype | 'ALL'>
            value={subtype ?? 'ALL'}
            onChange={(value) => setSubtype(value === 'ALL' ? null : value)}
            style={{ width: 170 }}
            aria-label={t('reference.competitor.subtype')}
            options={[{ value: 'ALL', label: t('common.all') }, ...subtypeOptions(family ? SUBTYPES[family] : FAMILIES.flatMap((f) => SUBTYPES[f]))]}
          />
          <Input.Search
            allowClear
            placeholder={t('reference.competitor.search')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            style={{ width: 220 }}
          />
        </>
      }
      columns={columns}
      fields={fields}
      onValuesChange={(changed, form) => {
        // A subtype belongs to one family: a new family clears one that does not fit.
        if (changed.family && !SUBTYPES[changed.family].includes(form.getFieldValue('subtype'))) {
          form.setFieldValue('subtype', undefined);
        }
      }}
      initialValues={(entry) =>
        entry
          ? {
              competitor: entry.competitor,
              family: entry.family,
              subtype: entry.subtype,
              termMonths: entry.termMonths,
              rate: entry.rate,
              observedOn: entry.observedOn,
              source: entry.source,
            }
          : { family: 'DEPOSIT', observedOn: today }
      }
      save={async (values, entry) => {
        const input = {
          competitor: values.competitor.trim(),
          family: values.family,
          subtype: values.subtype,
          termMonths: values.termMonths ?? null,
          rate: normaliseDecimal(values.rate),
          observedOn: values.observedOn,
          source: (values.source ?? '').trim(),
        };
        if (entry) {
          const outcome = await update({ id: entry.id, input });
          return { error: outcome.error, errors: outcome.data?.competitorRateUpdate.errors };
        }
        const outcome = await create({ input });
        return { error: outcome.error, errors: outcome.data?.competitorRateCreate.errors };
      }}
      remove={async (row) => {
        const outcome = await remove({ id: row.id });
        return { error: outcome.error, errors: outcome.data?.competitorRateDelete.errors };
      }}
      canWrite={canWrite}
      texts={referenceTexts(t, 'competitor')}
    />
  );
}
