import { useMemo, useState } from 'react';
import { Avatar, Button, Dropdown, Layout, Menu, Segmented, Space, Typography, theme } from 'antd';
import type { MenuProps } from 'antd';
import { BankOutlined, DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { useI18n } from '../i18n/useI18n';
import { LOCALES, type Locale } from '../i18n/messages';
import { AlertBell } from '../monitoring/components/AlertBell';
import { AlertFeedProvider } from '../monitoring/components/AlertFeedProvider';
import { NAV_PARENTS, navItemForPath, visibleNavItems, type NavItem, type NavParentKey } from './navigation';

const { Header, Sider, Content } = Layout;

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Segmented<Locale>
      size="small"
      value={locale}
      onChange={setLocale}
      aria-label={t('lang.label')}
      data-testid="lang-switch"
      options={LOCALES.map((value) => ({
        value,
        label: <span data-testid={`lang-${value}`}>{t(`lang.${value}`)}</span>,
      }))}
    />
  );
}

function menuItems(
  items: NavItem[],
  label: (item: NavItem) => string,
  groupLabel: string,
  parentLabel: (parent: NavParentKey) => string,
): MenuProps['items'] {
  const toItem = (item: NavItem) => ({
    key: item.key,
    icon: item.icon,
    label: (
      <Link to={item.path} data-testid={`nav-${item.key}`}>
        {label(item)}
        {item.badge && <item.badge />}
      </Link>
    ),
  });
  // Entries of a submenu are gathered where its first visible entry would stand.
  const main: NonNullable<MenuProps['items']> = [];
  const submenus = new Map<NavParentKey, { key: string; icon: React.ReactNode; label: string; children: ReturnType<typeof toItem>[] }>();
  for (const item of items.filter((entry) => entry.group === 'main')) {
    if (!item.parent) {
      main.push(toItem(item));
      continue;
    }
    let submenu = submenus.get(item.parent);
    if (!submenu) {
      const parent = NAV_PARENTS[item.parent];
      submenu = { key: `group-${item.parent}`, icon: parent.icon, label: parentLabel(item.parent), children: [] };
      submenus.set(item.parent, submenu);
      main.push(submenu);
    }
    submenu.children.push(toItem(item));
  }
  const admin = items.filter((item) => item.group === 'admin').map(toItem);
  return admin.length > 0 ? [...main, { type: 'group', key: 'admin', label: groupLabel, children: admin }] : main;
}

/** The signed-in frame: menu by permission, language switch, user menu. */
export function AppLayout() {
  const { me, signOut } = useAuth();
  const { t, tr } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();

  const visible = useMemo(() => visibleNavItems(me?.permissions ?? []), [me]);
  const selected = navItemForPath(location.pathname, visible);
  if (!me) return null;

  const userMenu: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <div style={{ maxWidth: 260 }}>
          <div>
            {me.displayName} <Typography.Text type="secondary">({me.username})</Typography.Text>
          </div>
          <Typography.Text type="secondary" style={{ whiteSpace: 'normal' }} data-testid="user-roles">
            {me.roles.map((role) => tr(`role.${role}`, role)).join(' · ')}
          </Typography.Text>
        </div>
      ),
    },
    { type: 'divider' },
    {
      key: 'signOut',
      icon: <LogoutOutlined />,
      label: <span data-testid="sign-out">{t('auth.signOut')}</span>,
      onClick: async () => {
        await signOut();
        navigate('/login', { replace: true, state: { signedOut: true } });
      },
    },
  ];

  // The live alert feed runs for the whole signed-in console, so a CRITICAL alert is noticed
  // on any page (it stays idle for users who may not read monitoring data).
  return (
    <AlertFeedProvider>
      <Layout style={{ minHeight: '100vh' }}>
        <Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          theme="light"
          style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
        >
          <Link
            to="/"
            style={{ display: 'flex', alignItems: 'center', gap: 8, height: 64, paddingInline: 24, color: token.colorPrimary }}
          >
            <BankOutlined style={{ fontSize: 22 }} />
            {!collapsed && <strong style={{ fontSize: 16 }}>{t('app.shortName')}</strong>}
          </Link>
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected.key] : []}
            items={menuItems(
              visible,
              (item) => t(item.labelKey),
              t('menu.admin'),
              (parent) => t(NAV_PARENTS[parent].labelKey),
            )}
            defaultOpenKeys={Object.keys(NAV_PARENTS).map((key) => `group-${key}`)}
            style={{ borderInlineEnd: 'none' }}
            data-testid="side-menu"
          />
        </Sider>
        <Layout>
          <Header
            style={{
              background: token.colorBgContainer,
              paddingInline: 24,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'space-between',
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
            }}
          >
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="app-title">
              {t('app.name')}
            </Typography.Title>
            <Space size="large">
              <AlertBell />
              <LanguageSwitch />
              <Dropdown menu={{ items: userMenu }} trigger={['click']} placement="bottomRight">
                <Button type="text" data-testid="user-menu">
                  <Space>
                    <Avatar size="small" icon={<UserOutlined />} />
                    <span data-testid="user-display-name">{me.displayName}</span>
                    <DownOutlined style={{ fontSize: 10 }} />
                  </Space>
                </Button>
              </Dropdown>
            </Space>
          </Header>
          <Content style={{ margin: 24 }}>
            <Outlet />
          </Content>
        </Layout>
      </Layout>
    </AlertFeedProvider>
  );
}
