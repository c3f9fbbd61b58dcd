import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { Button, Card, Col, DatePicker, Empty, Row, Select, Space, Spin, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { AlertSeverity, ProductFamily, ProductStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { StatusTag } from '../../products/components/tags';
import { FAMILIES } from '../../products/enums';
import { barOption, lineOption, pieOption } from '../charts';
import { SeverityTag } from '../components/tags';
import { balanceByFamily, byReading, bySeverity, healthRows, nplByLoanProduct, type HealthRow } from '../dashboard';
import { SEVERITIES, SEVERITY_CHART_COLORS } from '../enums';
import { changeVersus, formatChange, formatCompact, formatMetricValue, formatPercent } from '../format';
import { metricTrendsQuery, monitoringOverviewQuery, productHealthQuery } from '../queries';

const EChart = lazy(() => import('../components/EChart'));

/** Longest range the API serves in one series. */
export const MAX_RANGE_DAYS = 731;
const DEFAULT_DAYS = 90;

function Kpi({ title, children, testId, extra }: { title: string; children: ReactNode; testId: string; extra?: ReactNode }) {
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={testId}>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <div style={{ marginTop: 8 }}>{children}</div>
      {extra && <div style={{ marginTop: 4 }}>{extra}</div>}
    </Card>
  );
}

function ChartCard({ title, loading, empty, children, testId }: { title: string; loading: boolean; empty: boolean; children: ReactNode; testId: string }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={title} data-testid={testId}>
      {loading ? (
        <Spin />
      ) : empty ? (
        <Empty description={t('monitoring.dashboard.noData')} />
      ) : (
        <Suspense fallback={<Spin />}>{children}</Suspense>
      )}
    </Card>
  );
}

/** /monitoring — bank-wide health: KPIs, trends, distributions and every watched product. */
export function MonitoringDashboardPage() {
  const { t, tr, locale } = useI18n();
  const [family, setFamily] = useState<ProductFamily | null>(null);
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [overview, reloadOverview] = useQuery({ query: monitoringOverviewQuery });
  const [health, reloadHealth] = useQuery({ query: productHealthQuery });
  const trendVariables = useMemo(
    () => ({
      family,
      start: range ? range[0].format('YYYY-MM-DD') : null,
      end: range ? range[1].format('YYYY-MM-DD') : null,
    }),
    [family, range],
  );
  const [trends, reloadTrends] = useQuery({ query: metricTrendsQuery, variables: trendVariables });
  const reload = () => {
    reloadOverview({ requestPolicy: 'network-only' });
    reloadHealth({ requestPolicy: 'network-only' });
    reloadTrends({ requestPolicy: 'network-only' });
  };

  const data = overview.data?.monitoringOverview;
  const businessDate = data ? dayjs(data.businessDate) : null;
  // Without a chosen range the server serves the last 90 days up to its business date.
  const shownRange: [Dayjs, Dayjs] | null = range ?? (businessDate ? [businessDate.subtract(DEFAULT_DAYS - 1, 'day'), businessDate] : null);
  const rows = useMemo(() => healthRows(health.data?.productHealth ?? [], locale), [health.data, locale]);
  const tableRows = family ? rows.filter((row) => row.family === family) : rows;
  const familyLabel = (f: string) => tr(`product.family.${f}`, f);
  const money = (value: number) => formatCompact(value, locale);
  const count = (value: number) => formatCompact(value, locale);
  const percent = (value: number) => formatPercent(value);

  const txChange = data ? changeVersus(data.txCountYesterday, data.txCountAverage) : null;
  const alertCounts = data?.openAlerts;
  const severitySlices = alertCounts
    ? SEVERITIES.map((severity) => ({
        name: tr(`monitoring.severity.${severity}`, severity),
        value: alertCounts[severity.toLowerCase() as 'info' | 'warning' | 'critical'],
        color: SEVERITY_CHART_COLORS[severity],
      })).filter((slice) => slice.value > 0)
    : [];
  const familyBars = balanceByFamily(rows).map((bar) => ({ ...bar, label: familyLabel(bar.key) }));
  const nplBars = nplByLoanProduct(rows);

  const columns: TableColumnsType<HealthRow> = [
    {
      title: t('monitoring.health.product'),
      key: 'product',
      sorter: (a, b) => a.code.localeCompare(b.code),
      render: (_: unknown, row) => (
        <div>
          <Link to={`/products/${encodeURIComponent(row.id)}`} data-testid={`health-product-${row.code}`}>
            <Typography.Text code>{row.code}</Typography.Text>
          </Link>
          <div>{row.name}</div>
        </div>
      ),
    },
    {
      title: t('monitoring.health.family'),
      key: 'family',
      sorter: (a, b) => FAMILIES.indexOf(a.family) - FAMILIES.indexOf(b.family),
      render: (_: unknown, row) => familyLabel(row.family),
    },
    {
      title: t('monitoring.health.status'),
      key: 'status',
      dataIndex: 'status',
      render: (status: ProductStatus) => <StatusTag status={status} />,
    },
    {
      title: t('monitoring.metric.BALANCE'),
      key: 'balance',
      align: 'right',
      sorter: byReading('BALANCE'),
      render: (_: unknown, row) => formatMetricValue('BALANCE', row.readings.BALANCE),
    },
    {
      title: t('monitoring.metric.TX_COUNT'),
      key: 'txCount',
      align: 'right',
      sorter: byReading('TX_COUNT'),
      render: (_: unknown, row) => formatMetricValue('TX_COUNT', row.readings.TX_COUNT),
    },
    {
      title: t('monitoring.metric.NPL_RATIO'),
      key: 'npl',
      align: 'right',
      sorter: byReading('NPL_RATIO'),
      render: (_: unknown, row) => formatMetricValue('NPL_RATIO', row.readings.NPL_RATIO),
    },
    {
      title: t('monitoring.metric.SATISFACTION'),
      key: 'satisfaction',
      align: 'right',
      sorter: byReading('SATISFACTION'),
      render: (_: unknown, row) => formatMetricValue('SATISFACTION', row.readings.SATISFACTION),
    },
    {
      title: t('monitoring.health.openAlerts'),
      key: 'openAlerts',
      align: 'right',
      sorter: (a, b) => a.openAlerts - b.openAlerts,
      render: (_: unknown, row) =>
        row.openAlerts ? (
          <Link to={`/monitoring/alerts?product=${encodeURIComponent(row.id)}&code=${encodeURIComponent(row.code)}`} data-testid={`health-alerts-${row.code}`}>
            {row.openAlerts}
          </Link>
        ) : (
          0
        ),
    },
    {
      title: t('monitoring.health.worstSeverity'),
      key: 'worst',
      sorter: bySeverity,
      defaultSortOrder: 'descend',
      filters: SEVERITIES.map((s) => ({ text: tr(`monitoring.severity.${s}`, s), value: s })),
      onFilter: (value, row) => row.worstSeverity === (value as AlertSeverity),
      render: (_: unknown, row) => (row.worstSeverity ? <SeverityTag severity={row.worstSeverity} /> : <Tag color="success">{t('monitoring.health.healthy')}</Tag>),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="monitoring-dashboard">
      <Card
        title={t('monitoring.dashboard.title')}
        extra={
          <Space wrap>
            {data && (
              <Typography.Text type="secondary" data-testid="dashboard-business-date">
                {t('monitoring.dashboard.businessDate', { date: data.businessDate })}
              </Typography.Text>
            )}
            <Button icon={<ReloadOutlined />} onClick={reload}>
              {t('common.refresh')}
            </Button>
          </Space>
        }
      >
        {overview.error && <ErrorAlert error={overview.error} onRetry={reload} style={{ marginBottom: 16 }} />}
        {overview.fetching && !data ? (
          <Spin />
        ) : data ? (
          <Row gutter={[16, 16]}>
            <Col xs={24} sm={12} xl={6}>
              <Kpi title={t('monitoring.kpi.openAlerts')} testId="kpi-open-alerts">
                <Link to="/monitoring/alerts?status=OPEN,ACKNOWLEDGED">
                  <Space size="large">
                    {SEVERITIES.slice()
                      .reverse()
                      .map((severity) => (
                        <Statistic
                          key={severity}
                          title={tr(`monitoring.severity.${severity}`, severity)}
                          value={data.openAlerts[severity.toLowerCase() as 'info' | 'warning' | 'critical']}
                          styles={{ content: { color: SEVERITY_CHART_COLORS[severity] } }}
                          data-testid={`kpi-alerts-${severity}`}
                        />
                      ))}
                  </Space>
                </Link>
              </Kpi>
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Kpi title={t('monitoring.kpi.products')} testId="kpi-products">
                <Space size="large">
                  <Statistic title={t('monitoring.kpi.watched')} value={data.watchedProducts} />
                  <Statistic title={t('monitoring.kpi.withAlerts')} value={data.productsWithAlerts} />
                  <Statistic
                    title={t('monitoring.kpi.suspended')}
                    value={data.suspendedProducts}
                    styles={{ content: data.suspendedProducts ? { color: SEVERITY_CHART_COLORS.WARNING } : undefined }}
                  />
                </Space>
              </Kpi>
            </Col>
            <Col xs={24} sm={12} xl={4}>
              <Kpi title={t('monitoring.kpi.totalBalance')} testId="kpi-balance" extra={<Typography.Text type="secondary">{t('monitoring.kpi.totalBalanceHint')}</Typography.Text>}>
                <Tooltip title={`CNY ${formatMetricValue('BALANCE', data.totalBalance)}`}>
                  <Statistic value={formatCompact(data.totalBalance, locale)} prefix="¥" />
                </Tooltip>
              </Kpi>
            </Col>
            <Col xs={24} sm={12} xl={4}>
              <Kpi title={t('monitoring.kpi.nplRatio')} testId="kpi-npl">
                <Statistic value={formatPercent(data.loanNplRatio)} />
              </Kpi>
            </Col>
            <Col xs={24} sm={12} xl={4}>
              <Kpi
                title={t('monitoring.kpi.txYesterday')}
                testId="kpi-tx"
                extra={
                  <Typography.Text type="secondary">
                    {t('monitoring.kpi.txAverage', { average: formatMetricValue('TX_COUNT', data.txCountAverage) })}
                  </Typography.Text>
                }
              >
                <Space align="baseline">
                  <Statistic value={formatMetricValue('TX_COUNT', data.txCountYesterday)} />
                  {txChange !== null && (
                    <Tag color={txChange < 0 ? 'orange' : 'green'} icon={txChange < 0 ? <ArrowDownOutlined /> : <ArrowUpOutlined />} data-testid="kpi-tx-change">
                      {formatChange(txChange.toFixed(1))}
                    </Tag>
                  )}
                </Space>
              </Kpi>
            </Col>
          </Row>
        ) : null}
      </Card>

      <Card
        size="small"
        title={t('monitoring.dashboard.trends')}
        extra={
          <Space wrap>
            <Select<ProductFamily | 'ALL'>
              value={family ?? 'ALL'}
              onChange={(value) => setFamily(value === 'ALL' ? null : value)}
              style={{ width: 150 }}
              data-testid="dashboard-family"
              options={[{ value: 'ALL', label: t('monitoring.dashboard.allFamilies') }, ...FAMILIES.map((f) => ({ value: f, label: familyLabel(f) }))]}
            />
            <DatePicker.RangePicker
              value={shownRange}
              allowClear={false}
              onChange={(values) => {
                if (values?.[0] && values[1]) setRange([values[0], values[1]]);
              }}
              disabledDate={(day, info) => {
                const from = info.from;
                return !!from && Math.abs(day.diff(from, 'day')) >= MAX_RANGE_DAYS;
              }}
              data-testid="dashboard-range"
            />
          </Space>
        }
      >
        {trends.error && <ErrorAlert error={trends.error} onRetry={() => reloadTrends({ requestPolicy: 'network-only' })} style={{ marginBottom: 16 }} />}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={8}>
            <ChartCard title={t('monitoring.trend.txCount')} loading={trends.fetching && !trends.data} empty={!trends.data?.txCount.points.length} testId="trend-tx">
              <EChart
                testId="trend-tx-chart"
                height={240}
                option={lineOption({ points: trends.data?.txCount.points ?? [], name: t('monitoring.metric.TX_COUNT'), color: '#1677ff', format: count })}
              />
            </ChartCard>
          </Col>
          <Col xs={24} xl={8}>
            <ChartCard title={t('monitoring.trend.balance')} loading={trends.fetching && !trends.data} empty={!trends.data?.balance.points.length} testId="trend-balance">
              <EChart
                testId="trend-balance-chart"
                height={240}
                option={lineOption({ points: trends.data?.balance.points ?? [], name: t('monitoring.metric.BALANCE'), color: '#13c2c2', format: money })}
              />
            </ChartCard>
          </Col>
          <Col xs={24} xl={8}>
            <ChartCard title={t('monitoring.trend.nplRatio')} loading={trends.fetching && !trends.data} empty={!trends.data?.nplRatio.points.length} testId="trend-npl">
              <EChart
                testId="trend-npl-chart"
                height={240}
                option={lineOption({ points: trends.data?.nplRatio.points ?? [], name: t('monitoring.metric.NPL_RATIO'), color: '#f5222d', format: percent })}
              />
            </ChartCard>
          </Col>
        </Row>
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <ChartCard title={t('monitoring.dist.severity')} loading={overview.fetching && !data} empty={severitySlices.length === 0} testId="dist-severity">
            <EChart testId="dist-severity-chart" height={260} option={pieOption({ slices: severitySlices, name: t('monitoring.kpi.openAlerts') })} />
          </ChartCard>
        </Col>
        <Col xs={24} xl={8}>
          <ChartCard title={t('monitoring.dist.balanceByFamily')} loading={health.fetching && !health.data} empty={familyBars.length === 0} testId="dist-balance">
            <EChart
              testId="dist-balance-chart"
              height={Math.max(200, familyBars.length * 40 + 40)}
              option={barOption({ bars: familyBars, name: t('monitoring.metric.BALANCE'), color: '#13c2c2', format: money })}
            />
          </ChartCard>
        </Col>
        <Col xs={24} xl={8}>
          <ChartCard title={t('monitoring.dist.nplByProduct')} loading={health.fetching && !health.data} empty={nplBars.length === 0} testId="dist-npl">
            <EChart
              testId="dist-npl-chart"
              height={Math.max(200, nplBars.length * 40 + 40)}
              option={barOption({ bars: nplBars, name: t('monitoring.metric.NPL_RATIO'), color: '#f5222d', format: percent })}
            />
          </ChartCard>
        </Col>
      </Row>

      <Card size="small" title={t('monitoring.health.title')} extra={family && <Tag>{familyLabel(family)}</Tag>}>
        {health.error && <ErrorAlert error={health.error} onRetry={() => reloadHealth({ requestPolicy: 'network-only' })} style={{ marginBottom: 16 }} />}
        <Table<HealthRow>
          rowKey="id"
          size="small"
          loading={health.fetching}
          columns={columns}
          dataSource={tableRows}
          pagination={{ defaultPageSize: 10, showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100], showTotal: (total) => t('common.total', { total }) }}
          scroll={{ x: 'max-content' }}
          data-testid="product-health-table"
        />
      </Card>
    </Space>
  );
}
