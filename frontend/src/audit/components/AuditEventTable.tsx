import { Col, Descriptions, Row, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useCursorPaging } from '../../components/paging';
import type { AuditEventFilter, AuditEventListQuery, AuditOutcome } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { auditEventListQuery } from '../queries';
import { JsonBlock } from './JsonBlock';
import { useRefetchOn } from './useRefetchOn';

type AuditRow = AuditEventListQuery['auditEvents']['edges'][number]['node'];

function AuditDetail({ event }: { event: AuditRow }) {
  const { t } = useI18n();
  return (
    <div data-testid="audit-detail">
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t('audit.before')}</Typography.Title>
          <JsonBlock value={event.before} empty={t('audit.noData')} />
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{t('audit.after')}</Typography.Title>
          <JsonBlock value={event.after} empty={t('audit.noData')} />
        </Col>
      </Row>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginTop: 12 }}
        title={t('audit.origin')}
        items={[
          { key: 'ip', label: t('audit.ipAddress'), children: event.ipAddress || '—' },
          {
            key: 'correlation',
            label: t('audit.correlationId'),
            children: <Typography.Text copyable code>{event.correlationId}</Typography.Text>,
          },
          {
            key: 'ua',
            label: t('audit.userAgent'),
            span: 2,
            children: <Typography.Text style={{ wordBreak: 'break-all' }}>{event.userAgent || '—'}</Typography.Text>,
          },
          {
            key: 'hash',
            label: t('audit.hash'),
            span: 2,
            children: (
              <Typography.Text code style={{ wordBreak: 'break-all', fontSize: 12 }}>
                {event.hash}
              </Typography.Text>
            ),
          },
          {
            key: 'object',
            label: t('audit.object'),
            span: 2,
            children: event.objectType ? `${event.objectType} ${event.objectId ?? ''}` : '—',
          },
        ]}
      />
    </div>
  );
}

/**
 * Audit events matching `filter`, paged, each expandable to its before/after and origin. Used by
 * the audit log page and by other domains' pages (a product's audit tab). Give it a `key` that
 * changes with the filter, so a new filter starts again from the first page.
 */
export function AuditEventTable({ filter, refreshToken = 0 }: { filter: AuditEventFilter; refreshToken?: number }) {
  const { t, tr } = useI18n();
  const paging = useCursorPaging();
  const variables = useMemo(() => ({ ...paging.variables, filter }), [paging.variables, filter]);
  const [result, reexecute] = useQuery({ query: auditEventListQuery, variables });
  const refetch = useRefetchOn(refreshToken, reexecute);
  const connection = result.data?.auditEvents;

  const columns: TableColumnsType<AuditRow> = [
    { title: t('audit.sequence'), dataIndex: 'sequence', key: 'sequence', width: 80 },
    { title: t('audit.occurredAt'), dataIndex: 'occurredAt', key: 'occurredAt', render: (v: string) => formatDateTime(v) },
    {
      title: t('audit.actor'),
      key: 'actor',
      render: (_: unknown, event) => (
        <Space size={4}>
          <span>{event.actorName}</span>
          <Tag>{tr(`audit.actorType.${event.actorType}`, event.actorType)}</Tag>
        </Space>
      ),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      key: 'action',
      render: (action: string) => <Typography.Text code>{action}</Typography.Text>,
    },
    {
      title: t('audit.object'),
      key: 'object',
      render: (_: unknown, event) =>
        event.objectType ? (
          <span>
            {event.objectType}
            {event.objectId && <Typography.Text type="secondary"> {event.objectId}</Typography.Text>}
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('audit.outcome'),
      dataIndex: 'outcome',
      key: 'outcome',
      render: (outcome: AuditOutcome) => (
        <Tag color={outcome === 'SUCCESS' ? 'success' : 'error'}>{tr(`audit.outcome.${outcome}`, outcome)}</Tag>
      ),
    },
    { title: t('audit.ipAddress'), dataIndex: 'ipAddress', key: 'ipAddress', render: (v: string | null) => v || '—' },
  ];

  return (
    <>
    {result.error && <ErrorAlert error={result.error} onRetry={refetch} style={{ marginBottom: 16 }} />}
    <Table<AuditRow>
      rowKey="id"
      size="middle"
      loading={result.fetching}
      columns={columns}
      dataSource={connection?.edges.map((edge) => edge.node) ?? []}
      pagination={false}
      expandable={{ expandedRowRender: (event) => <AuditDetail event={event} /> }}
      data-testid="audit-table"
    />
    <CursorPager
      paging={paging}
      totalCount={connection?.totalCount}
      hasNextPage={connection?.pageInfo.hasNextPage ?? false}
      endCursor={connection?.pageInfo.endCursor}
      loading={result.fetching}
    />
    </>
  );
}
