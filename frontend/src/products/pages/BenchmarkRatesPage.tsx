import { useState } from 'react';
import { Alert, Card, DatePicker, Descriptions, Input, Select, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { hasPermission, useAuth } from '../../auth/AuthContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ReferenceTable, type ReferenceField } from '../../components/ReferenceTable';
import type { BenchmarkKind, BenchmarkRateListQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { BENCHMARK_KINDS } from '../enums';
import { benchmarkRateDeleteMutation, benchmarkRateSetMutation } from '../mutations';
import { benchmarkRateListQuery, benchmarkRatesOnQuery } from '../queries';

type BenchmarkRow = BenchmarkRateListQuery['benchmarkRates']['edges'][number]['node'];

interface BenchmarkValues {
  kind: BenchmarkKind;
  rate: string;
  effectiveFrom: string;
  announcedOn?: string;
  note?: string;
}

const NOTE_MAX = 200;

export const isLpr = (kind: BenchmarkKind | undefined) => kind === 'LPR_1Y' || kind === 'LPR_5Y';

/** Percent p.a.: 0 to 36, at most 4 decimals (what the server accepts). */
export function benchmarkRateProblem(value: unknown): 'required' | 'format' | 'range' | undefined {
  const text = String(value ?? '').trim();
  if (!text) return 'required';
  if (!/^\d{1,2}(\.\d{1,4})?$/.test(text)) return 'format';
  if (Number(text) > 36) return 'range';
  return undefined;
}

/** The day a month's LPR is announced and takes effect: the 20th, or the Monday after a weekend 20th. */
export function lprAnnouncementDay(day: string): string {
  let date = dayjs(day).date(20);
  while (date.day() === 0 || date.day() === 6) date = date.add(1, 'day');
  return date.format('YYYY-MM-DD');
}

const dateItemProps = {
  getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : undefined),
};

/** /products/benchmark-rates — LPR and PBoC deposit benchmark rates (risk officers keep them). */
export function BenchmarkRatesPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const canWrite = hasPermission(me, 'benchmark_rate:write');
  const [kind, setKind] = useState<BenchmarkKind | null>(null);
  const [today, refetchToday] = useQuery({ query: benchmarkRatesOnQuery, variables: {} });
  const refreshToday = () => refetchToday({ requestPolicy: 'network-only' });
  const [, set] = useMutation(benchmarkRateSetMutation);
  const [, remove] = useMutation(benchmarkRateDeleteMutation);
  const kindLabel = (value: BenchmarkKind) => t(`product.benchmarkKind.${value}`);

  const required: Rule = { required: true, message: t('benchmark.v.required') };
  const rateRules: Rule[] = [
    {
      required: true,
      validator: async (_, value: unknown) => {
        const problem = benchmarkRateProblem(value);
        if (problem) throw new Error(t(`benchmark.v.${problem}`));
      },
    },
  ];
  const effectiveRules: Rule[] = [
    required,
    ({ getFieldValue }) => ({
      validator: async (_, value: string | undefined) => {
        if (!value || !isLpr(getFieldValue('kind'))) return;
        const expected = lprAnnouncementDay(value);
        if (value !== expected) throw new Error(t('benchmark.v.lprDay', { day: expected }));
      },
    }),
  ];
  const announcedRules: Rule[] = [
    ({ getFieldValue }) => ({
      validator: async (_, value: string | undefined) => {
        const effective = getFieldValue('effectiveFrom') as string | undefined;
        if (!value || !effective) return;
        if (value > effective) throw new Error(t('benchmark.v.announcedAfter'));
        if (isLpr(getFieldValue('kind')) && value !== effective) throw new Error(t('benchmark.v.lprAnnounced'));
      },
    }),
  ];

  const columns: TableColumnsType<BenchmarkRow> = [
    { title: t('benchmark.kind'), key: 'kind', render: (_, row) => kindLabel(row.kind) },
    { title: t('benchmark.rate'), key: 'rate', align: 'right', render: (_, row) => `${row.rate}%` },
    { title: t('benchmark.effectiveFrom'), dataIndex: 'effectiveFrom', key: 'effectiveFrom' },
    { title: t('benchmark.announcedOn'), dataIndex: 'announcedOn', key: 'announcedOn' },
    { title: t('benchmark.note'), dataIndex: 'note', key: 'note' },
    { title: t('benchmark.createdBy'), key: 'createdBy', render: (_, row) => row.createdBy?.displayName ?? t('benchmark.system') },
  ];

  const fields: ReferenceField<BenchmarkRow, BenchmarkValues>[] = [
    {
      name: 'kind',
      label: t('benchmark.kind'),
      rules: [required],
      span: 12,
      control: ({ entry }) => (
        <Select disabled={!!entry} options={BENCHMARK_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))} data-testid="benchmark-form-kind" />
      ),
    },
    {
      name: 'rate',
      label: t('benchmark.rate'),
      rules: rateRules,
      extra: t('benchmark.rateHint'),
      span: 12,
      control: () => <Input inputMode="decimal" autoComplete="off" suffix="%" data-testid="benchmark-form-rate" />,
    },
    {
      name: 'effectiveFrom',
      label: t('benchmark.effectiveFrom'),
      rules: effectiveRules,
      extra: t('benchmark.effectiveHint'),
      span: 12,
      itemProps: { ...dateItemProps, dependencies: ['kind'] },
      control: ({ entry }) => <DatePicker disabled={!!entry} style={{ width: '100%' }} data-testid="benchmark-form-effective-from" />,
    },
    {
      name: 'announcedOn',
      label: t('benchmark.announcedOn'),
      rules: announcedRules,
      extra: t('benchmark.announcedHint'),
      span: 12,
      itemProps: { ...dateItemProps, dependencies: ['kind', 'effectiveFrom'] },
      control: () => <DatePicker style={{ width: '100%' }} data-testid="benchmark-form-announced-on" />,
    },
    {
      name: 'note',
      label: t('benchmark.note'),
      rules: [{ max: NOTE_MAX, message: t('benchmark.v.noteTooLong', { max: NOTE_MAX }) }],
      control: () => <Input maxLength={NOTE_MAX} autoComplete="off" data-testid="benchmark-form-note" />,
    },
  ];

  const inForce = today.data?.benchmarkRatesOn ?? [];

  return (
    <Card title={t('benchmark.title')} data-testid="benchmark-rates-page">
      <Typography.Paragraph type="secondary">{t('benchmark.intro')}</Typography.Paragraph>
      {!canWrite && (
        <Alert type="info" showIcon title={t('benchmark.readOnly')} style={{ marginBottom: 16 }} data-testid="benchmark-read-only" />
      )}
      {today.error && <ErrorAlert error={today.error} onRetry={refreshToday} style={{ marginBottom: 16 }} />}
      <Descriptions
        title={t('benchmark.inForceToday')}
        size="small"
        bordered
        column={{ xs: 1, sm: 2, md: 3, xl: 5 }}
        style={{ marginBottom: 24 }}
        data-testid="benchmark-in-force"
        items={inForce.map((entry) => ({
          key: entry.kind,
          label: kindLabel(entry.kind),
          children: (
            <span data-testid={`benchmark-in-force-${entry.kind}`} title={t('benchmark.since', { day: entry.effectiveFrom })}>
              {entry.rate}%
            </span>
          ),
        }))}
      />
      <ReferenceTable<BenchmarkRateListQuery, BenchmarkRow, BenchmarkValues>
        testId="benchmark"
        containerTestId="benchmark-rates"
        query={benchmarkRateListQuery}
        variables={{ kind }}
        connection={(data) => data.benchmarkRates}
        filters={
          <Select<string>
            value={kind ?? 'ALL'}
            onChange={(value) => setKind(value === 'ALL' ? null : (value as BenchmarkKind))}
            style={{ width: 200 }}
            aria-label={t('benchmark.kind')}
            data-testid="benchmark-filter-kind"
            options={[{ value: 'ALL', label: t('common.all') }, ...BENCHMARK_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))]}
          />
        }
        columns={columns}
        fields={fields}
        initialValues={(entry) =>
          entry
            ? { kind: entry.kind, rate: entry.rate, effectiveFrom: entry.effectiveFrom, announcedOn: entry.announcedOn, note: entry.note }
            : { kind: kind ?? 'LPR_1Y' }
        }
        save={async (values) => {
          const outcome = await set({
            input: {
              kind: values.kind,
              rate: values.rate.trim(),
              effectiveFrom: values.effectiveFrom,
              announcedOn: values.announcedOn ?? null,
              note: values.note?.trim() ?? '',
            },
          });
          if (outcome.data?.benchmarkRateSet.errors.length === 0) refreshToday();
          return { error: outcome.error, errors: outcome.data?.benchmarkRateSet.errors };
        }}
        remove={async (row) => {
          const outcome = await remove({ id: row.id });
          if (outcome.data?.benchmarkRateDelete.errors.length === 0) refreshToday();
          return { error: outcome.error, errors: outcome.data?.benchmarkRateDelete.errors };
        }}
        canWrite={canWrite}
        texts={{
          create: t('benchmark.create'),
          edit: t('benchmark.edit'),
          saved: t('benchmark.saved'),
          deleted: t('benchmark.deleted'),
          delete: t('benchmark.delete'),
          deleteConfirm: t('benchmark.deleteConfirm'),
          formHint: t('benchmark.setHint'),
        }}
      />
    </Card>
  );
}
