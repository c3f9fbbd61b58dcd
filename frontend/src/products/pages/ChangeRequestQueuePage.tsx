import { useState } from 'react';
import { Button, Card, Select, Space } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useAuth } from '../../auth/AuthContext';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCursorPaging } from '../../components/paging';
import type { ChangeRequestStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { ChangeRequestTable } from '../components/ChangeRequests';
import { useEnumOptions } from '../components/tags';
import { CHANGE_REQUEST_STATUSES } from '../enums';
import { productChangeRequestListQuery } from '../queries';

/** /products/change-requests — the checkers' queue, pending first; approve or reject here. */
export function ChangeRequestQueuePage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const options = useEnumOptions();
  const paging = useCursorPaging();
  const [status, setStatus] = useState<ChangeRequestStatus | undefined>('PENDING');
  const [result, reexecute] = useQuery({ query: productChangeRequestListQuery, variables: { ...paging.variables, status: status ?? null } });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const connection = result.data?.productChangeRequests;
  return (
    <Card
      title={t('product.cr.queueTitle')}
      data-testid="cr-queue-page"
      extra={
        <Button icon={<ReloadOutlined />} onClick={refetch}>
          {t('common.refresh')}
        </Button>
      }
    >
      <Space style={{ marginBottom: 16 }}>
        <Select<ChangeRequestStatus>
          allowClear
          placeholder={t('common.all')}
          value={status}
          onChange={(value) => {
            setStatus(value);
            paging.first();
          }}
          style={{ width: 160 }}
          options={options('crStatus', CHANGE_REQUEST_STATUSES)}
          data-testid="cr-queue-status"
        />
      </Space>
      {result.error && <ErrorAlert error={result.error} onRetry={refetch} style={{ marginBottom: 16 }} />}
      <ChangeRequestTable
        requests={connection?.edges.map((e) => e.node) ?? []}
        permissions={me?.permissions ?? []}
        meId={me?.id}
        showProduct
        loading={result.fetching}
        onChanged={refetch}
      />
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
