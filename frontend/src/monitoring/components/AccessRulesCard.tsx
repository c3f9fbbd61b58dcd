import { useState } from 'react';
import { App, Button, Card, Form, InputNumber, Modal, Select, Switch, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { userErrorMessage } from '../../api/userErrors';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { AccessKind, AccessRulesQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { localName } from '../alertText';
import { accessRuleUpdateMutation } from '../mutations';
import { accessRulesQuery } from '../queries';

type AccessRuleRow = AccessRulesQuery['accessRules']['edges'][number]['node'];

interface AccessRuleValues {
  kinds: AccessKind[];
  windowMinutes: number;
  threshold: number;
  criticalThreshold: number | null;
  enabled: boolean;
}

const KINDS: readonly AccessKind[] = ['VIEW', 'LIST', 'EXPORT'];

/** The access rules (异常访问) beside the risk rules: read by all, changed with monitoring:write. */
export function AccessRulesCard({ canWrite }: { canWrite: boolean }) {
  const { t, tr, locale } = useI18n();
  const { message } = App.useApp();
  const [result, reexecute] = useQuery({ query: accessRulesQuery });
  const [saving, save] = useMutation(accessRuleUpdateMutation);
  const [editing, setEditing] = useState<AccessRuleRow | null>(null);
  const [form] = Form.useForm<AccessRuleValues>();
  const rows = result.data?.accessRules.edges.map((e) => e.node) ?? [];

  const open = (rule: AccessRuleRow) => {
    form.setFieldsValue({
      kinds: [...rule.kinds],
      windowMinutes: rule.windowMinutes,
      threshold: rule.threshold,
      criticalThreshold: rule.criticalThreshold ?? null,
      enabled: rule.enabled,
    });
    setEditing(rule);
  };

  const submit = async (values: AccessRuleValues) => {
    if (!editing) return;
    const answer = await save({ id: editing.id, input: { ...values, criticalThreshold: values.criticalThreshold ?? null } });
    if (answer.error) {
      message.error(describeError(answer.error, t).message);
      return;
    }
    const errors = answer.data?.accessRuleUpdate.errors ?? [];
    if (errors.length) {
      message.error(errors.map((e) => userErrorMessage(e, locale, tr)).join('\n'));
      return;
    }
    setEditing(null);
    reexecute({ requestPolicy: 'network-only' });
  };

  const columns: TableColumnsType<AccessRuleRow> = [
    { title: t('monitoring.accessRules.name'), key: 'name', render: (_: unknown, r) => localName(r, locale) || r.code },
    {
      title: t('monitoring.accessRules.kinds'),
      key: 'kinds',
      render: (_: unknown, r) => r.kinds.map((k) => <Tag key={k}>{tr(`audit.access.kind.${k}`, k)}</Tag>),
    },
    { title: t('monitoring.accessRules.window'), dataIndex: 'windowMinutes', key: 'window' },
    { title: t('monitoring.accessRules.threshold'), dataIndex: 'threshold', key: 'threshold' },
    {
      title: t('monitoring.accessRules.critical'),
      dataIndex: 'criticalThreshold',
      key: 'critical',
      render: (v: number | null) => v ?? '—',
    },
    { title: t('monitoring.accessRules.enabled'), key: 'enabled', render: (_: unknown, r) => <Switch size="small" checked={r.enabled} disabled /> },
    {
      title: '',
      key: 'actions',
      render: (_: unknown, r) =>
        canWrite ? (
          <Button size="small" icon={<EditOutlined />} onClick={() => open(r)} data-testid="access-rule-edit">
            {t('common.edit')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card title={t('monitoring.accessRules.title')} size="small" style={{ marginTop: 16 }} data-testid="access-rules">
      {result.error && <ErrorAlert error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <Table<AccessRuleRow> rowKey="id" size="small" loading={result.fetching} columns={columns} dataSource={rows} pagination={false} />
      <Modal
        open={editing !== null}
        title={editing ? localName(editing, locale) || editing.code : ''}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={saving.fetching}
        destroyOnHidden
      >
        <Form<AccessRuleValues> form={form} layout="vertical" onFinish={submit} name="access-rule">
          <Form.Item name="kinds" label={t('monitoring.accessRules.kinds')} rules={[{ required: true }]}>
            <Select<AccessKind[]> mode="multiple" options={KINDS.map((k) => ({ value: k, label: tr(`audit.access.kind.${k}`, k) }))} />
          </Form.Item>
          <Form.Item name="windowMinutes" label={t('monitoring.accessRules.window')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1440} precision={0} />
          </Form.Item>
          <Form.Item name="threshold" label={t('monitoring.accessRules.threshold')} rules={[{ required: true }]}>
            <InputNumber min={1} precision={0} data-testid="access-rule-threshold" />
          </Form.Item>
          <Form.Item name="criticalThreshold" label={t('monitoring.accessRules.critical')}>
            <InputNumber min={1} precision={0} />
          </Form.Item>
          <Form.Item name="enabled" label={t('monitoring.accessRules.enabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
