import { Badge, Button, Tooltip } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/useI18n';
import { useAlertFeed } from '../feedContext';

/** The header's bell: how many CRITICAL alerts arrived and were not looked at yet. */
export function AlertBell() {
  const { t } = useI18n();
  const feed = useAlertFeed();
  if (!feed.enabled) return null;
  const count = feed.unseen.size;
  return (
    <Tooltip title={count ? t('monitoring.feed.unseen', { count }) : t('menu.alertFeed')}>
      <Link to="/monitoring/feed" data-testid="alert-bell" data-unseen={count}>
        <Badge count={count} size="small" overflowCount={99} data-testid="alert-bell-count">
          <Button type="text" shape="circle" icon={<BellOutlined />} aria-label={t('menu.alertFeed')} danger={count > 0} />
        </Badge>
      </Link>
    </Tooltip>
  );
}

/** The live feed's menu entry badge: the same unseen CRITICAL count. */
export function FeedMenuBadge() {
  const feed = useAlertFeed();
  const count = feed.unseen.size;
  if (!count) return null;
  return <Badge count={count} size="small" overflowCount={99} style={{ marginInlineStart: 8 }} data-testid="alert-feed-menu-badge" />;
}
