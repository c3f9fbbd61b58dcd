import { useMemo } from 'react';
import { App, Button, Card, Descriptions, Popconfirm, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, LeftOutlined, SyncOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { userErrorMessage } from '../../api/userErrors';
import { JsonBlock } from '../../audit/components/JsonBlock';
import { hasPermission, useAuth } from '../../auth/AuthContext';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useCursorPaging } from '../../components/paging';
import { useI18n } from '../../i18n/useI18n';
import { evidenceText } from '../components/Customer360';
import { CustomerTable } from '../components/CustomerTable';
import { RuleSummary } from '../components/RuleSummary';
import { RuleTreeEditor } from '../components/RuleTreeEditor';
import { segmentDeleteMutation, segmentRefreshMutation } from '../mutations';
import { segmentMembersQuery, segmentQuery } from '../queries';
import { fromRuleJson } from '../ruleTree';

/** The members of a segment, a page at a time, with masked PII. */
function SegmentMembers({ segmentId }: { segmentId: string }) {
  const { t } = useI18n();
  const paging = useCursorPaging();
  const variables = useMemo(() => ({ id: segmentId, ...paging.variables }), [segmentId, paging.variables]);
  const [result, reexecute] = useQuery({ query: segmentMembersQuery, variables });
  const connection = result.data?.segment?.members;
  return (
    <Card title={t('segment.members')} data-testid="segment-members">
      {result.error && <ErrorAlert error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} style={{ marginBottom: 16 }} />}
      <CustomerTable rows={connection?.edges.map((e) => e.node) ?? []} loading={result.fetching} testId="segment-members-table" emptyText={t('segment.noMembers')} />
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

/** /customers/segments/:id — a segment's rule, counts and members. */
export function SegmentPage() {
  const { t, tr, locale } = useI18n();
  const { me } = useAuth();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: segmentQuery, variables: { id } });
  const [refreshState, refresh] = useMutation(segmentRefreshMutation);
  const [deleteState, remove] = useMutation(segmentDeleteMutation);
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const segment = result.data?.segment;

  if (result.error && !segment) return <ErrorAlert error={result.error} onRetry={reload} />;
  if (!result.data) return <Card><Skeleton active /></Card>;
  if (!segment) {
    return (
      <Result
        status="404"
        title={t('segment.notFound')}
        extra={<Button onClick={() => navigate('/customers/segments')}>{t('segment.back')}</Button>}
      />
    );
  }

  const canWrite = hasPermission(me, 'segment:write');
  const editable = canWrite && !segment.builtIn && segment.kind === 'RULE';
  const tree = segment.rule ? fromRuleJson(segment.rule) : null;
  const fail = (messages: string[]) => modal.error({ title: t('error.title'), content: messages.join('\n') });

  const doRefresh = async () => {
    const answer = await refresh({ id: segment.id });
    if (answer.error) return fail([describeError(answer.error, t).message]);
    const payload = answer.data?.segmentRefresh;
    if (payload?.errors.length) return fail(payload.errors.map((e) => userErrorMessage(e, locale, tr)));
    message.success(t('segment.refreshed', { count: payload?.segment?.memberCount ?? 0 }));
    reload();
  };
  const doDelete = async () => {
    const answer = await remove({ id: segment.id, expectedVersion: segment.version });
    if (answer.error) return fail([describeError(answer.error, t).message]);
    const payload = answer.data?.segmentDelete;
    if (payload?.errors.length) return fail(payload.errors.map((e) => userErrorMessage(e, locale, tr)));
    message.success(t('segment.deleted'));
    navigate('/customers/segments');
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="segment-page">
      <Card
        title={
          <Space wrap>
            <Link to="/customers/segments" aria-label={t('segment.back')}>
              <LeftOutlined />
            </Link>
            <span data-testid="segment-title">{segment.name}</span>
            <Typography.Text code>{segment.code}</Typography.Text>
            <Tag color={segment.kind === 'CLUSTER' ? 'purple' : 'blue'}>{t(`segment.kind.${segment.kind}`)}</Tag>
            {segment.builtIn && <Tag>{t('segment.builtIn')}</Tag>}
          </Space>
        }
        extra={
          canWrite && (
            <Space>
              {segment.kind === 'RULE' && (
                <Button icon={<SyncOutlined />} loading={refreshState.fetching} onClick={doRefresh} data-testid="segment-refresh">
                  {t('segment.refresh')}
                </Button>
              )}
              {editable && (
                <Button icon={<EditOutlined />} onClick={() => navigate(`/customers/segments/${encodeURIComponent(segment.id)}/edit`)} data-testid="segment-edit">
                  {t('common.edit')}
                </Button>
              )}
              {editable && (
                <Popconfirm title={t('segment.deleteConfirm', { name: segment.name })} onConfirm={doDelete} okButtonProps={{ danger: true, loading: deleteState.fetching }}>
                  <Button danger icon={<DeleteOutlined />} data-testid="segment-delete">
                    {t('segment.delete')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          )
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('segment.field.memberCount')}>
            <Typography.Text strong data-testid="segment-member-count">
              {segment.memberCount.toLocaleString()}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('segment.field.refreshedAt')}>{formatDateTime(segment.refreshedAt, t('segment.neverRefreshed'))}</Descriptions.Item>
          <Descriptions.Item label={t('segment.field.description')}>
            {segment.cluster ? (locale === 'zh-CN' ? segment.cluster.descriptionZh : segment.cluster.descriptionEn || segment.cluster.descriptionZh) : segment.description || '—'}
          </Descriptions.Item>
        </Descriptions>
        {segment.cluster && (
          <>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('segment.cluster.profile')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">
              {t('segment.cluster.position', {
                index: segment.cluster.index,
                k: segment.cluster.k,
                score: segment.cluster.silhouetteScore.toFixed(3),
              })}
            </Typography.Paragraph>
            <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 4 }} data-testid="cluster-profile">
              {Object.entries((segment.cluster.profile ?? {}) as Record<string, unknown>).map(([key, value]) => (
                <Descriptions.Item key={key} label={tr(`segment.profile.${key}`, key)}>
                  {evidenceText(value)}
                </Descriptions.Item>
              ))}
            </Descriptions>
          </>
        )}
        {segment.rule !== null && segment.rule !== undefined && (
          <>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('segment.field.rule')}
            </Typography.Title>
            {tree ? (
              <>
                <RuleSummary tree={tree} />
                <RuleTreeEditor tree={tree} onChange={() => undefined} problems={[]} disabled />
              </>
            ) : (
              <JsonBlock value={segment.rule} empty="—" />
            )}
          </>
        )}
      </Card>
      <SegmentMembers segmentId={segment.id} />
    </Space>
  );
}
