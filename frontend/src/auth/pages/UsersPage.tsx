import { useMemo, useState } from 'react';
import { App, Button, Card, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, KeyOutlined, PlusOutlined, ReloadOutlined, UnlockOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useCursorPaging } from '../../components/paging';
import { RoleTags } from '../../components/RoleTags';
import type { Role, UserFilter, UserOrder } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { hasPermission, useAuth } from '../AuthContext';
import { PasswordModal } from '../components/PasswordModal';
import { PendingRoleGrants } from '../components/PendingRoleGrants';
import { UserFormModal, type UserRow } from '../components/UserFormModal';
import { ROLES } from '../enums';
import { userUnlockMutation } from '../mutations';
import { userListQuery } from '../queries';

type ActiveFilter = 'all' | 'active' | 'inactive';
type SortKey = 'USERNAME' | 'CREATED_AT';

export function UsersPage() {
  const { t, tr } = useI18n();
  const { me, refresh: refreshMe } = useAuth();
  const canWrite = hasPermission(me, 'user:write');
  const { message } = App.useApp();
  const [, unlock] = useMutation(userUnlockMutation);
  const [grantsVersion, setGrantsVersion] = useState(0);
  const paging = useCursorPaging();
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [active, setActive] = useState<ActiveFilter>('all');
  const [sort, setSort] = useState<SortKey>('USERNAME');
  const [editing, setEditing] = useState<UserRow | 'new' | null>(null);
  const [passwordFor, setPasswordFor] = useState<UserRow | null>(null);

  const filter = useMemo<UserFilter>(
    () => ({
      search: search || undefined,
      role,
      isActive: active === 'all' ? undefined : active === 'active',
    }),
    [search, role, active],
  );
  const orderBy = useMemo<UserOrder>(
    () => (sort === 'USERNAME' ? { field: 'USERNAME', direction: 'ASC' } : { field: 'CREATED_AT', direction: 'DESC' }),
    [sort],
  );
  const [result, reexecute] = useQuery({
    query: userListQuery,
    variables: { ...paging.variables, filter, orderBy },
  });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const connection = result.data?.users;

  const changeFilter = <T,>(setter: (value: T) => void) => (value: T) => {
    setter(value);
    paging.first();
  };

  const columns: TableColumnsType<UserRow> = [
    { title: t('users.username'), dataIndex: 'username', key: 'username', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    { title: t('users.displayName'), dataIndex: 'displayName', key: 'displayName' },
    { title: t('users.branch'), dataIndex: 'branch', key: 'branch', render: (v: string) => v || '—' },
    { title: t('users.roles'), dataIndex: 'roles', key: 'roles', render: (roles: string[]) => <RoleTags roles={roles} /> },
    {
      title: t('users.status'),
      dataIndex: 'isActive',
      key: 'isActive',
      render: (isActive: boolean, user) => (
        <Space size={4}>
          {isActive ? <Tag color="success">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>}
          {user.lockedUntil && (
            <Tooltip title={t('users.lockedUntil', { time: formatDateTime(user.lockedUntil) })}>
              <Tag color="error" data-testid={`user-locked-${user.username}`}>
                {t('users.locked')}
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      key: 'lastLoginAt',
      render: (v: string | null) => formatDateTime(v, t('users.never')),
    },
    { title: t('users.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: (v: string) => formatDateTime(v) },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_: unknown, user) => (
        <Space>
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(user)} data-testid={`user-edit-${user.username}`}>
            {t('common.edit')}
          </Button>
          <Button size="small" icon={<KeyOutlined />} onClick={() => setPasswordFor(user)}>
            {t('users.resetPassword')}
          </Button>
          {user.lockedUntil && (
            <Button
              size="small"
              icon={<UnlockOutlined />}
              data-testid={`user-unlock-${user.username}`}
              onClick={async () => {
                const outcome = await unlock({ id: user.id });
                if (!outcome.error && outcome.data?.userUnlock.errors.length === 0) {
                  message.success(t('users.unlocked', { name: user.displayName }));
                  refetch();
                }
              }}
            >
              {t('users.unlock')}
            </Button>
          )}
        </Space>
      ),
    });
  }

  return (
    <Card
      title={t('users.title')}
      data-testid="users-page"
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={refetch}>
            {t('common.refresh')}
          </Button>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="user-create">
              {t('users.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('users.searchPlaceholder')}
          value={searchText}
          onChange={(e) => {
            setSearchText(e.target.value);
            if (!e.target.value && search) changeFilter(setSearch)('');
          }}
          onSearch={(value) => changeFilter(setSearch)(value.trim())}
          enterButton={t('common.search')}
          style={{ width: 280 }}
          data-testid="users-search"
        />
        <Select<Role>
          allowClear
          placeholder={t('users.filterRole')}
          value={role}
          onChange={changeFilter(setRole)}
          style={{ width: 170 }}
          options={ROLES.map((r) => ({ value: r, label: tr(`role.${r}`, r) }))}
        />
        <Select<ActiveFilter>
          value={active}
          onChange={changeFilter(setActive)}
          style={{ width: 130 }}
          options={[
            { value: 'all', label: `${t('users.filterActive')}: ${t('common.all')}` },
            { value: 'active', label: t('users.active') },
            { value: 'inactive', label: t('users.inactive') },
          ]}
        />
        <Select<SortKey>
          value={sort}
          onChange={changeFilter(setSort)}
          style={{ width: 200 }}
          options={[
            { value: 'USERNAME', label: t('users.sortUsername') },
            { value: 'CREATED_AT', label: t('users.sortCreated') },
          ]}
        />
      </Space>
      <PendingRoleGrants key={grantsVersion} onDecided={refetch} />
      {result.error && <ErrorAlert error={result.error} onRetry={refetch} style={{ marginBottom: 16 }} />}
      <Table<UserRow>
        rowKey="id"
        size="middle"
        loading={result.fetching}
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="users-table"
      />
      <CursorPager
        paging={paging}
        totalCount={connection?.totalCount}
        hasNextPage={connection?.pageInfo.hasNextPage ?? false}
        endCursor={connection?.pageInfo.endCursor}
        loading={result.fetching}
      />
      {editing && (
        <UserFormModal
          open
          user={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            // Editing oneself can change one's own roles, and so the menu.
            if (editing !== 'new' && editing.id === me?.id) refreshMe();
            setEditing(null);
            setGrantsVersion((v) => v + 1);
            refetch();
          }}
        />
      )}
      <PasswordModal user={passwordFor} onClose={() => setPasswordFor(null)} />
    </Card>
  );
}
