import { Badge, Button, Space, Tooltip } from 'antd';
import type { SocketStatus } from '../../api/socketStatus';
import { useI18n } from '../../i18n/useI18n';

const BADGE: Readonly<Record<SocketStatus, 'success' | 'processing' | 'warning' | 'error' | 'default'>> = {
  connected: 'success',
  connecting: 'processing',
  reconnecting: 'warning',
  failed: 'error',
  idle: 'default',
};

/** Whether live alerts flow: connected, (re)connecting, or refused with a retry button. */
export function ConnectionStatus({ status, onRetry }: { status: SocketStatus; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Space size="small" data-testid="feed-connection" data-status={status}>
      <Tooltip title={t(`monitoring.feed.connectionHint.${status}`)}>
        <Badge status={BADGE[status]} text={t(`monitoring.feed.connection.${status}`)} />
      </Tooltip>
      {status === 'failed' && (
        <Button size="small" onClick={onRetry} data-testid="feed-reconnect">
          {t('monitoring.feed.reconnect')}
        </Button>
      )}
    </Space>
  );
}
