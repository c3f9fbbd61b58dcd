import { useState } from 'react';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined, ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { userErrorMessage } from '../../api/userErrors';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useCursorPaging } from '../../components/paging';
import type { ApiKeyListQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { hasPermission, useAuth } from '../AuthContext';
import { ApiKeyCreateModal } from '../components/ApiKeyCreateModal';
import { ApiKeySecretModal } from '../components/ApiKeySecretModal';
import { apiKeyRevokeMutation } from '../mutations';
import { apiKeyListQuery } from '../queries';

type ApiKeyRow = ApiKeyListQuery['apiKeys']['edges'][number]['node'];

export function ApiKeysPage() {
  const { t, tr, locale } = useI18n();
  const { message } = App.useApp();
  const { me } = useAuth();
  const canWrite = hasPermission(me, 'apikey:write');
  const paging = useCursorPaging();
  const [result, reexecute] = useQuery({ query: apiKeyListQuery, variables: paging.variables });
  const [, revoke] = useMutation(apiKeyRevokeMutation);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const connection = result.data?.apiKeys;

  const onRevoke = async (key: ApiKeyRow) => {
    const outcome = await revoke({ id: key.id });
    if (outcome.error) {
      message.error(describeError(outcome.error, t).message);
      return;
    }
    const errors = outcome.data?.apiKeyRevoke.errors ?? [];
    if (errors.length > 0) {
      message.error(errors.map((e) => userErrorMessage(e, locale, tr)).join('; '));
      return;
    }
    message.success(t('apiKeys.revokedDone', { name: key.name }));
    refetch();
  };

  const columns: TableColumnsType<ApiKeyRow> = [
    { title: t('apiKeys.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('apiKeys.prefix'),
      dataIndex: 'prefix',
      key: 'prefix',
      render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text>,
    },
    {
      title: t('apiKeys.scopes'),
      dataIndex: 'scopes',
      key: 'scopes',
      render: (scopes: string[]) => (
        <Space size={[0, 4]} wrap>
          {scopes.map((scope) => (
            <Tag key={scope} title={scope}>
              {tr(`scope.${scope}`, scope)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('apiKeys.status'),
      key: 'status',
      render: (_: unknown, key) =>
        key.isActive ? (
          <Tag color="success">{t('apiKeys.active')}</Tag>
        ) : (
          <Tooltip title={t('apiKeys.revokedAt', { time: formatDateTime(key.revokedAt) })}>
            <Tag color="default">{t('apiKeys.revoked')}</Tag>
          </Tooltip>
        ),
    },
    {
      title: t('apiKeys.createdBy'),
      key: 'createdBy',
      render: (_: unknown, key) => key.createdBy?.displayName ?? '—',
    },
    { title: t('apiKeys.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: (v: string) => formatDateTime(v) },
    {
      title: t('apiKeys.lastUsed'),
      dataIndex: 'lastUsedAt',
      key: 'lastUsedAt',
      render: (v: string | null) => formatDateTime(v, t('users.never')),
    },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, key) =>
        key.isActive ? (
          <Popconfirm
            title={t('apiKeys.revoke')}
            description={<div style={{ maxWidth: 280 }}>{t('apiKeys.revokeConfirm', { name: key.name })}</div>}
            okText={t('apiKeys.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => onRevoke(key)}
          >
            <Button size="small" danger icon={<StopOutlined />} data-testid={`api-key-revoke-${key.prefix}`}>
              {t('apiKeys.revoke')}
            </Button>
          </Popconfirm>
        ) : null,
    });
  }

  return (
    <Card
      title={t('apiKeys.title')}
      data-testid="api-keys-page"
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={refetch}>
            {t('common.refresh')}
          </Button>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="api-key-create">
              {t('apiKeys.create')}
            </Button>
          )}
        </Space>
      }
    >
      {result.error && <ErrorAlert error={result.error} onRetry={refetch} style={{ marginBottom: 16 }} />}
      <Table<ApiKeyRow>
        rowKey="id"
        size="middle"
        loading={result.fetching}
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <CursorPager
        paging={paging}
        totalCount={connection?.totalCount}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        endCursor={connection?.pageInfo.endCursor}
        loading={result.fetching}
      />
      <ApiKeyCreateModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(name, secret) => {
          setCreating(false);
          setCreated({ name, secret });
          refetch();
        }}
      />
      <ApiKeySecretModal
        secret={created?.secret ?? null}
        name={created?.name ?? ''}
        onClose={() => setCreated(null)}
      />
    </Card>
  );
}
