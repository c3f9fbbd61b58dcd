import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from './guards';
import { NAV_ITEMS } from './navigation';

/**
 * A route for a menu entry, guarded by the same permission that shows the entry, so the menu
 * and direct links cannot disagree.
 */
export function guardedRoute(key: string, element: ReactNode): RouteObject {
  const item = NAV_ITEMS.find((entry) => entry.key === key);
  if (!item) throw new Error(`No menu entry "${key}" in NAV_ITEMS`);
  return {
    path: item.path,
    element: item.permission ? <RequirePermission permission={item.permission}>{element}</RequirePermission> : element,
  };
}
