import { useMemo, useState } from 'react';
import { Button, Card, Col, DatePicker, Descriptions, Form, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useCursorPaging } from '../../components/paging';
import type { AuditEventFilter, AuditEventListQuery, AuditOutcome } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { auditEventListQuery } from '../queries';
import { JsonBlock } from '../components/JsonBlock';

type AuditRow = AuditEventListQuery['auditEvents']['edges'][number]['node'];

interface FilterValues {
  action?: string;
  actorName?: string;
  objectType?: string;
  objectId?: string;
  outcome?: AuditOutcome;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** Turn the filter form into the API's filter; blank fields mean "any". */
export function toAuditFilter(values: FilterValues): AuditEventFilter {
  const text = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);
  const [from, to] = values.range ?? [null, null];
  return {
    action: text(values.action),
    actorName: text(values.actorName),
    objectType: text(values.objectType),
    objectId: text(values.objectId),
    outcome: values.outcome,
    occurredAfter: from ? from.toISOString() : undefined,
    occurredBefore: to ? to.toISOString() : undefined,
  };
}

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

export function AuditLogPage() {
  const { t, tr } = useI18n();
  const [form] = Form.useForm<FilterValues>();
  const paging = useCursorPaging();
  const [filter, setFilter] = useState<AuditEventFilter>({});
  const variables = useMemo(() => ({ ...paging.variables, filter }), [paging.variables, filter]);
  const [result, reexecute] = useQuery({ query: auditEventListQuery, variables });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const connection = result.data?.auditEvents;

  const applyFilter = (values: FilterValues) => {
    setFilter(toAuditFilter(values));
    paging.first();
  };

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
    <Card
      title={t('audit.title')}
      data-testid="audit-page"
      extra={
        <Button icon={<ReloadOutlined />} onClick={refetch}>
          {t('common.refresh')}
        </Button>
      }
    >
      <Form<FilterValues> form={form} layout="inline" onFinish={applyFilter} style={{ marginBottom: 16, rowGap: 8 }} name="audit-filter">
        <Form.Item name="action" label={t('audit.action')}>
          <Input allowClear placeholder={t('audit.actionPlaceholder')} style={{ width: 160 }} data-testid="audit-filter-action" />
        </Form.Item>
        <Form.Item name="actorName" label={t('audit.actor')}>
          <Input allowClear placeholder={t('audit.actorPlaceholder')} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="objectType" label={t('audit.objectType')}>
          <Input allowClear placeholder={t('audit.objectTypePlaceholder')} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="objectId" label={t('audit.objectId')}>
          <Input allowClear placeholder={t('audit.objectIdPlaceholder')} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="outcome" label={t('audit.outcome')}>
          <Select<AuditOutcome>
            allowClear
            placeholder={t('common.all')}
            style={{ width: 110 }}
            options={(['SUCCESS', 'FAILURE'] as const).map((o) => ({ value: o, label: tr(`audit.outcome.${o}`, o) }))}
          />
        </Form.Item>
        <Form.Item name="range" label={t('audit.dateRange')}>
          <DatePicker.RangePicker showTime allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" data-testid="audit-filter-submit">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                applyFilter({});
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
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
    </Card>
  );
}
