import type { ComponentType, ReactNode } from 'react';
import {
  AlertOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BulbOutlined,
  CloudUploadOutlined,
  ClusterOutlined,
  ContactsOutlined,
  ControlOutlined,
  DashboardOutlined,
  FileSyncOutlined,
  FundOutlined,
  HomeOutlined,
  KeyOutlined,
  TransactionOutlined,
  LineChartOutlined,
  RadarChartOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  TeamOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import type { MessageKey } from '../i18n/messages';
import { FeedMenuBadge } from '../monitoring/components/AlertBell';
import { performanceMenu, performanceMenuParent } from '../monitoring/performance/menu';

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
  /** Shown after the label, e.g. a count of things waiting (rendered inside the signed-in frame). */
  badge?: ComponentType;
}

export type NavParentKey = 'customers' | 'monitoring' | 'performance';

/** Submenus of the main menu; a submenu shows when any of its entries does. */
export const NAV_PARENTS: Readonly<Record<NavParentKey, { labelKey: MessageKey; icon: ReactNode }>> = {
  customers: { labelKey: 'menu.customers', icon: <ContactsOutlined /> },
  monitoring: { labelKey: 'menu.monitoring', icon: <RadarChartOutlined /> },
  performance: performanceMenuParent,
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
    // Exchange rates: everyone reads them (totals convert at them); risk officers keep them.
    key: 'fxRates',
    path: '/products/fx-rates',
    labelKey: 'menu.fxRates',
    icon: <TransactionOutlined />,
    permission: 'product:read',
    group: 'main',
  },
  {
    // Benchmark rates (LPR, deposit benchmarks): everyone reads them; risk officers keep them.
    key: 'benchmarkRates',
    path: '/products/benchmark-rates',
    labelKey: 'menu.benchmarkRates',
    icon: <FundOutlined />,
    permission: 'product:read',
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
    key: 'monitoringDashboard',
    path: '/monitoring',
    labelKey: 'menu.monitoringDashboard',
    icon: <DashboardOutlined />,
    permission: 'monitoring:read',
    group: 'main',
    parent: 'monitoring',
  },
  {
    key: 'alertFeed',
    path: '/monitoring/feed',
    labelKey: 'menu.alertFeed',
    icon: <ThunderboltOutlined />,
    permission: 'monitoring:read',
    group: 'main',
    parent: 'monitoring',
    badge: FeedMenuBadge,
  },
  {
    key: 'alerts',
    path: '/monitoring/alerts',
    labelKey: 'menu.alerts',
    icon: <AlertOutlined />,
    permission: 'monitoring:read',
    group: 'main',
    parent: 'monitoring',
  },
  {
    // Everyone who reads monitoring sees the rules; only monitoring:write edits them.
    key: 'riskRules',
    path: '/monitoring/rules',
    labelKey: 'menu.riskRules',
    icon: <ControlOutlined />,
    permission: 'monitoring:read',
    group: 'main',
    parent: 'monitoring',
  },
  ...performanceMenu,
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
