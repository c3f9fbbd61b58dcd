import type { ReactNode } from 'react';
import {
  AppstoreOutlined,
  AuditOutlined,
  FileSyncOutlined,
  HomeOutlined,
  KeyOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { MessageKey } from '../i18n/messages';

export type NavGroup = 'main' | 'admin';

export interface NavItem {
  key: string;
  path: string;
  labelKey: MessageKey;
  icon: ReactNode;
  /** The permission a user needs to see the entry (and open the page); none = everyone. */
  permission?: string;
  group: NavGroup;
}

/**
 * Every page of the console. A new domain adds its entries here with the permission that the
 * server checks for its list query; the menu and the route guards both read this table.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', path: '/', labelKey: 'menu.home', icon: <HomeOutlined />, group: 'main' },
  {
    key: 'products',
    path: '/products',
    labelKey: 'menu.products',
    icon: <AppstoreOutlined />,
    permission: 'product:read',
    group: 'main',
  },
  {
    // The checkers' queue: everyone may read change requests, but only checkers act on them.
    key: 'productChangeRequests',
    path: '/products/change-requests',
    labelKey: 'menu.productChangeRequests',
    icon: <FileSyncOutlined />,
    permission: 'product:approve',
    group: 'main',
  },
  {
    key: 'audit',
    path: '/audit',
    labelKey: 'menu.audit',
    icon: <AuditOutlined />,
    permission: 'audit:read',
    group: 'main',
  },
  {
    key: 'users',
    path: '/admin/users',
    labelKey: 'menu.users',
    icon: <TeamOutlined />,
    permission: 'user:read',
    group: 'admin',
  },
  {
    key: 'roles',
    path: '/admin/roles',
    labelKey: 'menu.roles',
    icon: <SafetyCertificateOutlined />,
    permission: 'user:read',
    group: 'admin',
  },
  {
    key: 'apiKeys',
    path: '/admin/api-keys',
    labelKey: 'menu.apiKeys',
    icon: <KeyOutlined />,
    permission: 'apikey:read',
    group: 'admin',
  },
];

/** The entries a user with these permissions may see, in menu order. */
export function visibleNavItems(
  permissions: readonly string[],
  items: readonly NavItem[] = NAV_ITEMS,
): NavItem[] {
  const held = new Set(permissions);
  return items.filter((item) => !item.permission || held.has(item.permission));
}

/** The entry whose page contains `pathname` (the longest matching path wins). */
export function navItemForPath(
  pathname: string,
  items: readonly NavItem[] = NAV_ITEMS,
): NavItem | undefined {
  let best: NavItem | undefined;
  for (const item of items) {
    const matches =
      item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`);
    if (matches && (!best || item.path.length > best.path.length)) best = item;
  }
  return best;
}
