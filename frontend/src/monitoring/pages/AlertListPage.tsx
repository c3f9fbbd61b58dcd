import { useEffect, useMemo } from 'react';
import { Button, Card, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useCursorPaging } from '../../components/paging';
import type { AlertListQuery, AlertSeverity, AlertStatus, ProductFamily } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { FAMILIES } from '../../products/enums';
import { alertFilterParams, parseAlertFilter, toAlertFilter, type AlertListFilter } from '../alertFilter';
import { alertNames } from '../alertText';
import { AlertStatusTag, SeverityTag, useMetricName, useMonitoringOptions } from '../components/tags';
import { ALERT_STATUSES, SEVERITIES } from '../enums';
import { formatAlertNumbers } from '../format';
import { alertListQuery } from '../queries';

type AlertNode = AlertListQuery['alerts']['edges'][number]['node'];

/** /monitoring/alerts — every alert, most recently changed first, with filters and paging. */
export function AlertListPage() {
  const { t, tr, locale } = useI18n();
  const navigate = useNavigate();
  const options = useMonitoringOptions();
  const metricName = useMetricName();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseAlertFilter(params), [params]);
  const paging = useCursorPaging();
  const filterKey = params.toString();
  const { first } = paging;
  // A new filter starts again from the first page.
  useEffect(() => first(), [filterKey, first]);
  const variables = useMemo(() => ({ ...paging.variables, filter: toAlertFilter(filter) }), [paging.variables, filter]);
  const [result, reexecute] = useQuery({ query: alertListQuery, variables });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const connection = result.data?.alerts;

  const update = (change: Partial<AlertListFilter>) => setParams(alertFilterParams({ ...filter, ...change }));

  const columns: TableColumnsType<AlertNode> = [
    { title: t('monitoring.alert.severity'), key: 'severity', render: (_: unknown, a) => <SeverityTag severity={a.severity} /> },
    { title: t('monitoring.alert.status'), key: 'status', render: (_: unknown, a) => <AlertStatusTag status={a.status} /> },
    {
      title: t('monitoring.alert.product'),
      key: 'product',
      render: (_: unknown, a) => (
        <div>
          <Typography.Text code>{a.productCode}</Typography.Text>
          <div>{alertNames(a, locale).product}</div>
        </div>
      ),
    },
    { title: t('monitoring.alert.rule'), key: 'rule', render: (_: unknown, a) => alertNames(a, locale).rule },
    { title: t('monitoring.alert.metric'), key: 'metric', render: (_: unknown, a) => metricName(a.metric) },
    {
      title: t('monitoring.alert.valueVsThreshold'),
      key: 'value',
      align: 'right',
      render: (_: unknown, a) => {
        const numbers = formatAlertNumbers(a);
        return (
          <span>
            <Typography.Text strong>{numbers.value}</Typography.Text>
            <Typography.Text type="secondary"> / {numbers.threshold}</Typography.Text>
          </span>
        );
      },
    },
    { title: t('monitoring.alert.businessDate'), key: 'businessDate', dataIndex: 'businessDate' },
    { title: t('monitoring.alert.raisedAt'), key: 'raisedAt', render: (_: unknown, a) => formatDateTime(a.raisedAt) },
    { title: t('monitoring.alert.updatedAt'), key: 'updatedAt', render: (_: unknown, a) => formatDateTime(a.updatedAt) },
    { title: t('monitoring.alert.assignee'), key: 'assignee', render: (_: unknown, a) => a.assignee?.displayName ?? '—' },
  ];

  return (
    <Card
      title={t('monitoring.alerts.title')}
      data-testid="alert-list-page"
      extra={
        <Button icon={<ReloadOutlined />} onClick={refetch}>
          {t('common.refresh')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<AlertStatus[]>
          mode="multiple"
          allowClear
          value={filter.statuses}
          onChange={(statuses) => update({ statuses })}
          placeholder={t('monitoring.alert.status')}
          style={{ minWidth: 180 }}
          options={options('alertStatus', ALERT_STATUSES)}
          data-testid="alerts-filter-status"
        />
        <Select<AlertSeverity | 'ALL'>
          value={filter.minSeverity ?? 'ALL'}
          onChange={(value) => update({ minSeverity: value === 'ALL' ? null : value })}
          style={{ width: 150 }}
          options={[
            { value: 'ALL', label: t('monitoring.feed.allSeverities') },
            ...SEVERITIES.map((s) => ({ value: s, label: t('monitoring.feed.atLeast', { severity: tr(`monitoring.severity.${s}`, s) }) })),
          ]}
          data-testid="alerts-filter-severity"
        />
        <Select<ProductFamily[]>
          mode="multiple"
          allowClear
          value={filter.families}
          onChange={(families) => update({ families })}
          placeholder={t('monitoring.feed.allFamilies')}
          style={{ minWidth: 180 }}
          options={FAMILIES.map((f) => ({ value: f, label: tr(`product.family.${f}`, f) }))}
          data-testid="alerts-filter-family"
        />
        <Space size={4}>
          <Switch size="small" checked={filter.assignedToMe} onChange={(assignedToMe) => update({ assignedToMe })} data-testid="alerts-filter-mine" />
          <Typography.Text>{t('monitoring.alerts.assignedToMe')}</Typography.Text>
        </Space>
        {filter.productId && (
          <Tag closable onClose={() => update({ productId: null, productCode: null })} data-testid="alerts-filter-product">
            {t('monitoring.alerts.productFilter', { code: filter.productCode ?? filter.productId })}
          </Tag>
        )}
        <Button onClick={() => setParams(new URLSearchParams())}>{t('common.reset')}</Button>
      </Space>
      {result.error && <ErrorAlert error={result.error} onRetry={refetch} style={{ marginBottom: 16 }} />}
      <Table<AlertNode>
        rowKey="id"
        size="middle"
        loading={result.fetching}
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(a) =>
          ({
            onClick: () => navigate(`/monitoring/alerts/${encodeURIComponent(a.id)}`),
            style: { cursor: 'pointer' },
            'data-testid': 'alert-row',
            'data-alert-id': a.id,
          }) as React.HTMLAttributes<HTMLElement>
        }
        locale={{ emptyText: t('monitoring.alerts.empty') }}
        data-testid="alerts-table"
      />
      <CursorPager
        paging={paging}
        totalCount={connection?.totalCount}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        endCursor={connection?.pageInfo.endCursor}
        loading={result.fetching}
      />
    </Card>
  );
}
