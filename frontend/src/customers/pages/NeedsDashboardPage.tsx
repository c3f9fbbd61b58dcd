import { lazy, Suspense, useState } from 'react';
import { App, Button, Card, Col, Empty, Form, Input, Modal, Row, Select, Space, Spin, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, SyncOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { applyUserErrors, userErrorMessage } from '../../api/userErrors';
import { hasPermission, useAuth } from '../../auth/AuthContext';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert, MessagesAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { ModalFooter } from '../../components/ModalFooter';
import { useCursorPaging } from '../../components/paging';
import type { NeedRulesQuery, ProductFamily, ProductSubtype } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { ALL_SUBTYPES, FAMILIES } from '../../products/enums';
import { RuleTreeEditor } from '../components/RuleTreeEditor';
import { needRuleUpdateMutation, needsRefreshMutation } from '../mutations';
import { fromRuleJson, toRuleJson, validateTree, type GroupNode } from '../ruleTree';
import { needRulesQuery, needsSummaryQuery, segmentOptionsQuery } from '../queries';

const NeedsChart = lazy(() => import('../components/NeedsChart'));

type NeedRule = NeedRulesQuery['needRules']['edges'][number]['node'];

interface RuleFormValues {
  name: string;
  description?: string;
  enabled: boolean;
  suggestFamilies: ProductFamily[];
  suggestSubtypes: ProductSubtype[];
  condition: string;
}

/** The rule's condition as editable JSON text, or why the text is not valid JSON (i18n key). */
export function parseCondition(text: string): { value: unknown } | { problem: 'need.rule.conditionRequired' | 'need.rule.conditionInvalid' } {
  if (!text.trim()) return { problem: 'need.rule.conditionRequired' };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'need.rule.conditionInvalid' };
    return { value };
  } catch {
    return { problem: 'need.rule.conditionInvalid' };
  }
}

function RuleEditModal({ rule, onClose }: { rule: NeedRule | null; onClose: () => void }) {
  return rule ? <RuleEditForm key={rule.id} rule={rule} onClose={onClose} /> : null;
}

/**
 * A need rule's name, products and condition. The condition is edited with the segment
 * builder's tree editor; one the builder cannot show is edited as JSON.
 */
function RuleEditForm({ rule, onClose }: { rule: NeedRule; onClose: () => void }) {
  const { t, tr, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<RuleFormValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [tree, setTree] = useState<GroupNode | null>(() => fromRuleJson(rule.condition));
  const [showProblems, setShowProblems] = useState(false);
  const [state, update] = useMutation(needRuleUpdateMutation);
  const treeProblems = tree ? validateTree(tree) : [];

  const submit = async (values: RuleFormValues) => {
    setGeneral([]);
    let condition: unknown;
    if (tree) {
      if (treeProblems.length) {
        setShowProblems(true);
        return;
      }
      condition = toRuleJson(tree);
    } else {
      const parsed = parseCondition(values.condition);
      if ('problem' in parsed) return;
      condition = parsed.value;
    }
    const answer = await update({
      id: rule.id,
      expectedVersion: rule.version,
      input: {
        name: values.name.trim(),
        description: values.description?.trim() ?? '',
        enabled: values.enabled,
        suggestFamilies: values.suggestFamilies,
        suggestSubtypes: values.suggestSubtypes,
        condition,
      },
    });
    if (answer.error) return setGeneral([describeError(answer.error, t).message]);
    const payload = answer.data?.needRuleUpdate;
    if (!payload) return;
    if (payload.errors.length) {
      const errors = payload.errors.map((e) => ({ ...e, message: userErrorMessage(e, locale, tr) }));
      setGeneral(applyUserErrors(form, errors, ['name', 'description', 'enabled', 'suggestFamilies', 'suggestSubtypes', 'condition']));
      return;
    }
    message.success(t('common.saved'));
    onClose();
  };

  return (
    <Modal
      open
      title={t('need.rule.editTitle', { name: rule.name })}
      onCancel={onClose}
      destroyOnHidden
      width={1000}
      footer={<ModalFooter onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} loading={state.fetching} testId="need-rule-save" />}
    >
      <MessagesAlert messages={general} />
      <Form<RuleFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        name="need-rule"
        initialValues={{
          name: rule.name,
          description: rule.description,
          enabled: rule.enabled,
          suggestFamilies: rule.suggestFamilies,
          suggestSubtypes: rule.suggestSubtypes,
          condition: JSON.stringify(rule.condition, null, 2),
        }}
      >
        <Form.Item name="name" label={t('need.rule.name')} rules={[{ required: true, whitespace: true, message: t('need.rule.nameRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('need.rule.description')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="enabled" label={t('need.rule.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="suggestFamilies" label={t('need.rule.suggestFamilies')}>
          <Select mode="multiple" options={FAMILIES.map((f) => ({ value: f, label: tr(`product.family.${f}`, f) }))} />
        </Form.Item>
        <Form.Item
          name="suggestSubtypes"
          label={t('need.rule.suggestSubtypes')}
          dependencies={['suggestFamilies']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, value: ProductSubtype[] | undefined) => {
                if (!(value?.length || (getFieldValue('suggestFamilies') as ProductFamily[] | undefined)?.length)) {
                  throw new Error(t('need.rule.suggestRequired'));
                }
              },
            }),
          ]}
        >
          <Select mode="multiple" options={ALL_SUBTYPES.map((st) => ({ value: st, label: tr(`product.subtype.${st}`, st) }))} />
        </Form.Item>
        {tree ? (
          <Form.Item label={t('need.rule.conditionTree')} required>
            <RuleTreeEditor tree={tree} onChange={setTree} problems={showProblems ? treeProblems : []} />
          </Form.Item>
        ) : (
          <Form.Item
            name="condition"
            label={t('need.rule.condition')}
            extra={t('need.rule.conditionHint')}
            rules={[
              {
                validator: async (_, value: string) => {
                  const parsed = parseCondition(value ?? '');
                  if ('problem' in parsed) throw new Error(t(parsed.problem));
                },
              },
            ]}
          >
            <Input.TextArea rows={8} style={{ fontFamily: 'monospace' }} data-testid="need-rule-condition" />
          </Form.Item>
        )}
        </Form>
    </Modal>
  );
}

/** /customers/needs — how many customers have each need, and the rules that find them. */
export function NeedsDashboardPage() {
  const { t, tr, locale } = useI18n();
  const { me } = useAuth();
  const { message, modal } = App.useApp();
  const [segmentId, setSegmentId] = useState<string | null>(null);
  const [editing, setEditing] = useState<NeedRule | null>(null);
  const [summary, reloadSummary] = useQuery({ query: needsSummaryQuery, variables: { segmentId } });
  const paging = useCursorPaging();
  const [rules, reloadRules] = useQuery({ query: needRulesQuery, variables: paging.variables });
  const [segments] = useQuery({ query: segmentOptionsQuery });
  const [refreshState, refresh] = useMutation(needsRefreshMutation);
  const canWrite = hasPermission(me, 'need:write');

  const reloadAll = () => {
    reloadSummary({ requestPolicy: 'network-only' });
    reloadRules({ requestPolicy: 'network-only' });
  };
  const doRefresh = async () => {
    const answer = await refresh({});
    if (answer.error) return modal.error({ title: t('error.title'), content: describeError(answer.error, t).message });
    const payload = answer.data?.needsRefresh;
    if (payload?.errors.length) return modal.error({ title: t('error.title'), content: payload.errors.map((e) => userErrorMessage(e, locale, tr)).join('\n') });
    const found = payload?.summary?.rules.reduce((sum, r) => sum + r.customerCount, 0) ?? 0;
    message.success(t('need.refreshed', { customers: payload?.summary?.population ?? 0, needs: found }));
    reloadAll();
  };

  const counts = summary.data?.needsSummary?.rules ?? [];
  const bars = counts.map((c) => ({ label: c.rule.name, count: c.customerCount }));
  const countByRule = new Map(counts.map((c) => [c.rule.id, c.customerCount]));

  const columns: TableColumnsType<NeedRule> = [
    {
      title: t('need.rule.name'),
      key: 'name',
      render: (_: unknown, r) => (
        <Space orientation="vertical" size={0}>
          <Space>
            <Typography.Text strong>{r.name}</Typography.Text>
            <Typography.Text code>{r.code}</Typography.Text>
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.description}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('need.rule.suggestFamilies'),
      key: 'families',
      render: (_: unknown, r) => [
        ...r.suggestFamilies.map((f) => <Tag key={f}>{tr(`product.family.${f}`, f)}</Tag>),
        ...r.suggestSubtypes.map((st) => (
          <Tag key={st} color="blue">
            {tr(`product.subtype.${st}`, st)}
          </Tag>
        )),
      ],
    },
    {
      title: t('need.rule.enabled'),
      key: 'enabled',
      render: (_: unknown, r) => (r.enabled ? <Tag color="success">{t('need.rule.on')}</Tag> : <Tag>{t('need.rule.off')}</Tag>),
    },
    { title: t('need.customers'), key: 'count', align: 'right', render: (_: unknown, r) => (countByRule.get(r.id) ?? 0).toLocaleString() },
    { title: t('need.rule.updatedAt'), key: 'updatedAt', render: (_: unknown, r) => formatDateTime(r.updatedAt) },
    ...(canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, r: NeedRule) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(r)} data-testid={`need-rule-edit-${r.code}`}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="needs-page">
      <Card
        title={t('need.title')}
        extra={
          <Space wrap>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={segmentId ?? undefined}
              onChange={(v?: string) => setSegmentId(v ?? null)}
              placeholder={t('need.allCustomers')}
              style={{ width: 220 }}
              loading={segments.fetching}
              options={segments.data?.segments.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? []}
              data-testid="needs-segment"
            />
            {canWrite && (
              <Button icon={<SyncOutlined />} loading={refreshState.fetching} onClick={doRefresh} data-testid="needs-refresh">
                {t('need.refresh')}
              </Button>
            )}
          </Space>
        }
      >
        {summary.error && <ErrorAlert error={summary.error} onRetry={() => reloadSummary({ requestPolicy: 'network-only' })} style={{ marginBottom: 16 }} />}
        <Row gutter={24}>
          <Col xs={24} lg={16}>
            {summary.fetching && !summary.data ? (
              <Spin />
            ) : bars.length ? (
              <Suspense fallback={<Spin />}>
                <NeedsChart bars={bars} seriesName={t('need.customers')} />
              </Suspense>
            ) : (
              <Empty description={t('need.empty')} />
            )}
          </Col>
          <Col xs={24} lg={8}>
            <Typography.Paragraph type="secondary">
              {t('need.totalLine', { total: summary.data?.needsSummary?.population ?? 0 })}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary" data-testid="needs-refreshed-at">
              {t('need.refreshedAt', { at: formatDateTime(summary.data?.needsSummary?.refreshedAt, t('segment.neverRefreshed')) })}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary">{t('need.hint')}</Typography.Paragraph>
          </Col>
        </Row>
      </Card>
      <Card title={t('need.rules')}>
        {rules.error && <ErrorAlert error={rules.error} onRetry={() => reloadRules({ requestPolicy: 'network-only' })} style={{ marginBottom: 16 }} />}
        <Table<NeedRule>
          rowKey="id"
          size="middle"
          loading={rules.fetching}
          columns={columns}
          dataSource={rules.data?.needRules.edges.map((e) => e.node) ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="need-rules-table"
        />
        <CursorPager
          paging={paging}
          totalCount={rules.data?.needRules.totalCount}
          hasNextPage={rules.data?.needRules.pageInfo.hasNextPage ?? false}
          endCursor={rules.data?.needRules.pageInfo.endCursor}
          loading={rules.fetching}
        />
      </Card>
      <RuleEditModal
        rule={editing}
        onClose={() => {
          setEditing(null);
          reloadAll();
        }}
      />
    </Space>
  );
}
