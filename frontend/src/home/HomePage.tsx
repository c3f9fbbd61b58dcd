import { Card, Descriptions, Typography } from 'antd';
import { useAuth } from '../auth/AuthContext';
import { formatDateTime } from '../components/format';
import { PermissionTags, RoleTags } from '../components/RoleTags';
import { useI18n } from '../i18n/useI18n';

export function HomePage() {
  const { me } = useAuth();
  const { t } = useI18n();
  if (!me) return null;
  return (
    <Card data-testid="home-welcome">
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="home-title">
        {t('home.welcome', { name: me.displayName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
      <Descriptions
        column={1}
        bordered
        size="middle"
        styles={{ label: { width: 160 } }}
        items={[
          { key: 'username', label: t('home.username'), children: me.username },
          { key: 'branch', label: t('home.branch'), children: me.branch || '—' },
          { key: 'roles', label: t('home.roles'), children: <RoleTags roles={me.roles} /> },
          {
            key: 'permissions',
            label: t('home.permissions'),
            children: <PermissionTags permissions={me.permissions} />,
          },
          { key: 'lastLogin', label: t('home.lastLogin'), children: formatDateTime(me.lastLoginAt) },
        ]}
      />
    </Card>
  );
}
