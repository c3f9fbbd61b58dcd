import type { ReactNode } from 'react';
import {
  AppstoreOutlined,
  AuditOutlined,
  BulbOutlined,
  CloudUploadOutlined,
  ClusterOutlined,
  ContactsOutlined,
  FileSyncOutlined,
  HomeOutlined,
  KeyOutlined,
  LineChartOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
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
  /** The submenu the entry sits in (a key of NAV_PARENTS); none = top level. */
  parent?: NavParentKey;
}

export type NavParentKey = 'customers';

/** Submenus of the main menu; a submenu shows when any of its entries does. */
export const NAV_PARENTS: Readonly<Record<NavParentKey, { labelKey: MessageKey; icon: ReactNode }>> = {
  customers: { labelKey: 'menu.customers', icon: <ContactsOutlined /> },
};

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
    key: 'customers',
    path: '/customers',
    labelKey: 'menu.customerSearch',
    icon: <SearchOutlined />,
    permission: 'customer:read',
    group: 'main',
    parent: 'customers',
  },
  {
    key: 'segments',
    path: '/customers/segments',
    labelKey: 'menu.segments',
    icon: <ClusterOutlined />,
    permission: 'customer:read',
    group: 'main',
    parent: 'customers',
  },
  {
    key: 'needs',
    path: '/customers/needs',
    labelKey: 'menu.needs',
    icon: <BulbOutlined />,
    permission: 'customer:read',
    group: 'main',
    parent: 'customers',
  },
  {
    key: 'forecast',
    path: '/customers/forecast',
    labelKey: 'menu.forecast',
    icon: <LineChartOutlined />,
    permission: 'report:read',
    group: 'main',
    parent: 'customers',
  },
  {
    key: 'customerImport',
    path: '/customers/import',
    labelKey: 'menu.customerImport',
    icon: <CloudUploadOutlined />,
    permission: 'customer:import',
    group: 'main',
    parent: 'customers',
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
