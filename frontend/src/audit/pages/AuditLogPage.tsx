import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, Select, Space } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { AuditEventFilter, AuditOutcome } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { AuditEventTable } from '../components/AuditEventTable';

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
    </Card>
  );
}
