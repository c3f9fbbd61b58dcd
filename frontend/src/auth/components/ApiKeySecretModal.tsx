import { Alert, App, Button, Input, Modal, Space, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/useI18n';

/** Show a new key's secret, the only time the server ever returns it. */
export function ApiKeySecretModal({
  secret,
  name,
  onClose,
}: {
  secret: string | null;
  name: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();

  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      message.success(t('common.copied'));
    } catch {
      message.error(t('common.copyFailed'));
    }
  };

  return (
    <Modal
      open={!!secret}
      title={`${t('apiKeys.secretTitle')} · ${name}`}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="api-key-secret-done">
          {t('apiKeys.secretDone')}
        </Button>
      }
      data-testid="api-key-secret-modal"
    >
      <Alert type="warning" showIcon title={t('apiKeys.secretWarning')} style={{ marginBottom: 16 }} />
      <Typography.Text strong>{t('apiKeys.secretLabel')}</Typography.Text>
      <Space.Compact style={{ width: '100%', marginTop: 8 }}>
        <Input
          readOnly
          value={secret ?? ''}
          onFocus={(e) => e.target.select()}
          style={{ fontFamily: 'monospace' }}
          data-testid="api-key-secret"
        />
        <Button icon={<CopyOutlined />} onClick={copy} data-testid="api-key-secret-copy">
          {t('common.copy')}
        </Button>
      </Space.Compact>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('apiKeys.secretUsage')}
      </Typography.Paragraph>
    </Modal>
  );
}
