import { Table, Typography } from 'antd';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useCursorPaging } from '../../components/paging';
import { formatJson } from '../../audit/components/JsonBlock';
import type { ProductVersionsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { productVersionsQuery } from '../queries';

type VersionRow = NonNullable<ProductVersionsQuery['product']>['versions']['edges'][number]['node'];

/** A version's diff `{field: [before, after]}` as rows; anything else as one raw row. */
export function diffRows(diff: unknown): { field: string; before: string; after: string }[] {
  let value = diff;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return [{ field: '—', before: '', after: value as string }];
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'object' ? (formatJson(v) ?? '') : String(v));
  return Object.entries(value as Record<string, unknown>).map(([field, change]) =>
    Array.isArray(change) && change.length === 2
      ? { field, before: show(change[0]), after: show(change[1]) }
      : { field, before: '', after: show(change) },
  );
}

function Diff({ diff }: { diff: unknown }) {
  const { t } = useI18n();
  const rows = diffRows(diff);
  if (rows.length === 0) return <Typography.Text type="secondary">{t('product.version.noDiff')}</Typography.Text>;
  const cell = (v: string) => <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>{v}</pre>;
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      data-testid="version-diff"
      columns={[
        { title: t('product.version.field'), dataIndex: 'field', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
        { title: t('product.version.before'), dataIndex: 'before', render: cell },
        { title: t('product.version.after'), dataIndex: 'after', render: cell },
      ]}
    />
  );
}

/** The product's version history, paged, each row expanding to its field diff. */
export function VersionsTab({ productId }: { productId: string }) {
  const { t } = useI18n();
  const paging = useCursorPaging(10);
  const [result, reexecute] = useQuery({ query: productVersionsQuery, variables: { id: productId, ...paging.variables } });
  const connection = result.data?.product?.versions;
  return (
    <div data-testid="product-versions">
      {result.error && <ErrorAlert error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <Table<VersionRow>
        size="small"
        rowKey="version"
        loading={result.fetching}
        pagination={false}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        expandable={{ expandedRowRender: (row) => <Diff diff={row.diff} /> }}
        columns={[
          { title: t('product.version.version'), dataIndex: 'version', render: (v: number) => `v${v}` },
          { title: t('product.version.changedAt'), dataIndex: 'changedAt', render: (v: string) => formatDateTime(v) },
          { title: t('product.version.changedBy'), key: 'by', render: (_: unknown, v) => v.changedBy?.displayName ?? '—' },
          { title: t('product.version.action'), dataIndex: 'action', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          { title: t('product.version.reason'), dataIndex: 'reason', render: (v: string) => v || '—' },
        ]}
      />
      <CursorPager
        paging={paging}
        totalCount={connection?.totalCount}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        endCursor={connection?.pageInfo.endCursor}
        loading={result.fetching}
      />
    </div>
  );
}
