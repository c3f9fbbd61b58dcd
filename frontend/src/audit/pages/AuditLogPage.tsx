import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, Select, Space, Tabs } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { AccessKind, AuditEventFilter, AuditOutcome, CustomerAccessFilter } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { AuditEventTable } from '../components/AuditEventTable';
import { CustomerAccessTable } from '../components/CustomerAccessTable';
import { RefusalCountTable, type RefusalFilter } from '../components/RefusalCountTable';

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

interface AccessFilterValues {
  actorName?: string;
  customerNo?: string;
  kinds?: AccessKind[];
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** Turn the access filter form into the API's filter; blank fields mean "any". */
export function toAccessFilter(values: AccessFilterValues): CustomerAccessFilter {
  const text = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);
  const [from, to] = values.range ?? [null, null];
  return {
    actorName: text(values.actorName),
    customerNo: text(values.customerNo),
    kinds: values.kinds && values.kinds.length ? values.kinds : undefined,
    seenAfter: from ? from.toISOString() : undefined,
    seenBefore: to ? to.toISOString() : undefined,
  };
}

/** Who read which customer's data: filters by user, customer, kind and time, then the log. */
function CustomerAccessPanel({ refreshToken }: { refreshToken: number }) {
  const { t, tr } = useI18n();
  const [form] = Form.useForm<AccessFilterValues>();
  const [filter, setFilter] = useState<CustomerAccessFilter>({});
  return (
    <>
      <Form<AccessFilterValues>
        form={form}
        layout="inline"
        onFinish={(values) => setFilter(toAccessFilter(values))}
        style={{ marginBottom: 16, rowGap: 8 }}
        name="access-filter"
      >
        <Form.Item name="actorName" label={t('audit.actor')}>
          <Input allowClear placeholder={t('audit.actorPlaceholder')} style={{ width: 140 }} data-testid="access-filter-actor" />
        </Form.Item>
        <Form.Item name="customerNo" label={t('audit.access.customerNo')}>
          <Input allowClear placeholder={t('audit.access.customerNoPlaceholder')} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="kinds" label={t('audit.access.kind')}>
          <Select<AccessKind[]>
            mode="multiple"
            allowClear
            placeholder={t('common.all')}
            style={{ minWidth: 160 }}
            options={(['VIEW', 'LIST', 'EXPORT'] as const).map((k) => ({ value: k, label: tr(`audit.access.kind.${k}`, k) }))}
          />
        </Form.Item>
        <Form.Item name="range" label={t('audit.dateRange')}>
          <DatePicker.RangePicker showTime allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" data-testid="access-filter-submit">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setFilter({});
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      <CustomerAccessTable key={JSON.stringify(filter)} filter={filter} refreshToken={refreshToken} />
    </>
  );
}

interface RefusalFilterValues {
  actorName?: string;
  since?: Dayjs | null;
}

/** Turn the refusal filter form into the query's arguments; blank fields mean "any". */
export function toRefusalFilter(values: RefusalFilterValues): RefusalFilter {
  const actorName = values.actorName && values.actorName.trim() ? values.actorName.trim() : undefined;
  return { actorName, since: values.since ? values.since.toISOString() : undefined };
}

/** Requests refused for lack of permission, per user or API key and minute, filtered by user and time. */
function RefusalPanel({ refreshToken }: { refreshToken: number }) {
  const { t } = useI18n();
  const [form] = Form.useForm<RefusalFilterValues>();
  const [filter, setFilter] = useState<RefusalFilter>({});
  return (
    <>
      <Form<RefusalFilterValues>
        form={form}
        layout="inline"
        onFinish={(values) => setFilter(toRefusalFilter(values))}
        style={{ marginBottom: 16, rowGap: 8 }}
        name="refusal-filter"
      >
        <Form.Item name="actorName" label={t('audit.actor')}>
          <Input allowClear placeholder={t('audit.actorPlaceholder')} style={{ width: 140 }} data-testid="refusal-filter-actor" />
        </Form.Item>
        <Form.Item name="since" label={t('audit.refusals.since')}>
          <DatePicker showTime />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" data-testid="refusal-filter-submit">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setFilter({});
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      <RefusalCountTable key={JSON.stringify(filter)} filter={filter} refreshToken={refreshToken} />
    </>
  );
}

export function AuditLogPage() {
  const { t, tr } = useI18n();
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<AuditEventFilter>({});
  const [refreshToken, setRefreshToken] = useState(0);
  const refetch = () => setRefreshToken((n) => n + 1);

  const applyFilter = (values: FilterValues) => {
    setFilter(toAuditFilter(values));
  };

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
      <Tabs
        items={[
          {
            key: 'events',
            label: t('audit.tab.events'),
            children: (
              <>
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
                <AuditEventTable key={JSON.stringify(filter)} filter={filter} refreshToken={refreshToken} />
              </>
            ),
          },
          {
            key: 'access',
            label: t('audit.tab.access'),
            children: <CustomerAccessPanel refreshToken={refreshToken} />,
          },
          {
            key: 'refusals',
            label: t('audit.tab.refusals'),
            children: <RefusalPanel refreshToken={refreshToken} />,
          },
        ]}
      />
    </Card>
  );
}
