import { useCallback, useEffect, useState } from 'react';
import { App, Button, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import { applyUserErrors, userErrorMessage } from '../../api/userErrors';
import { MessagesAlert } from '../../components/ErrorAlert';
import { ModalFooter } from '../../components/ModalFooter';
import type { PiiField } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { revealFromAnswer, secondsLeft, type RevealedPii } from '../masking';
import { customerPiiRevealMutation } from '../mutations';

export const PII_FIELDS: readonly PiiField[] = ['ID_NUMBER', 'PHONE', 'CARD_NUMBER'];
export const MIN_REASON_LENGTH = 4;

/**
 * The plaintext a reveal brought, for one minute. It is dropped when the customer changes or
 * the page is left (the state lives in the page), and the clock ticks only while it shows.
 */
export function useTimedReveal(customerId: string) {
  const [reveal, setReveal] = useState<RevealedPii | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => setReveal(null), [customerId]);
  useEffect(() => {
    if (!reveal) return undefined;
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= reveal.expiresAt) setReveal(null);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [reveal]);
  const start = useCallback((value: RevealedPii) => {
    setNow(Date.now());
    setReveal(value);
  }, []);
  const hide = useCallback(() => setReveal(null), []);
  return { reveal, now, start, hide, secondsLeft: secondsLeft(reveal, now) };
}

interface RevealValues {
  reason: string;
  fields: PiiField[];
}

/** "显示完整信息": asks for a reason, then shows the plaintext for a minute (audited on the server). */
export function PiiRevealButton({
  customerId,
  reveal,
}: {
  customerId: string;
  reveal: ReturnType<typeof useTimedReveal>;
}) {
  const { t, tr, locale } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<RevealValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [state, send] = useMutation(customerPiiRevealMutation);

  if (reveal.reveal) {
    return (
      <Button icon={<EyeInvisibleOutlined />} onClick={reveal.hide} data-testid="pii-hide">
        {t('customer.pii.hide', { seconds: reveal.secondsLeft })}
      </Button>
    );
  }

  const submit = async (values: RevealValues) => {
    setGeneral([]);
    const answer = await send({ id: customerId, reason: values.reason.trim(), fields: values.fields });
    if (answer.error) {
      setGeneral([describeError(answer.error, t).message]);
      return;
    }
    const payload = answer.data?.customerPiiReveal;
    if (!payload) return;
    if (payload.errors.length) {
      const errors = payload.errors.map((e) => ({ ...e, message: userErrorMessage(e, locale, tr) }));
      setGeneral(applyUserErrors(form, errors, ['reason', 'fields']));
      return;
    }
    reveal.start(revealFromAnswer(payload, Date.now()));
    message.info(t('customer.pii.shown'));
    setOpen(false);
    form.resetFields();
  };

  return (
    <>
      <Button icon={<EyeOutlined />} onClick={() => setOpen(true)} data-testid="pii-reveal">
        {t('customer.pii.reveal')}
      </Button>
      <Modal
        open={open}
        title={t('customer.pii.title')}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        footer={
          <ModalFooter
            onCancel={() => setOpen(false)}
            onOk={() => form.submit()}
            okText={t('customer.pii.confirm')}
            loading={state.fetching}
            testId="pii-reveal-submit"
          />
        }
      >
        <Typography.Paragraph type="secondary">{t('customer.pii.notice')}</Typography.Paragraph>
        <MessagesAlert messages={general} />
        <Form<RevealValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ fields: [...PII_FIELDS], reason: '' }}
          name="pii-reveal"
        >
          <Form.Item
            name="fields"
            label={t('customer.pii.fields')}
            rules={[{ required: true, type: 'array', min: 1, message: t('customer.pii.fieldsRequired') }]}
          >
            <Checkbox.Group options={PII_FIELDS.map((f) => ({ value: f, label: t(`customer.pii.field.${f}`) }))} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('customer.pii.reason')}
            rules={[
              { required: true, whitespace: true, message: t('customer.pii.reasonRequired') },
              { min: MIN_REASON_LENGTH, message: t('customer.pii.reasonShort', { min: MIN_REASON_LENGTH }) },
            ]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="pii-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
