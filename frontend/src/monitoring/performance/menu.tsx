import type { ReactNode } from 'react';
import { BarChartOutlined, DatabaseOutlined, FundOutlined, ToolOutlined } from '@ant-design/icons';
import type { PerformanceMessageKey } from './i18n.zh-CN';

// The performance area's menu entries, shaped like the console's NavItem so they can be spread
// into NAV_ITEMS (components/navigation.tsx) once 'performance' is a NavParentKey. This module
// imports no page, so navigation.tsx can import it without a cycle.

export const PERFORMANCE_NAV_PARENT = 'performance' as const;

/** The submenu the entries sit in: add as NAV_PARENTS.performance. */
export const performanceMenuParent: { labelKey: PerformanceMessageKey; icon: ReactNode } = {
  labelKey: 'menu.performance',
  icon: <FundOutlined />,
};

export interface PerformanceNavEntry {
  key: 'performanceReport' | 'performanceSuggestions' | 'performanceReference';
  path: string;
  labelKey: PerformanceMessageKey;
  icon: ReactNode;
  /** The permission the server checks for the page's main query. */
  permission: string;
  group: 'main';
  parent: typeof PERFORMANCE_NAV_PARENT;
}

export const performanceMenu: readonly PerformanceNavEntry[] = [
  {
    key: 'performanceReport',
    path: '/performance',
    labelKey: 'menu.performanceReport',
    icon: <BarChartOutlined />,
    permission: 'report:read',
    group: 'main',
    parent: PERFORMANCE_NAV_PARENT,
  },
  {
    key: 'performanceSuggestions',
    path: '/performance/suggestions',
    labelKey: 'menu.performanceSuggestions',
    icon: <ToolOutlined />,
    permission: 'monitoring:read',
    group: 'main',
    parent: PERFORMANCE_NAV_PARENT,
  },
  {
    // Everyone who reads monitoring sees the reference data; only monitoring:write changes it.
    key: 'performanceReference',
    path: '/performance/reference',
    labelKey: 'menu.performanceReference',
    icon: <DatabaseOutlined />,
    permission: 'monitoring:read',
    group: 'main',
    parent: PERFORMANCE_NAV_PARENT,
  },
];

export function performanceEntry(key: PerformanceNavEntry['key']): PerformanceNavEntry {
  const entry = performanceMenu.find((item) => item.key === key);
  if (!entry) throw new Error(`No performance menu entry "${key}"`);
  return entry;
}
