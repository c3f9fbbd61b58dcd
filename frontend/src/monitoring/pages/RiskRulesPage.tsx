import { useMemo, useState } from 'react';
import { App, Button, Card, Input, Popconfirm, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined, EditOutlined, PlayCircleOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { userErrorMessage } from '../../api/userErrors';
import { hasPermission, useAuth } from '../../auth/AuthContext';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCursorPaging } from '../../components/paging';
import type { ProductMetric, RiskRuleRowFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { localName } from '../alertText';
import { AccessRulesCard } from '../components/AccessRulesCard';
import { RuleFormModal } from '../components/RuleFormModal';
import { useMetricName, useMonitoringOptions } from '../components/tags';
import { METRICS } from '../enums';
import { formatLevel } from '../format';
import {
  monitoringEvaluateMutation,
  riskRuleChangeApproveMutation,
  riskRuleChangeRejectMutation,
  riskRuleChangeWithdrawMutation,
  riskRuleDeleteMutation,
  riskRuleUpdateMutation,
} from '../mutations';
import { riskRulesQuery } from '../queries';

type Editing = { rule: RiskRuleRowFragment | null } | null;
type PendingChange = NonNullable<RiskRuleRowFragment['pendingChange']>;
type Decision = 'approve' | 'reject' | 'withdraw';

/** Why the signed-in user may not approve or reject a pending change (null when they may). */
export function decisionBlocker(change: PendingChange, me: { id: string; permissions: readonly string[] } | null): 'ownChange' | 'noPermission' | null {
  if (!me || !me.permissions.includes('monitoring:approve_rule')) return 'noPermission';
  if (change.proposedBy?.id === me.id) return 'ownChange';
  return null;
}

/** /monitoring/rules — the risk rules (风险规则); read-only without monitoring:write. */
export function RiskRulesPage() {
  const { t, tr, locale } = useI18n();
  const { me } = useAuth();
  const { message, modal } = App.useApp();
  const options = useMonitoringOptions();
  const metricName = useMetricName();
  const canWrite = hasPermission(me, 'monitoring:write');
  const paging = useCursorPaging();
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [metric, setMetric] = useState<ProductMetric | null>(null);
  const variables = useMemo(() => ({ ...paging.variables, enabled, metric }), [paging.variables, enabled, metric]);
  const [result, reexecute] = useQuery({ query: riskRulesQuery, variables });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const [editing, setEditing] = useState<Editing>(null);
  const [toggling, setToggling] = useState<string | null>(null);
  const [, update] = useMutation(riskRuleUpdateMutation);
  const [, remove] = useMutation(riskRuleDeleteMutation);
  const [, approve] = useMutation(riskRuleChangeApproveMutation);
  const [, reject] = useMutation(riskRuleChangeRejectMutation);
  const [, withdraw] = useMutation(riskRuleChangeWithdrawMutation);
  const [deciding, setDeciding] = useState<string | null>(null);
  const [evaluation, evaluate] = useMutation(monitoringEvaluateMutation);
  const connection = result.data?.riskRules;

  const problem = (errors: readonly { field?: string | null; code: string; message: string }[]) =>
    errors.map((e) => userErrorMessage(e, locale, tr)).join('\n');

  // A stale expectedVersion: the rule changed since the list was read, so read it again.
  const reloadOnConflict = (errors: readonly { code: string }[]) => {
    if (errors.some((e) => e.code === 'CONFLICT')) refetch();
  };

  const toggle = async (rule: RiskRuleRowFragment, on: boolean) => {
    setToggling(rule.id);
    const answer = await update({ id: rule.id, expectedVersion: rule.version, input: { enabled: on } });
    setToggling(null);
    if (answer.error) return modal.error({ title: t('error.title'), content: describeError(answer.error, t).message });
    const errors = answer.data?.riskRuleUpdate.errors ?? [];
    if (errors.length) {
      reloadOnConflict(errors);
      return modal.error({ title: t('error.title'), content: problem(errors) });
    }
    if (answer.data?.riskRuleUpdate.riskRule?.pendingChange) message.info(t('monitoring.rule.pending.sent', { code: rule.code }));
    else message.success(t(on ? 'monitoring.rule.enabledDone' : 'monitoring.rule.disabledDone', { code: rule.code }));
    refetch();
  };

  const decide = async (rule: RiskRuleRowFragment, change: PendingChange, decision: Decision, reason = '') => {
    setDeciding(change.id);
    const variables = { id: change.id, expectedVersion: change.version };
    const answer =
      decision === 'approve'
        ? await approve(variables).then((r) => ({ error: r.error, payload: r.data?.riskRuleChangeApprove }))
        : decision === 'reject'
          ? await reject({ ...variables, reason }).then((r) => ({ error: r.error, payload: r.data?.riskRuleChangeReject }))
          : await withdraw(variables).then((r) => ({ error: r.error, payload: r.data?.riskRuleChangeWithdraw }));
    setDeciding(null);
    if (answer.error) return modal.error({ title: t('error.title'), content: describeError(answer.error, t).message });
    const errors = answer.payload?.errors ?? [];
    if (errors.length) {
      reloadOnConflict(errors);
      return modal.error({ title: t('error.title'), content: <span data-testid="rule-change-error">{problem(errors)}</span> });
    }
    const done = { approve: 'approved', reject: 'rejected', withdraw: 'withdrawn' } as const;
    message.success(t(`monitoring.rule.pending.${done[decision]}`, { code: rule.code }));
    refetch();
  };

  const askRejection = (rule: RiskRuleRowFragment, change: PendingChange) => {
    let reason = '';
    modal.confirm({
      title: t('monitoring.rule.pending.rejectReason'),
      content: <Input.TextArea rows={3} maxLength={2000} onChange={(e) => (reason = e.target.value)} data-testid="rule-change-reject-reason" />,
      okText: t('monitoring.rule.pending.reject'),
      cancelText: t('common.cancel'),
      onOk: () => decide(rule, change, 'reject', reason),
    });
  };

  const pendingCell = (rule: RiskRuleRowFragment) => {
    const change = rule.pendingChange;
    if (!change) return '—';
    const blocker = decisionBlocker(change, me);
    const mine = change.proposedBy?.id === me?.id;
    const busy = deciding === change.id;
    const level = (field: string, value: string | null | undefined) =>
      ['warningLevel', 'criticalLevel', 'normalLow', 'normalHigh'].includes(field) ? formatLevel(rule.metric, rule.condition, value ?? null) : (value ?? '—');
    return (
      <Space orientation="vertical" size={4} data-testid={`rule-pending-${rule.code}`}>
        <Space size={4} wrap>
          {change.reasons.map((reason) => (
            <Tag key={reason} color="gold">
              {tr(`monitoring.loosening.${reason}`, reason)}
            </Tag>
          ))}
        </Space>
        {change.changes.map((c) => (
          <Typography.Text key={c.field} style={{ fontSize: 12 }}>
            {tr(`monitoring.rule.${c.field}`, c.field)}: {level(c.field, c.before)} → {level(c.field, c.after)}
          </Typography.Text>
        ))}
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`rule-pending-by-${rule.code}`}>
          {t('monitoring.rule.pending.by', { name: change.proposedBy?.displayName ?? change.proposedByName, at: new Date(change.proposedAt).toLocaleString(locale) })}
        </Typography.Text>
        <Space size={4}>
          <Tooltip title={blocker ? t(`monitoring.rule.pending.${blocker}`) : undefined}>
            <Button size="small" type="primary" disabled={blocker !== null} loading={busy} onClick={() => void decide(rule, change, 'approve')} data-testid={`rule-change-approve-${rule.code}`}>
              {t('monitoring.rule.pending.approve')}
            </Button>
          </Tooltip>
          <Tooltip title={blocker ? t(`monitoring.rule.pending.${blocker}`) : undefined}>
            <Button size="small" danger disabled={blocker !== null} loading={busy} onClick={() => askRejection(rule, change)} data-testid={`rule-change-reject-${rule.code}`}>
              {t('monitoring.rule.pending.reject')}
            </Button>
          </Tooltip>
          {mine && (
            <Button size="small" loading={busy} onClick={() => void decide(rule, change, 'withdraw')} data-testid={`rule-change-withdraw-${rule.code}`}>
              {t('monitoring.rule.pending.withdraw')}
            </Button>
          )}
        </Space>
        {blocker && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`rule-change-blocker-${rule.code}`}>
            {t(`monitoring.rule.pending.${blocker}`)}
          </Typography.Text>
        )}
      </Space>
    );
  };

  const destroy = async (rule: RiskRuleRowFragment) => {
    const answer = await remove({ id: rule.id, expectedVersion: rule.version });
    if (answer.error) return modal.error({ title: t('error.title'), content: describeError(answer.error, t).message });
    const errors = answer.data?.riskRuleDelete.errors ?? [];
    reloadOnConflict(errors);
    if (errors.length) return modal.error({ title: t('monitoring.rule.deleteRefused'), content: <span data-testid="rule-delete-error">{problem(errors)}</span> });
    message.success(t('monitoring.rule.deleted', { code: rule.code }));
    refetch();
  };

  const runEvaluation = async () => {
    const answer = await evaluate({});
    if (answer.error) return modal.error({ title: t('error.title'), content: describeError(answer.error, t).message });
    const payload = answer.data?.monitoringEvaluate;
    if (!payload) return;
    if (payload.errors.length) return modal.error({ title: t('error.title'), content: problem(payload.errors) });
    message.success(t('monitoring.rule.evaluated', { evaluated: payload.evaluated, raised: payload.raised, updated: payload.updated, resolved: payload.resolved }));
  };

  const scopeText = (rule: RiskRuleRowFragment) => {
    if (rule.scope === 'FAMILY' && rule.family) return tr(`product.family.${rule.family}`, rule.family);
    if (rule.scope === 'PRODUCT' && rule.product) return `${rule.product.code} ${localName(rule.product, locale)}`;
    return tr(`monitoring.scope.${rule.scope}`, rule.scope);
  };

  const columns: TableColumnsType<RiskRuleRowFragment> = [
    { title: t('monitoring.rule.code'), key: 'code', render: (_: unknown, r) => <Typography.Text code>{r.code}</Typography.Text> },
    {
      title: t('monitoring.rule.name'),
      key: 'name',
      render: (_: unknown, r) => (
        <Tooltip title={r.description || undefined}>
          <div>{locale === 'zh-CN' ? r.nameZh : r.nameEn}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {locale === 'zh-CN' ? r.nameEn : r.nameZh}
          </Typography.Text>
        </Tooltip>
      ),
    },
    { title: t('monitoring.rule.metric'), key: 'metric', render: (_: unknown, r) => metricName(r.metric) },
    {
      title: t('monitoring.rule.scope'),
      key: 'scope',
      render: (_: unknown, r) => (
        <Space size={4}>
          <Tag>{tr(`monitoring.scope.${r.scope}`, r.scope)}</Tag>
          {r.scope !== 'ALL' && <span>{scopeText(r)}</span>}
        </Space>
      ),
    },
    { title: t('monitoring.rule.condition'), key: 'condition', render: (_: unknown, r) => tr(`monitoring.condition.${r.condition}`, r.condition) },
    {
      title: t('monitoring.rule.levels'),
      key: 'levels',
      render: (_: unknown, r) => {
        const level = (value: string | null) => formatLevel(r.metric, r.condition, value);
        const normal = r.normalLow !== null || r.normalHigh !== null ? `${level(r.normalLow)} ~ ${level(r.normalHigh)}` : null;
        return (
          <Space orientation="vertical" size={0}>
            {normal && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('monitoring.rule.normalRange')} {normal}
              </Typography.Text>
            )}
            <span>
              <Tag color="orange">{t('monitoring.severity.WARNING')}</Tag>
              {level(r.warningLevel)}
            </span>
            <span>
              <Tag color="red">{t('monitoring.severity.CRITICAL')}</Tag>
              {level(r.criticalLevel)}
            </span>
          </Space>
        );
      },
    },
    {
      title: t('monitoring.rule.window'),
      key: 'window',
      render: (_: unknown, r) =>
        r.condition === 'CHANGE_VS_AVERAGE'
          ? t('monitoring.rule.windowVsBaseline', { window: r.windowDays, baseline: r.baselineDays })
          : t('monitoring.rule.windowText', { window: r.windowDays }),
    },
    {
      title: t('monitoring.rule.enabled'),
      key: 'enabled',
      render: (_: unknown, r) => (
        <Switch
          size="small"
          checked={r.enabled}
          disabled={!canWrite}
          loading={toggling === r.id}
          onChange={(on) => void toggle(r, on)}
          data-testid={`rule-toggle-${r.code}`}
        />
      ),
    },
    {
      title: t('monitoring.rule.autoAction'),
      key: 'autoAction',
      render: (_: unknown, r) => (r.autoAction === 'NONE' ? '—' : <Tag color="purple">{tr(`monitoring.autoAction.${r.autoAction}`, r.autoAction)}</Tag>),
    },
    { title: t('monitoring.rule.owner'), key: 'owner', render: (_: unknown, r) => r.owner?.displayName ?? '—' },
    { title: t('monitoring.rule.pending.column'), key: 'pending', render: (_: unknown, r) => pendingCell(r) },
    ...(canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, r: RiskRuleRowFragment) => (
              <Space>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ rule: r })} data-testid={`rule-edit-${r.code}`}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('monitoring.rule.deleteConfirm', { code: r.code })}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => destroy(r)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} data-testid={`rule-delete-${r.code}`}>
                    {t('monitoring.rule.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('monitoring.rules.title')}
      data-testid="risk-rules-page"
      extra={
        <Space wrap>
          <Button icon={<ReloadOutlined />} onClick={refetch}>
            {t('common.refresh')}
          </Button>
          {canWrite && (
            <Button icon={<PlayCircleOutlined />} loading={evaluation.fetching} onClick={runEvaluation} data-testid="rules-evaluate">
              {t('monitoring.rule.evaluate')}
            </Button>
          )}
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ rule: null })} data-testid="rule-create">
              {t('monitoring.rule.create')}
            </Button>
          )}
        </Space>
      }
    >
      {!canWrite && (
        <Typography.Paragraph type="secondary" data-testid="rules-read-only">
          {t('monitoring.rules.readOnly')}
        </Typography.Paragraph>
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<'ALL' | 'ON' | 'OFF'>
          value={enabled === null ? 'ALL' : enabled ? 'ON' : 'OFF'}
          onChange={(value) => {
            setEnabled(value === 'ALL' ? null : value === 'ON');
            paging.first();
          }}
          style={{ width: 140 }}
          options={[
            { value: 'ALL', label: t('monitoring.rules.allStates') },
            { value: 'ON', label: t('monitoring.rules.enabledOnly') },
            { value: 'OFF', label: t('monitoring.rules.disabledOnly') },
          ]}
        />
        <Select<ProductMetric>
          allowClear
          value={metric ?? undefined}
          onChange={(value?: ProductMetric) => {
            setMetric(value ?? null);
            paging.first();
          }}
          placeholder={t('monitoring.rule.metric')}
          style={{ width: 180 }}
          options={options('metric', METRICS)}
        />
      </Space>
      {result.error && <ErrorAlert error={result.error} onRetry={refetch} style={{ marginBottom: 16 }} />}
      <Table<RiskRuleRowFragment>
        rowKey="id"
        size="middle"
        loading={result.fetching}
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('monitoring.rules.empty') }}
        data-testid="risk-rules-table"
      />
      <CursorPager
        paging={paging}
        totalCount={connection?.totalCount}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        endCursor={connection?.pageInfo.endCursor}
        loading={result.fetching}
      />
      {editing && (
        <RuleFormModal
          rule={editing.rule}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refetch();
          }}
        />
      )}
      <AccessRulesCard canWrite={canWrite} />
    </Card>
  );
}
