import { useMemo, useState } from 'react';
import { Alert, Button, Card, Form, InputNumber, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ExperimentOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { userErrorMessage } from '../../api/userErrors';
import { hasPermission, useAuth } from '../../auth/AuthContext';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert, MessagesAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useCursorPaging } from '../../components/paging';
import type { SegmentClusterRunMutation, SegmentKind, SegmentListQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { segmentClusterRunMutation } from '../mutations';
import { segmentListQuery } from '../queries';

type SegmentRow = SegmentListQuery['segments']['edges'][number]['node'];
type ClusterRun = SegmentClusterRunMutation['segmentClusterRun'];
type ClusterSegment = ClusterRun['segments'][number];

// The server's k-means accepts 2 to 8 clusters.
export const MIN_CLUSTERS = 2;
export const MAX_CLUSTERS = 8;

/** Data-driven segments: cluster customers on RFM and demographics, each cluster described in words. */
function ClusterPanel({ canWrite, onDone }: { canWrite: boolean; onDone: () => void }) {
  const { t, tr, locale } = useI18n();
  const [k, setK] = useState<number | null>(null);
  const [run, setRun] = useState<ClusterRun | null>(null);
  const [messages, setMessages] = useState<string[]>([]);
  const [state, start] = useMutation(segmentClusterRunMutation);

  const go = async () => {
    setMessages([]);
    const answer = await start({ k });
    if (answer.error) return setMessages([describeError(answer.error, t).message]);
    const payload = answer.data?.segmentClusterRun;
    if (!payload) return;
    if (payload.errors.length) return setMessages(payload.errors.map((e) => userErrorMessage(e, locale, tr)));
    setRun(payload);
    onDone();
  };

  const total = run ? run.segments.reduce((sum, c) => sum + c.memberCount, 0) : 0;
  const describe = (c: ClusterSegment) =>
    c.cluster ? (locale === 'zh-CN' ? c.cluster.descriptionZh : c.cluster.descriptionEn || c.cluster.descriptionZh) : c.name;
  return (
    <Card title={t('segment.cluster.title')} size="small" style={{ marginTop: 16 }} data-testid="cluster-panel">
      <Typography.Paragraph type="secondary">{t('segment.cluster.hint')}</Typography.Paragraph>
      {canWrite ? (
        <Space wrap style={{ marginBottom: 12 }}>
          <Form.Item label={t('segment.cluster.k')} style={{ margin: 0 }} extra={t('segment.cluster.kHint', { min: MIN_CLUSTERS, max: MAX_CLUSTERS })}>
            <InputNumber<number>
              min={MIN_CLUSTERS}
              max={MAX_CLUSTERS}
              precision={0}
              value={k}
              onChange={setK}
              placeholder={t('segment.cluster.auto')}
              data-testid="cluster-k"
            />
          </Form.Item>
          <Button type="primary" icon={<ExperimentOutlined />} loading={state.fetching} onClick={go} data-testid="cluster-run">
            {t('segment.cluster.run')}
          </Button>
        </Space>
      ) : (
        <Alert type="info" showIcon title={t('segment.cluster.readOnly')} style={{ marginBottom: 12 }} />
      )}
      <MessagesAlert messages={messages} />
      {run && (
        <>
          <Typography.Paragraph data-testid="cluster-summary">
            {t('segment.cluster.summary', {
              k: run.k ?? run.segments.length,
              score: run.silhouetteScore === null || run.silhouetteScore === undefined ? '—' : run.silhouetteScore.toFixed(3),
            })}
          </Typography.Paragraph>
          <Table<ClusterSegment>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={run.segments}
            data-testid="cluster-table"
            columns={[
              { title: '#', key: 'index', width: 48, render: (_: unknown, c) => c.cluster?.index ?? '—' },
              { title: t('segment.cluster.description'), key: 'description', render: (_: unknown, c) => describe(c) },
              {
                title: t('segment.field.memberCount'),
                key: 'size',
                align: 'right',
                render: (_: unknown, c) => `${c.memberCount.toLocaleString()} (${total ? ((c.memberCount / total) * 100).toFixed(1) : '0'}%)`,
              },
              {
                title: t('segment.cluster.segment'),
                key: 'segment',
                render: (_: unknown, c) => <Link to={`/customers/segments/${encodeURIComponent(c.id)}`}>{c.name}</Link>,
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}

/** /customers/segments — built-in, saved and clustered segments. */
export function SegmentListPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const navigate = useNavigate();
  const paging = useCursorPaging();
  const [kind, setKind] = useState<SegmentKind | 'ALL'>('ALL');
  const variables = useMemo(() => ({ ...paging.variables, kind: kind === 'ALL' ? null : kind }), [paging.variables, kind]);
  const [result, reexecute] = useQuery({ query: segmentListQuery, variables });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const connection = result.data?.segments;
  const canWrite = hasPermission(me, 'segment:write');

  const columns: TableColumnsType<SegmentRow> = [
    {
      title: t('segment.field.name'),
      key: 'name',
      render: (_: unknown, row) => (
        <Space wrap>
          <Link to={`/customers/segments/${encodeURIComponent(row.id)}`} data-testid={`segment-link-${row.code}`}>
            {row.name}
          </Link>
          {row.builtIn && <Tag>{t('segment.builtIn')}</Tag>}
        </Space>
      ),
    },
    { title: t('segment.field.code'), dataIndex: 'code', key: 'code', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    {
      title: t('segment.field.kind'),
      key: 'kind',
      render: (_: unknown, row) => <Tag color={row.kind === 'CLUSTER' ? 'purple' : 'blue'}>{t(`segment.kind.${row.kind}`)}</Tag>,
    },
    { title: t('segment.field.memberCount'), dataIndex: 'memberCount', key: 'memberCount', align: 'right', render: (v: number) => v.toLocaleString() },
    { title: t('segment.field.refreshedAt'), key: 'refreshedAt', render: (_: unknown, row) => formatDateTime(row.refreshedAt, t('segment.neverRefreshed')) },
    { title: t('segment.field.description'), dataIndex: 'description', key: 'description', ellipsis: true },
  ];

  return (
    <>
      <Card
        title={t('segment.list.title')}
        data-testid="segments-page"
        extra={
          <Space>
            <Button icon={<ReloadOutlined />} onClick={refetch}>
              {t('common.refresh')}
            </Button>
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/customers/segments/new')} data-testid="segment-create">
                {t('segment.list.create')}
              </Button>
            )}
          </Space>
        }
      >
        <Segmented<SegmentKind | 'ALL'>
          value={kind}
          onChange={(value) => {
            setKind(value);
            paging.first();
          }}
          style={{ marginBottom: 16 }}
          options={[
            { value: 'ALL', label: t('common.all') },
            { value: 'RULE', label: t('segment.kind.RULE') },
            { value: 'CLUSTER', label: t('segment.kind.CLUSTER') },
          ]}
        />
        {result.error && <ErrorAlert error={result.error} onRetry={refetch} style={{ marginBottom: 16 }} />}
        <Table<SegmentRow>
          rowKey="id"
          size="middle"
          loading={result.fetching}
          columns={columns}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('segment.list.empty') }}
          data-testid="segments-table"
        />
        <CursorPager
          paging={paging}
          totalCount={connection?.totalCount}
          hasNextPage={connection?.pageInfo.hasNextPage ?? false}
          endCursor={connection?.pageInfo.endCursor}
          loading={result.fetching}
        />
      </Card>
      <ClusterPanel canWrite={canWrite} onDone={refetch} />
    </>
  );
}
