import { Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useCursorPaging } from '../../components/paging';
import type { AccessKind, CustomerAccessFilter, CustomerAccessListQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { customerAccessListQuery } from '../queries';
import { useRefetchOn } from './useRefetchOn';

type AccessRow = CustomerAccessListQuery['customerAccesses']['edges'][number]['node'];

const KIND_COLORS: Record<AccessKind, string> = { VIEW: 'blue', LIST: 'default', EXPORT: 'orange', SEARCH: 'red' };

/**
 * Who read which customer's data, how, and when: one row per user, customer, kind, entry point
 * and hour, with the number of reads. Give it a `key` that changes with the filter.
 */
export function CustomerAccessTable({ filter, refreshToken = 0 }: { filter: CustomerAccessFilter; refreshToken?: number }) {
  const { t, tr } = useI18n();
  const paging = useCursorPaging();
  const variables = useMemo(() => ({ ...paging.variables, filter }), [paging.variables, filter]);
  const [result, reexecute] = useQuery({ query: customerAccessListQuery, variables });
  const refetch = useRefetchOn(refreshToken, reexecute);
  const connection = result.data?.customerAccesses;

  const columns: TableColumnsType<AccessRow> = [
    { title: t('audit.access.lastAt'), dataIndex: 'lastAt', key: 'lastAt', render: (v: string) => formatDateTime(v) },
    {
      title: t('audit.actor'),
      key: 'actor',
      render: (_: unknown, row) => (
        <Space size={4}>
          <span>{row.actorName}</span>
          <Tag>{tr(`audit.actorType.${row.actorType}`, row.actorType)}</Tag>
        </Space>
      ),
    },
    {
      title: t('audit.access.customer'),
      key: 'customer',
      render: (_: unknown, row) => (
        <Link to={`/customers/${encodeURIComponent(row.customerId)}`}>
          <Typography.Text code>{row.customerNo || '—'}</Typography.Text> {row.customerName}
        </Link>
      ),
    },
    {
      title: t('audit.access.kind'),
      dataIndex: 'kind',
      key: 'kind',
      render: (kind: AccessKind) => <Tag color={KIND_COLORS[kind]}>{tr(`audit.access.kind.${kind}`, kind)}</Tag>,
    },
    {
      title: t('audit.access.through'),
      dataIndex: 'through',
      key: 'through',
      render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
    },
    { title: t('audit.access.count'), dataIndex: 'count', key: 'count', align: 'right', width: 80 },
    { title: t('audit.access.firstAt'), dataIndex: 'firstAt', key: 'firstAt', render: (v: string) => formatDateTime(v) },
  ];

  return (
    <>
      {result.error && <ErrorAlert error={result.error} onRetry={refetch} style={{ marginBottom: 16 }} />}
      <Table<AccessRow>
        rowKey="id"
        size="middle"
        loading={result.fetching}
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        data-testid="customer-access-table"
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
