import { lazy, Suspense } from 'react';
import { Card, Empty, Spin, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import type { ProductQuery } from '../../gql/graphql';
import { formatDateTime } from '../../components/format';
import { useI18n } from '../../i18n/useI18n';
import { formatRate } from '../format';
import { TermsView } from './TermsView';

type Schedule = NonNullable<ProductQuery['product']>['termsSchedule'];

// ECharts is large; it loads only when someone opens the timeline.
const RateChart = lazy(() => import('./RateChart'));

/** Which schedule entry is in force on `date` (the last one effective on or before it). */
export function inForceIndex(schedule: Schedule, date: string): number {
  let index = -1;
  schedule.forEach((entry, i) => {
    if (entry.effectiveDate <= date) index = i;
  });
  return index;
}

/** The effective-dated terms of a product: a step chart of the headline rate and the table. */
export function RateTimeline({ schedule, currency, asOf }: { schedule: Schedule; currency: string; asOf?: string }) {
  const { t } = useI18n();
  if (schedule.length === 0) return <Empty description={t('product.timeline.empty')} />;
  const date = asOf ?? dayjs().format('YYYY-MM-DD');
  const current = inForceIndex(schedule, date);
  return (
    <div data-testid="rate-timeline">
      <Card size="small" title={t('product.timeline.chart')} style={{ marginBottom: 16 }}>
        <Suspense fallback={<Spin />}>
          <RateChart
            points={schedule.map((s) => ({ date: s.effectiveDate, rate: s.headlineRate }))}
            today={date}
            seriesName={t('product.timeline.headlineRate')}
          />
        </Suspense>
      </Card>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={schedule}
        expandable={{ expandedRowRender: (entry) => <TermsView terms={entry.terms} currency={currency} /> }}
        columns={[
          {
            title: t('product.timeline.effectiveDate'),
            dataIndex: 'effectiveDate',
            render: (v: string, _entry, index) => (
              <span>
                {v}{' '}
                {index === current && <Tag color="success">{t('product.timeline.current')}</Tag>}
                {v > date && <Tag color="processing">{t('product.timeline.scheduled')}</Tag>}
              </span>
            ),
          },
          { title: t('product.timeline.headlineRate'), dataIndex: 'headlineRate', render: (v: string | null) => formatRate(v) },
          { title: t('product.timeline.reason'), dataIndex: 'reason' },
          { title: t('product.timeline.createdBy'), key: 'by', render: (_: unknown, s) => s.createdBy?.displayName ?? '—' },
          { title: t('product.timeline.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
        ]}
      />
    </div>
  );
}
