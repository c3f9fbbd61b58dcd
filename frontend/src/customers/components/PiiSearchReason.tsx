import { Form, Input, Modal, Typography } from 'antd';
import type { CustomerFilter } from '../../gql/graphql';
import { ModalFooter } from '../../components/ModalFooter';
import { useI18n } from '../../i18n/useI18n';
import { MIN_REASON_LENGTH } from './PiiReveal';

/** Whether a filter searches by exact personal data (phone or ID number), which the server
 *  allows only with customer:read_pii and a reason, audits, and limits per hour. */
export function needsSearchReason(filter: CustomerFilter): boolean {
  return Boolean(filter.idNumber || filter.phone);
}

/** The filter to send: the reason goes along only with a search by personal data. */
export function withSearchReason(filter: CustomerFilter, reason: string | undefined): CustomerFilter {
  if (!needsSearchReason(filter)) {
    const { reason: _dropped, ...rest } = filter;
    return rest;
  }
  return { ...filter, reason: reason?.trim() };
}

/** Asks why the user searches by phone or ID number (like the reveal dialog); audited. */
export function PiiSearchReasonModal({
  open,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={t('customer.piiSearch.title')}
      onCancel={onCancel}
      afterClose={() => form.resetFields()}
      footer={<ModalFooter onCancel={onCancel} onOk={() => form.submit()} okText={t('customer.piiSearch.confirm')} testId="pii-search-submit" />}
    >
      <Typography.Paragraph type="secondary">{t('customer.piiSearch.notice')}</Typography.Paragraph>
      <Form<{ reason: string }>
        form={form}
        layout="vertical"
        initialValues={{ reason: '' }}
        onFinish={(values) => onConfirm(values.reason.trim())}
        name="pii-search-reason"
      >
        <Form.Item
          name="reason"
          label={t('customer.pii.reason')}
          rules={[
            { required: true, whitespace: true, message: t('customer.pii.reasonRequired') },
            { min: MIN_REASON_LENGTH, message: t('customer.pii.reasonShort', { min: MIN_REASON_LENGTH }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="pii-search-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
