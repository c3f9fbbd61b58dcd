import { Alert, Button, Card, Empty, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../../api/errors';
import { formatDateTime } from '../../components/format';
import type { AlertSeverity, ProductFamily } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { FAMILIES } from '../../products/enums';
import { alertNames } from '../alertText';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { AlertStatusTag, SeverityTag, useMetricName } from '../components/tags';
import { SEVERITIES } from '../enums';
import { matchesFilter } from '../feed';
import { useAlertFeed, type FeedAlert } from '../feedContext';
import { formatAlertNumbers } from '../format';
import '../monitoring.css';

/** /monitoring/feed — alerts as they are raised, updated and resolved, newest first, without reloading. */
export function AlertFeedPage() {
  const { t, tr, locale } = useI18n();
  const feed = useAlertFeed();
  const navigate = useNavigate();
  const metricName = useMetricName();
  const rows = feed.items.filter((alert) => matchesFilter(alert, feed.filter));
  const open = (alert: FeedAlert) => {
    feed.markSeen(alert.id);
    navigate(`/monitoring/alerts/${encodeURIComponent(alert.id)}`);
  };

  const columns: TableColumnsType<FeedAlert> = [
    {
      title: t('monitoring.alert.updatedAt'),
      key: 'updatedAt',
      render: (_: unknown, alert) => (
        <Space size={4}>
          {feed.unseen.has(alert.id) && (
            <Tag color="red" data-testid="feed-new-critical">
              {t('monitoring.feed.new')}
            </Tag>
          )}
          <span>{formatDateTime(alert.updatedAt)}</span>
        </Space>
      ),
    },
    { title: t('monitoring.alert.severity'), key: 'severity', render: (_: unknown, alert) => <SeverityTag severity={alert.severity} /> },
    { title: t('monitoring.alert.status'), key: 'status', render: (_: unknown, alert) => <AlertStatusTag status={alert.status} /> },
    {
      title: t('monitoring.alert.product'),
      key: 'product',
      render: (_: unknown, alert) => (
        <div>
          <Typography.Text code>{alert.productCode}</Typography.Text>
          <div>{alertNames(alert, locale).product}</div>
        </div>
      ),
    },
    { title: t('monitoring.alert.rule'), key: 'rule', render: (_: unknown, alert) => alertNames(alert, locale).rule },
    { title: t('monitoring.alert.metric'), key: 'metric', render: (_: unknown, alert) => metricName(alert.metric) },
    {
      title: t('monitoring.alert.valueVsThreshold'),
      key: 'value',
      render: (_: unknown, alert) => {
        const numbers = formatAlertNumbers(alert);
        return (
          <span data-testid="feed-value">
            <Typography.Text strong>{numbers.value}</Typography.Text>
            <Typography.Text type="secondary"> / {numbers.threshold}</Typography.Text>
          </span>
        );
      },
    },
    { title: t('monitoring.alert.businessDate'), key: 'businessDate', dataIndex: 'businessDate' },
  ];

  return (
    <Card
      title={t('monitoring.feed.title')}
      data-testid="alert-feed-page"
      extra={
        <Space wrap>
          <ConnectionStatus status={feed.status} onRetry={feed.reconnect} />
          {feed.catchingUp && <Spin size="small" data-testid="feed-catching-up" />}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('monitoring.feed.minSeverity')}</Typography.Text>
        <Select<AlertSeverity | 'ALL'>
          value={feed.filter.minSeverity ?? 'ALL'}
          onChange={(value) => feed.setFilter({ ...feed.filter, minSeverity: value === 'ALL' ? null : value })}
          style={{ width: 140 }}
          data-testid="feed-min-severity"
          options={[
            { value: 'ALL', label: t('monitoring.feed.allSeverities') },
            ...SEVERITIES.map((s) => ({ value: s, label: t('monitoring.feed.atLeast', { severity: tr(`monitoring.severity.${s}`, s) }) })),
          ]}
        />
        <Select<ProductFamily[]>
          mode="multiple"
          allowClear
          value={[...feed.filter.families]}
          onChange={(families) => feed.setFilter({ ...feed.filter, families })}
          placeholder={t('monitoring.feed.allFamilies')}
          style={{ minWidth: 200 }}
          data-testid="feed-families"
          options={FAMILIES.map((f) => ({ value: f, label: tr(`product.family.${f}`, f) }))}
        />
        <Button icon={<CheckOutlined />} disabled={feed.unseen.size === 0} onClick={feed.markAllSeen} data-testid="feed-mark-all-seen">
          {t('monitoring.feed.markAllSeen', { count: feed.unseen.size })}
        </Button>
        <Link to="/monitoring/alerts">{t('monitoring.feed.toList')}</Link>
      </Space>
      {feed.error && feed.status !== 'failed' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('monitoring.feed.problem')} description={describeError(feed.error, t).message} />
      )}
      {feed.status === 'failed' && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('monitoring.feed.refused')} data-testid="feed-refused" />
      )}
      <Table<FeedAlert>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={(alert) => (feed.unseen.has(alert.id) ? 'bankpm-feed-row bankpm-feed-row-unseen' : 'bankpm-feed-row')}
        onRow={(alert) =>
          ({
            onClick: () => open(alert),
            'data-testid': 'feed-row',
            'data-alert-id': alert.id,
            'data-product-code': alert.productCode,
            'data-rule-code': alert.ruleCode,
            'data-severity': alert.severity,
            'data-unseen': feed.unseen.has(alert.id) ? 'true' : 'false',
          }) as React.HTMLAttributes<HTMLElement>
        }
        locale={{ emptyText: <Empty description={t('monitoring.feed.empty')} /> }}
        data-testid="alert-feed-table"
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('monitoring.feed.hint')}
      </Typography.Paragraph>
    </Card>
  );
}
