import type { AlertFilter, AlertSeverity, AlertStatus, ProductFamily } from '../gql/graphql';
import { FAMILIES } from '../products/enums';
import { ALERT_STATUSES, SEVERITIES } from './enums';

// The alert list's filter lives in the address (?status=OPEN,ACKNOWLEDGED&min=WARNING&family=LOAN
// &mine=1&product=<id>&code=<code>), so the dashboard can link to "this product's alerts" and a
// filtered list can be shared.

export interface AlertListFilter {
  statuses: AlertStatus[];
  minSeverity: AlertSeverity | null;
  families: ProductFamily[];
  assignedToMe: boolean;
  productId: string | null;
  /** The product's code, only to label the product filter. */
  productCode: string | null;
}

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part): part is T => (allowed as readonly string[]).includes(part));
}

/** Read the filter from the address; unknown values are ignored. */
export function parseAlertFilter(params: URLSearchParams): AlertListFilter {
  const min = params.get('min');
  return {
    statuses: list(params.get('status'), ALERT_STATUSES),
    minSeverity: min && (SEVERITIES as readonly string[]).includes(min) ? (min as AlertSeverity) : null,
    families: list(params.get('family'), FAMILIES),
    assignedToMe: params.get('mine') === '1',
    productId: params.get('product') || null,
    productCode: params.get('code') || null,
  };
}

/** Write the filter to the address, leaving out what is not set. */
export function alertFilterParams(filter: AlertListFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.statuses.length) params.set('status', filter.statuses.join(','));
  if (filter.minSeverity) params.set('min', filter.minSeverity);
  if (filter.families.length) params.set('family', filter.families.join(','));
  if (filter.assignedToMe) params.set('mine', '1');
  if (filter.productId) {
    params.set('product', filter.productId);
    if (filter.productCode) params.set('code', filter.productCode);
  }
  return params;
}

/** The filter as the `alerts` query takes it. */
export function toAlertFilter(filter: AlertListFilter): AlertFilter {
  return {
    statuses: filter.statuses.length ? filter.statuses : null,
    minSeverity: filter.minSeverity,
    families: filter.families.length ? filter.families : null,
    productIds: filter.productId ? [filter.productId] : null,
    assignedToMe: filter.assignedToMe,
  };
}

/** Which actions an alert's status allows (the server checks again). */
export function allowedActions(status: AlertStatus): { acknowledge: boolean; assign: boolean; comment: boolean; resolve: boolean } {
  return {
    acknowledge: status === 'OPEN',
    assign: status !== 'RESOLVED',
    comment: true,
    resolve: status !== 'RESOLVED',
  };
}
