import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../components/guards';
import { performanceMenu, type PerformanceNavEntry } from './menu';
import { PerformanceReportPage } from './pages/PerformanceReportPage';
import { ReferenceDataPage } from './pages/ReferenceDataPage';
import { SuggestionsPage } from './pages/SuggestionsPage';

export { performanceMenu, performanceMenuParent, PERFORMANCE_NAV_PARENT } from './menu';
export { performanceZhCN } from './i18n.zh-CN';
export { performanceEnUS } from './i18n.en-US';

const PAGES: Readonly<Record<PerformanceNavEntry['key'], ReactNode>> = {
  performanceReport: <PerformanceReportPage />,
  performanceSuggestions: <SuggestionsPage />,
  performanceReference: <ReferenceDataPage />,
};

/**
 * The performance pages, each guarded by the permission of its menu entry (so the menu and
 * direct links cannot disagree, like guardedRoute does for NAV_ITEMS).
 */
export const performanceRoutes: RouteObject[] = performanceMenu.map((entry) => ({
  path: entry.path,
  element: <RequirePermission permission={entry.permission}>{PAGES[entry.key]}</RequirePermission>,
}));
