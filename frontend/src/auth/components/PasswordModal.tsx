import { useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import { applyUserErrors, userErrorMessage } from '../../api/userErrors';
import { MessagesAlert } from '../../components/ErrorAlert';
import { ModalFooter } from '../../components/ModalFooter';
import { useI18n } from '../../i18n/useI18n';
import { userSetPasswordMutation } from '../mutations';
import { passwordRules } from '../validation';
import { confirmRules, type UserRow } from './UserFormModal';

interface PasswordValues {
  password: string;
  confirmPassword: string;
}

/** Set a new password for another user. */
export function PasswordModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const { t, tr, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [{ fetching }, setPassword] = useMutation(userSetPasswordMutation);

  const onFinish = async (values: PasswordValues) => {
    if (!user) return;
    setGeneral([]);
    const result = await setPassword({ id: user.id, password: values.password });
    if (result.error) {
      setGeneral([describeError(result.error, t).message]);
      return;
    }
    const errors = result.data?.userSetPassword.errors ?? [];
    if (errors.length > 0) {
      setGeneral(
        applyUserErrors(
          form,
          errors.map((e) => ({ ...e, message: userErrorMessage(e, locale, tr) })),
          ['password'],
        ),
      );
      return;
    }
    message.success(t('users.passwordReset', { name: user.displayName }));
    onClose();
  };

  return (
    <Modal
      open={!!user}
      title={user ? t('users.resetPasswordFor', { name: user.displayName }) : ''}
      onCancel={onClose}
      footer={
        <ModalFooter
          onCancel={onClose}
          onOk={() => form.submit()}
          okText={t('common.save')}
          loading={fetching}
          testId="password-form-submit"
        />
      }
      destroyOnHidden
    >
      <MessagesAlert messages={general} />
      <Form<PasswordValues> form={form} layout="vertical" onFinish={onFinish} preserve={false} name="password-form">
        <Form.Item label={t('users.newPassword')} name="password" rules={passwordRules(t)} hasFeedback>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('users.confirmPassword')}
          name="confirmPassword"
          dependencies={['password']}
          rules={confirmRules(t)}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {/* Lets Enter in a field submit the form, like the footer's button. */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
