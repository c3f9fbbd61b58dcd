import { Button, Space } from 'antd';
import { useI18n } from '../i18n/useI18n';

/** Cancel / submit buttons for a form in a modal; the submit button gets a test id. */
export function ModalFooter({
  onCancel,
  onOk,
  okText,
  loading,
  testId,
}: {
  onCancel: () => void;
  onOk: () => void;
  okText: string;
  loading?: boolean;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <Space>
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Button type="primary" onClick={onOk} loading={loading} data-testid={testId}>
        {okText}
      </Button>
    </Space>
  );
}
