import { useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { CheckCircleOutlined, CommentOutlined, EyeOutlined, UserSwitchOutlined } from '@ant-design/icons';
import type { CombinedError } from '@urql/core';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { applyUserErrors, userErrorMessage, type UserErrorLike } from '../../api/userErrors';
import { hasPermission, useAuth } from '../../auth/AuthContext';
import { MessagesAlert } from '../../components/ErrorAlert';
import { ModalFooter } from '../../components/ModalFooter';
import type { AlertStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { allowedActions } from '../alertFilter';
import { alertAcknowledgeMutation, alertAssignMutation, alertCommentMutation, alertResolveMutation } from '../mutations';
import { alertAssigneesQuery } from '../queries';

type Action = 'acknowledge' | 'assign' | 'comment' | 'resolve';

export interface ActionTarget {
  id: string;
  version: number;
  status: AlertStatus;
  assignee?: { id: string } | null;
}

interface ActionValues {
  note?: string;
  text?: string;
  assigneeId?: string | null;
}

const NOTE_MAX = 2000;
/** Picker value standing for "nobody" (a Select option cannot hold null). */
const NOBODY = '__nobody__';

type Answer = { error?: CombinedError; errors: readonly UserErrorLike[] };

/**
 * The work on one alert: acknowledge (optional note), assign, comment, resolve (note required).
 * Buttons show only to users holding alert:manage, and only where the status allows the action;
 * whatever the server refuses (a stale version, a resolved alert) is shown in the dialog; a
 * CONFLICT (the version sent as expectedVersion is stale) also reloads the alert.
 */
export function AlertActions({ alert, onDone, onConflict }: { alert: ActionTarget; onDone: () => void; onConflict: () => void }) {
  const { t } = useI18n();
  const { me } = useAuth();
  const [open, setOpen] = useState<Action | null>(null);
  if (!hasPermission(me, 'alert:manage')) return null;
  const allowed = allowedActions(alert.status);

  return (
    <>
      <Space wrap data-testid="alert-actions">
        {allowed.acknowledge && (
          <Button type="primary" icon={<EyeOutlined />} onClick={() => setOpen('acknowledge')} data-testid="alert-acknowledge">
            {t('monitoring.action.acknowledge')}
          </Button>
        )}
        {allowed.assign && (
          <Button icon={<UserSwitchOutlined />} onClick={() => setOpen('assign')} data-testid="alert-assign">
            {t('monitoring.action.assign')}
          </Button>
        )}
        {allowed.comment && (
          <Button icon={<CommentOutlined />} onClick={() => setOpen('comment')} data-testid="alert-comment">
            {t('monitoring.action.comment')}
          </Button>
        )}
        {allowed.resolve && (
          <Button icon={<CheckCircleOutlined />} onClick={() => setOpen('resolve')} data-testid="alert-resolve">
            {t('monitoring.action.resolve')}
          </Button>
        )}
      </Space>
      {open && (
        <ActionModal
          key={open}
          action={open}
          alert={alert}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onDone();
          }}
          onConflict={onConflict}
        />
      )}
    </>
  );
}

function ActionModal({
  action,
  alert,
  onClose,
  onDone,
  onConflict,
}: {
  action: Action;
  alert: ActionTarget;
  onClose: () => void;
  onDone: () => void;
  onConflict: () => void;
}) {
  const { t, tr, locale } = useI18n();
  const { me } = useAuth();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [ack, acknowledge] = useMutation(alertAcknowledgeMutation);
  const [asg, assign] = useMutation(alertAssignMutation);
  const [com, comment] = useMutation(alertCommentMutation);
  const [res, resolve] = useMutation(alertResolveMutation);
  // Everyone who may manage alerts can pick among the colleagues who may too.
  const canPick = hasPermission(me, 'alert:manage');
  const [assignees] = useQuery({ query: alertAssigneesQuery, pause: action !== 'assign' || !canPick });
  const fetching = ack.fetching || asg.fetching || com.fetching || res.fetching;

  const finish = (answer: Answer) => {
    if (answer.error) {
      setGeneral([describeError(answer.error, t).message]);
      return;
    }
    if (answer.errors.length) {
      const errors = answer.errors.map((e) => ({ ...e, message: userErrorMessage(e, locale, tr) }));
      if (errors.some((e) => e.code === 'CONFLICT')) {
        // Someone else changed the alert: say so and read it again behind the dialog.
        setConflict(true);
        onConflict();
      }
      setGeneral(applyUserErrors(form, errors, ['note', 'text', 'assigneeId']));
      return;
    }
    message.success(t(`monitoring.action.done.${action}`));
    onDone();
  };

  const submit = async (values: ActionValues) => {
    setGeneral([]);
    setConflict(false);
    const target = { id: alert.id, expectedVersion: alert.version };
    if (action === 'acknowledge') {
      const r = await acknowledge({ ...target, note: (values.note ?? '').trim() });
      finish({ error: r.error, errors: r.data?.alertAcknowledge.errors ?? [] });
    } else if (action === 'assign') {
      const assigneeId = values.assigneeId === NOBODY ? null : (values.assigneeId ?? null);
      const r = await assign({ ...target, assigneeId });
      finish({ error: r.error, errors: r.data?.alertAssign.errors ?? [] });
    } else if (action === 'comment') {
      const r = await comment({ id: alert.id, text: (values.text ?? '').trim() });
      finish({ error: r.error, errors: r.data?.alertComment.errors ?? [] });
    } else {
      const r = await resolve({ ...target, note: (values.note ?? '').trim() });
      finish({ error: r.error, errors: r.data?.alertResolve.errors ?? [] });
    }
  };

  const assigneeOptions = [
    ...(me ? [{ value: me.id, label: t('monitoring.action.assignToMe', { name: me.displayName }) }] : []),
    ...(assignees.data?.alertAssignees
      .filter((user) => user.id !== me?.id)
      .map((user) => ({ value: user.id, label: `${user.displayName} (${user.username})` })) ?? []),
    { value: NOBODY, label: t('monitoring.action.unassign') },
  ];

  return (
    <Modal
      open
      title={t(`monitoring.action.${action}`)}
      onCancel={onClose}
      destroyOnHidden
      footer={<ModalFooter onCancel={onClose} onOk={() => form.submit()} okText={t('common.confirm')} loading={fetching} testId="alert-action-submit" />}
    >
      <MessagesAlert messages={general} />
      {conflict && (
        <Button
          size="small"
          style={{ marginBottom: 12 }}
          onClick={() => {
            onConflict();
            onClose();
          }}
          data-testid="alert-action-reload"
        >
          {t('monitoring.action.reload')}
        </Button>
      )}
      <Form<ActionValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        name={`alert-${action}`}
        initialValues={{ assigneeId: alert.assignee?.id ?? me?.id ?? NOBODY }}
      >
        {(action === 'acknowledge' || action === 'resolve') && (
          <Form.Item
            name="note"
            label={t(action === 'resolve' ? 'monitoring.action.resolveNote' : 'monitoring.action.note')}
            rules={
              action === 'resolve'
                ? [
                    { required: true, whitespace: true, message: t('monitoring.action.noteRequired') },
                    { max: NOTE_MAX, message: t('monitoring.action.tooLong', { max: NOTE_MAX }) },
                  ]
                : [{ max: NOTE_MAX, message: t('monitoring.action.tooLong', { max: NOTE_MAX }) }]
            }
          >
            <Input.TextArea rows={3} maxLength={NOTE_MAX} data-testid="alert-action-note" />
          </Form.Item>
        )}
        {action === 'comment' && (
          <Form.Item
            name="text"
            label={t('monitoring.action.commentText')}
            rules={[
              { required: true, whitespace: true, message: t('monitoring.action.commentRequired') },
              { max: NOTE_MAX, message: t('monitoring.action.tooLong', { max: NOTE_MAX }) },
            ]}
          >
            <Input.TextArea rows={3} maxLength={NOTE_MAX} data-testid="alert-action-text" />
          </Form.Item>
        )}
        {action === 'assign' && (
          <Form.Item name="assigneeId" label={t('monitoring.action.assignee')} extra={canPick ? undefined : t('monitoring.action.assignHint')}>
            <Select loading={assignees.fetching} options={assigneeOptions} data-testid="alert-action-assignee" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
