import { useState } from 'react';
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import { applyUserErrors, userErrorMessage } from '../../api/userErrors';
import { MessagesAlert } from '../../components/ErrorAlert';
import { ModalFooter } from '../../components/ModalFooter';
import type { Role, UserListQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { ROLES } from '../enums';
import { userCreateMutation, userUpdateMutation } from '../mutations';
import { displayNameRules, passwordRules, rolesRules, usernameRules } from '../validation';

export type UserRow = UserListQuery['users']['edges'][number]['node'];

interface UserFormValues {
  username: string;
  displayName: string;
  branch?: string;
  roles: Role[];
  password: string;
  confirmPassword: string;
  isActive: boolean;
}

const FIELDS = ['username', 'displayName', 'branch', 'roles', 'password', 'isActive'];

/** Create a user (`user` absent) or edit one. */
export function UserFormModal({
  user,
  open,
  onClose,
  onSaved,
}: {
  user?: UserRow;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, tr, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserFormValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [createState, create] = useMutation(userCreateMutation);
  const [updateState, update] = useMutation(userUpdateMutation);
  const editing = !!user;

  const onFinish = async (values: UserFormValues) => {
    setGeneral([]);
    const common = {
      displayName: values.displayName.trim(),
      branch: (values.branch ?? '').trim(),
      roles: values.roles,
    };
    const result = editing
      ? await update({ id: user.id, input: { ...common, isActive: values.isActive } })
      : await create({ input: { ...common, username: values.username, password: values.password } });
    if (result.error) {
      const problem = describeError(result.error, t);
      setGeneral([problem.correlationId ? `${problem.message} (${problem.correlationId})` : problem.message]);
      return;
    }
    const data = result.data;
    const payload = data && ('userUpdate' in data ? data.userUpdate : 'userCreate' in data ? data.userCreate : null);
    if (!payload) return;
    if (payload.errors.length > 0) {
      setGeneral(
        applyUserErrors(
          form,
          payload.errors.map((e) => ({ ...e, message: userErrorMessage(e, locale, tr) })),
          FIELDS,
        ),
      );
      return;
    }
    const name = payload.user?.displayName ?? values.displayName;
    message.success(t(editing ? 'users.updated' : 'users.created', { name }));
    if (payload.roleGrant) {
      const roles = payload.roleGrant.added.map((r) => tr(`role.${r}`, r)).join('、');
      message.info(t('users.grantAwaits', { roles }), 6);
    }
    onSaved();
  };

  return (
    <Modal
      open={open}
      title={t(editing ? 'users.edit' : 'users.create')}
      onCancel={onClose}
      footer={
        <ModalFooter
          onCancel={onClose}
          onOk={() => form.submit()}
          okText={t('common.save')}
          loading={createState.fetching || updateState.fetching}
          testId="user-form-submit"
        />
      }
      destroyOnHidden
      forceRender={false}
      data-testid="user-form-modal"
    >
      <MessagesAlert messages={general} />
      <Form<UserFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        name="user-form"
        initialValues={
          user
            ? { displayName: user.displayName, branch: user.branch, roles: user.roles, isActive: user.isActive }
            : { roles: [], isActive: true, branch: '' }
        }
      >
        {editing ? (
          <Form.Item label={t('users.username')}>
            <Input value={user.username} disabled />
          </Form.Item>
        ) : (
          <Form.Item label={t('users.username')} name="username" rules={usernameRules(t)} hasFeedback>
            <Input autoComplete="off" data-testid="user-form-username" />
          </Form.Item>
        )}
        <Form.Item label={t('users.displayName')} name="displayName" rules={displayNameRules(t)}>
          <Input data-testid="user-form-display-name" />
        </Form.Item>
        <Form.Item label={t('users.branch')} name="branch" rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('users.roles')} name="roles" rules={rolesRules(t)}>
          <Select
            mode="multiple"
            data-testid="user-form-roles"
            options={ROLES.map((role) => ({ value: role, label: tr(`role.${role}`, role) }))}
          />
        </Form.Item>
        {editing ? (
          <Form.Item label={t('users.status')} name="isActive" valuePropName="checked">
            <Switch checkedChildren={t('users.active')} unCheckedChildren={t('users.inactive')} />
          </Form.Item>
        ) : (
          <>
            <Form.Item label={t('users.password')} name="password" rules={passwordRules(t)} hasFeedback>
              <Input.Password autoComplete="new-password" data-testid="user-form-password" />
            </Form.Item>
            <Form.Item
              label={t('users.confirmPassword')}
              name="confirmPassword"
              dependencies={['password']}
              rules={confirmRules(t)}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </>
        )}
        {/* Lets Enter in a field submit the form, like the footer's button. */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}

export function confirmRules(t: ReturnType<typeof useI18n>['t']) {
  return [
    ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
      validator(_: unknown, value: unknown) {
        return value === getFieldValue('password')
          ? Promise.resolve()
          : Promise.reject(new Error(t('validation.passwordMismatch')));
      },
    }),
  ];
}
