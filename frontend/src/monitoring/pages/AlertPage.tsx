import { useEffect } from 'react';
import { Alert, Button, Card, Col, Descriptions, Result, Row, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { LeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import type { AlertDetailQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { StatusTag } from '../../products/components/tags';
import { alertNames, alertSentence } from '../alertText';
import { AlertActions } from '../components/AlertActions';
import { AlertStatusTag, SeverityTag, useMetricName } from '../components/tags';
import { EVENT_KIND_COLORS } from '../enums';
import { useAlertFeed } from '../feedContext';
import { formatAlertNumbers, formatLevel } from '../format';
import { alertDetailQuery } from '../queries';

type AlertDetail = Extract<NonNullable<AlertDetailQuery['node']>, { __typename: 'Alert' }>;

/** /monitoring/alerts/:id — everything about one alert, its history, and the work on it. */
export function AlertPage() {
  const { t, tr, locale } = useI18n();
  const navigate = useNavigate();
  const metricName = useMetricName();
  const { id = '' } = useParams();
  const { markSeen } = useAlertFeed();
  const [result, reexecute] = useQuery({ query: alertDetailQuery, variables: { id } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const node = result.data?.node;
  const alert = node?.__typename === 'Alert' ? (node as AlertDetail) : null;

  // Opening an alert is looking at it: its CRITICAL cue goes away.
  useEffect(() => markSeen(id), [id, markSeen]);

  if (result.error && !alert) return <ErrorAlert error={result.error} onRetry={reload} />;
  if (!result.data) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  if (!alert) {
    return (
      <Result
        status="404"
        title={t('monitoring.alert.notFound')}
        extra={<Button onClick={() => navigate('/monitoring/alerts')}>{t('monitoring.alert.back')}</Button>}
        data-testid="alert-not-found"
      />
    );
  }

  const names = alertNames(alert, locale);
  const numbers = formatAlertNumbers(alert);
  const rule = alert.rule;
  const change = rule?.condition === 'CHANGE_VS_AVERAGE';
  const level = (value: string | null | undefined) => formatLevel(alert.metric, rule?.condition ?? null, value);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="alert-page" data-status={alert.status} data-severity={alert.severity}>
      <Card
        title={
          <Space wrap>
            <Link to="/monitoring/alerts">
              <LeftOutlined /> {t('monitoring.alert.back')}
            </Link>
            <SeverityTag severity={alert.severity} />
            <AlertStatusTag status={alert.status} />
            <Typography.Text strong data-testid="alert-title">
              {alertSentence(alert, locale, t)}
            </Typography.Text>
          </Space>
        }
        extra={
          <Button icon={<ReloadOutlined />} onClick={reload}>
            {t('common.refresh')}
          </Button>
        }
      >
        {result.error && <ErrorAlert error={result.error} onRetry={reload} style={{ marginBottom: 16 }} />}
        {alert.actionTaken === 'SUSPEND_SALES' && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('monitoring.alert.suspended')} data-testid="alert-action-taken" />
        )}
        <AlertActions alert={alert} onDone={reload} onConflict={reload} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('monitoring.alert.details')}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered data-testid="alert-fields">
              <Descriptions.Item label={t('monitoring.alert.product')}>
                {alert.product ? (
                  <Link to={`/products/${encodeURIComponent(alert.product.id)}`} data-testid="alert-product-link">
                    <Typography.Text code>{alert.productCode}</Typography.Text> {names.product}
                  </Link>
                ) : (
                  `${alert.productCode} ${names.product}`
                )}
                {alert.product && (
                  <span style={{ marginInlineStart: 8 }}>
                    <StatusTag status={alert.product.status} />
                  </span>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('monitoring.health.family')}>{alert.family ? tr(`product.family.${alert.family}`, alert.family) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('monitoring.alert.rule')}>
                <Typography.Text code>{alert.ruleCode}</Typography.Text> {names.rule}
              </Descriptions.Item>
              <Descriptions.Item label={t('monitoring.alert.metric')}>{metricName(alert.metric)}</Descriptions.Item>
              <Descriptions.Item label={change ? t('monitoring.alert.change') : t('monitoring.alert.value')}>
                <Typography.Text strong data-testid="alert-value">
                  {numbers.value}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('monitoring.alert.threshold')}>
                <span data-testid="alert-threshold">{numbers.threshold}</span>
              </Descriptions.Item>
              {numbers.baseline !== null && (
                <Descriptions.Item label={t('monitoring.alert.baseline')}>{numbers.baseline}</Descriptions.Item>
              )}
              {rule && (
                <Descriptions.Item label={t('monitoring.alert.ruleLevels')}>
                  {t('monitoring.alert.levelsText', {
                    warning: level(rule.warningLevel),
                    critical: level(rule.criticalLevel),
                  })}
                  {' · '}
                  {change
                    ? t('monitoring.rule.windowVsBaseline', { window: rule.windowDays, baseline: rule.baselineDays })
                    : t('monitoring.rule.windowText', { window: rule.windowDays })}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('monitoring.alert.businessDate')}>{alert.businessDate}</Descriptions.Item>
              <Descriptions.Item label={t('monitoring.alert.raisedAt')}>{formatDateTime(alert.raisedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('monitoring.alert.updatedAt')}>{formatDateTime(alert.updatedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('monitoring.alert.assignee')}>
                <span data-testid="alert-assignee">{alert.assignee ? `${alert.assignee.displayName} (${alert.assignee.username})` : '—'}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('monitoring.alert.acknowledged')}>
                {alert.acknowledgedAt ? `${formatDateTime(alert.acknowledgedAt)} · ${alert.acknowledgedBy?.displayName ?? '—'}` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('monitoring.alert.resolved')}>
                {alert.resolvedAt
                  ? `${formatDateTime(alert.resolvedAt)} · ${alert.autoResolved ? t('monitoring.alert.autoResolved') : (alert.resolvedBy?.displayName ?? '—')}`
                  : '—'}
              </Descriptions.Item>
              {alert.resolutionNote && (
                <Descriptions.Item label={t('monitoring.alert.resolutionNote')} span={2}>
                  {alert.resolutionNote}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('monitoring.alert.actionTaken')}>
                {alert.actionTaken ? <Tag color="purple">{tr(`monitoring.autoAction.${alert.actionTaken}`, alert.actionTaken)}</Tag> : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('monitoring.alert.version')}>{alert.version}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('monitoring.alert.history')}>
            <Timeline
              data-testid="alert-history"
              items={alert.history.map((entry, index) => ({
                key: `${entry.at}-${index}`,
                color: EVENT_KIND_COLORS[entry.kind],
                content: (
                  <div data-testid="alert-history-entry" data-kind={entry.kind}>
                    <Space wrap size={4}>
                      <Typography.Text strong>{tr(`monitoring.eventKind.${entry.kind}`, entry.kind)}</Typography.Text>
                      {entry.severity && <SeverityTag severity={entry.severity} />}
                      <AlertStatusTag status={entry.status} />
                      {entry.value !== null && <Typography.Text>{level(entry.value)}</Typography.Text>}
                    </Space>
                    <div>
                      <Typography.Text type="secondary">
                        {formatDateTime(entry.at)} · {entry.actorName}
                      </Typography.Text>
                    </div>
                    {entry.note && <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{entry.note}</Typography.Paragraph>}
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
