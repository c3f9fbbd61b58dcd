import { Card, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useQuery } from 'urql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PermissionTags, RoleTags } from '../../components/RoleTags';
import type { RoleListQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { roleListQuery } from '../queries';

type RoleRow = RoleListQuery['roles'][number];

/** What each role may do, as the server defines it. */
export function RolesPage() {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: roleListQuery });
  const columns: TableColumnsType<RoleRow> = [
    { title: t('roles.role'), dataIndex: 'role', key: 'role', width: 180, render: (role: string) => <RoleTags roles={[role]} /> },
    { title: t('roles.code'), dataIndex: 'role', key: 'code', width: 180, render: (role: string) => <Typography.Text code>{role}</Typography.Text> },
    {
      title: t('roles.permissions'),
      dataIndex: 'permissions',
      key: 'permissions',
      render: (permissions: string[]) => <PermissionTags permissions={permissions} />,
    },
  ];
  return (
    <Card title={t('roles.title')} data-testid="roles-page">
      {result.error && (
        <ErrorAlert
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<RoleRow>
        rowKey="role"
        loading={result.fetching}
        columns={columns}
        dataSource={result.data?.roles ?? []}
        pagination={false}
      />
    </Card>
  );
}
