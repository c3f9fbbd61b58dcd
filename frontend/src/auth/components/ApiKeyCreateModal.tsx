import { useState } from 'react';
import { Checkbox, Form, Input, Modal } from 'antd';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import { applyUserErrors, userErrorMessage } from '../../api/userErrors';
import { MessagesAlert } from '../../components/ErrorAlert';
import { ModalFooter } from '../../components/ModalFooter';
import type { ApiKeyScope } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { API_KEY_SCOPES } from '../enums';
import { apiKeyCreateMutation } from '../mutations';

interface ApiKeyValues {
  name: string;
  scopes: ApiKeyScope[];
}

export function ApiKeyCreateModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (name: string, secret: string) => void;
}) {
  const { t, tr, locale } = useI18n();
  const [form] = Form.useForm<ApiKeyValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [{ fetching }, create] = useMutation(apiKeyCreateMutation);

  const onFinish = async (values: ApiKeyValues) => {
    setGeneral([]);
    const result = await create({ input: { name: values.name.trim(), scopes: values.scopes } });
    if (result.error) {
      setGeneral([describeError(result.error, t).message]);
      return;
    }
    const payload = result.data?.apiKeyCreate;
    if (!payload) return;
    if (payload.errors.length > 0) {
      setGeneral(
        applyUserErrors(
          form,
          payload.errors.map((e) => ({ ...e, message: userErrorMessage(e, locale, tr) })),
          ['name', 'scopes'],
        ),
      );
      return;
    }
    if (payload.secret) onCreated(payload.apiKey?.name ?? values.name, payload.secret);
  };

  return (
    <Modal
      open={open}
      title={t('apiKeys.create')}
      onCancel={onClose}
      footer={
        <ModalFooter
          onCancel={onClose}
          onOk={() => form.submit()}
          okText={t('common.create')}
          loading={fetching}
          testId="api-key-create-submit"
        />
      }
      destroyOnHidden
      data-testid="api-key-create-modal"
    >
      <MessagesAlert messages={general} />
      <Form<ApiKeyValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        name="api-key-form"
        initialValues={{ scopes: ['CATALOG_READ'] }}
      >
        <Form.Item
          label={t('apiKeys.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('validation.nameRequired') }, { max: 100 }]}
        >
          <Input data-testid="api-key-name" />
        </Form.Item>
        <Form.Item
          label={t('apiKeys.scopes')}
          name="scopes"
          rules={[{ required: true, type: 'array', min: 1, message: t('validation.scopesRequired') }]}
        >
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={API_KEY_SCOPES.map((scope) => ({
              value: scope,
              label: `${tr(`scope.${scope}`, scope)} (${scope})`,
            }))}
          />
        </Form.Item>
        {/* Lets Enter in a field submit the form, like the footer's button. */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
