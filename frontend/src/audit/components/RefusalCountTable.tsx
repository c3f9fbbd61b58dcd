import { Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useCursorPaging } from '../../components/paging';
import type { RefusalCountListQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { refusalCountListQuery } from '../queries';
import { useRefetchOn } from './useRefetchOn';

type RefusalRow = RefusalCountListQuery['refusalCounts']['edges'][number]['node'];

/** Filter of the refused requests: blank means "any". */
export interface RefusalFilter {
  actorName?: string;
  /** ISO instant. */
  since?: string;
}

/**
 * Requests the API refused (no permission), counted per user or API key and minute.
 * Give it a `key` that changes with the filter.
 */
export function RefusalCountTable({ filter, refreshToken = 0 }: { filter: RefusalFilter; refreshToken?: number }) {
  const { t, tr } = useI18n();
  const paging = useCursorPaging();
  const variables = useMemo(
    () => ({ ...paging.variables, actorName: filter.actorName, since: filter.since }),
    [paging.variables, filter],
  );
  const [result, reexecute] = useQuery({ query: refusalCountListQuery, variables });
  const refetch = useRefetchOn(refreshToken, reexecute);
  const connection = result.data?.refusalCounts;

  const columns: TableColumnsType<RefusalRow> = [
    { title: t('audit.refusals.minute'), dataIndex: 'minute', key: 'minute', render: (v: string) => formatDateTime(v) },
    {
      title: t('audit.actor'),
      key: 'actor',
      render: (_: unknown, row) => (
        <Space size={4}>
          <span>{row.actorName}</span>
          <Tag>{tr(`audit.actorType.${row.actorType}`, row.actorType)}</Tag>
          {row.actorId && (
            <Typography.Text type="secondary" code>
              {row.actorId}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t('audit.refusals.count'), dataIndex: 'count', key: 'count', align: 'right', width: 100 },
    { title: t('audit.refusals.firstAt'), dataIndex: 'firstAt', key: 'firstAt', render: (v: string) => formatDateTime(v) },
    { title: t('audit.refusals.lastAt'), dataIndex: 'lastAt', key: 'lastAt', render: (v: string) => formatDateTime(v) },
  ];

  return (
    <>
      {result.error && <ErrorAlert error={result.error} onRetry={refetch} style={{ marginBottom: 16 }} />}
      <Table<RefusalRow>
        rowKey="id"
        size="middle"
        loading={result.fetching}
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        locale={{ emptyText: t('audit.refusals.empty') }}
        data-testid="refusal-count-table"
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
