import { useState } from 'react';
import { Alert, App, Button, Card, Input, Modal, Space, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { userErrorMessage } from '../../api/userErrors';
import { formatDateTime } from '../../components/format';
import { RoleTags } from '../../components/RoleTags';
import type { PendingRoleGrantsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { hasPermission, useAuth } from '../AuthContext';
import { roleGrantApproveMutation, roleGrantRejectMutation } from '../mutations';
import { pendingRoleGrantsQuery } from '../queries';

type GrantRow = PendingRoleGrantsQuery['roleGrants']['edges'][number]['node'];

/**
 * Role grants that carry PII or approval rights and wait for a second admin: the maker sees
 * them waiting; another admin approves or rejects them (with a reason).
 */
export function PendingRoleGrants({ onDecided }: { onDecided: () => void }) {
  const { t, locale, tr } = useI18n();
  const { message } = App.useApp();
  const { me } = useAuth();
  const canDecide = hasPermission(me, 'user:approve_role');
  const [result, reexecute] = useQuery({ query: pendingRoleGrantsQuery, requestPolicy: 'cache-and-network' });
  const [, approve] = useMutation(roleGrantApproveMutation);
  const [, reject] = useMutation(roleGrantRejectMutation);
  const [rejecting, setRejecting] = useState<GrantRow | null>(null);
  const [reason, setReason] = useState('');
  const grants = result.data?.roleGrants.edges.map((edge) => edge.node) ?? [];

  const done = () => {
    reexecute({ requestPolicy: 'network-only' });
    onDecided();
  };
  const report = (
    outcome: Awaited<ReturnType<typeof approve>> | Awaited<ReturnType<typeof reject>>,
    success: string,
  ): boolean => {
    if (outcome.error) {
      message.error(describeError(outcome.error, t).message);
      return false;
    }
    const data = outcome.data;
    const payload = data && ('roleGrantApprove' in data ? data.roleGrantApprove : data.roleGrantReject);
    const errors = payload?.errors ?? [];
    if (errors.length > 0) {
      message.error(errors.map((e) => userErrorMessage(e, locale, tr)).join('；'));
      return false;
    }
    message.success(success);
    return true;
  };

  if (grants.length === 0) return null;
  const columns: TableColumnsType<GrantRow> = [
    {
      title: t('users.username'),
      key: 'user',
      render: (_: unknown, grant) => <Typography.Text code>{grant.user?.username}</Typography.Text>,
    },
    { title: t('users.grantRoles'), dataIndex: 'roles', key: 'roles', render: (roles: string[]) => <RoleTags roles={roles} /> },
    { title: t('users.grantAdds'), dataIndex: 'added', key: 'added', render: (roles: string[]) => <RoleTags roles={roles} /> },
    {
      title: t('users.grantRequestedBy'),
      key: 'requestedBy',
      render: (_: unknown, grant) => grant.requestedBy?.displayName ?? '—',
    },
    { title: t('users.grantRequestedAt'), dataIndex: 'requestedAt', key: 'requestedAt', render: (v: string) => formatDateTime(v) },
  ];
  if (canDecide) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, grant) => {
        const own = grant.requestedBy?.id === me?.id;
        const subject = grant.user?.id === me?.id;
        const name = grant.user?.displayName ?? '';
        return (
          <Space>
            <Tooltip title={own ? t('users.grantOwn') : subject ? t('users.grantSubject') : undefined}>
              <Button
                size="small"
                type="primary"
                disabled={own || subject}
                data-testid={`grant-approve-${grant.user?.username}`}
                onClick={async () => {
                  if (report(await approve({ id: grant.id }), t('users.grantApproved', { name }))) done();
                }}
              >
                {t('users.grantApprove')}
              </Button>
            </Tooltip>
            <Button size="small" danger data-testid={`grant-reject-${grant.user?.username}`} onClick={() => setRejecting(grant)}>
              {t('users.grantReject')}
            </Button>
          </Space>
        );
      },
    });
  }

  return (
    <Card size="small" title={t('users.pendingGrants')} style={{ marginBottom: 16 }} data-testid="pending-role-grants">
      <Alert type="info" showIcon message={t('users.pendingGrantsHint')} style={{ marginBottom: 12 }} />
      <Table<GrantRow> rowKey="id" size="small" columns={columns} dataSource={grants} pagination={false} />
      <Modal
        open={!!rejecting}
        title={t('users.grantRejectTitle', { name: rejecting?.user?.displayName ?? '' })}
        okText={t('users.grantReject')}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        cancelText={t('common.cancel')}
        onCancel={() => setRejecting(null)}
        onOk={async () => {
          if (!rejecting) return;
          const name = rejecting.user?.displayName ?? '';
          if (report(await reject({ id: rejecting.id, reason: reason.trim() }), t('users.grantRejected', { name }))) {
            setRejecting(null);
            setReason('');
            done();
          }
        }}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          value={reason}
          placeholder={t('users.grantRejectReason')}
          onChange={(e) => setReason(e.target.value)}
          data-testid="grant-reject-reason"
        />
      </Modal>
    </Card>
  );
}
