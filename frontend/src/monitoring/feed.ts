import type { AlertSeverity, AlertStatus, ProductFamily } from '../gql/graphql';

// The live alert feed's bookkeeping, free of React and the network so it can be tested:
// merging events and catch-up pages (one row per alert, its newest version), filtering,
// where to catch up from after a reconnect, and which alerts deserve the CRITICAL cue.

/** The fields the feed logic reads; the feed stores whole alert rows of this shape. */
export interface FeedAlertLike {
  id: string;
  severity: AlertSeverity;
  status: AlertStatus;
  /** Null for CUSTOMER_ACCESS alerts (no product). */
  family: ProductFamily | null;
  version: number;
  updatedAt: string;
  product?: { id: string } | null;
}

export interface FeedFilter {
  minSeverity: AlertSeverity | null;
  families: readonly ProductFamily[];
}

export const EMPTY_FILTER: FeedFilter = { minSeverity: null, families: [] };

/** The most rows the feed keeps; older ones drop off the end. */
export const FEED_LIMIT = 200;

const RANK: Readonly<Record<AlertSeverity, number>> = { INFO: 0, WARNING: 1, CRITICAL: 2 };

export function severityRank(severity: AlertSeverity): number {
  return RANK[severity];
}

/** Whether `severity` is at least `minimum` (no minimum: everything). */
export function atLeast(severity: AlertSeverity, minimum: AlertSeverity | null | undefined): boolean {
  return !minimum || RANK[severity] >= RANK[minimum];
}

/** Whether an alert passes the feed's severity and family filter. */
export function matchesFilter(alert: FeedAlertLike, filter: FeedFilter): boolean {
  return atLeast(alert.severity, filter.minSeverity) && (filter.families.length === 0 || (alert.family !== null && filter.families.includes(alert.family)));
}

/** The filter as the subscription and the catch-up query take it (null fields: any). */
export function filterVariables(filter: FeedFilter): { minSeverity: AlertSeverity | null; families: ProductFamily[] | null } {
  return {
    minSeverity: filter.minSeverity,
    families: filter.families.length ? [...filter.families] : null,
  };
}

function instant(value: string): number {
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? 0 : parsed;
}

/** Whether `candidate` is a newer version of the same alert than `current`. */
export function isNewer(candidate: FeedAlertLike, current: FeedAlertLike): boolean {
  if (candidate.version !== current.version) return candidate.version > current.version;
  return instant(candidate.updatedAt) > instant(current.updatedAt);
}

/** Newest change first; ties by id so the order is stable. */
export function compareNewestFirst(a: FeedAlertLike, b: FeedAlertLike): number {
  const byTime = instant(b.updatedAt) - instant(a.updatedAt);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export interface MergeResult<T extends FeedAlertLike> {
  items: T[];
  /** Incoming alerts that were new to the feed or newer than the row they replaced. */
  changed: T[];
  /** Of those, the ones that just became CRITICAL (new, or escalated from a lower severity). */
  newlyCritical: T[];
}

/**
 * Merge incoming alerts (live events or a catch-up page, in any order, duplicates allowed)
 * into the feed: one row per alert id holding its newest version, newest change first, at most
 * `limit` rows. A stale or repeated version changes nothing.
 */
export function mergeAlerts<T extends FeedAlertLike>(current: readonly T[], incoming: readonly T[], limit = FEED_LIMIT): MergeResult<T> {
  const before = new Map<string, T>(current.map((alert) => [alert.id, alert]));
  const byId = new Map<string, T>(before);
  const changed = new Map<string, T>();
  const newlyCritical = new Map<string, T>();
  for (const alert of incoming) {
    const known = byId.get(alert.id);
    if (known && !isNewer(alert, known)) continue;
    byId.set(alert.id, alert);
    changed.set(alert.id, alert);
    const wasCritical = before.get(alert.id)?.severity === 'CRITICAL';
    if (alert.severity === 'CRITICAL' && alert.status !== 'RESOLVED' && !wasCritical) newlyCritical.set(alert.id, alert);
    else newlyCritical.delete(alert.id);
  }
  if (changed.size === 0) return { items: [...current], changed: [], newlyCritical: [] };
  const items = [...byId.values()].sort(compareNewestFirst).slice(0, limit);
  return { items, changed: [...changed.values()], newlyCritical: [...newlyCritical.values()] };
}

/**
 * The CRITICAL alerts that should draw attention: those that became CRITICAL at or after the
 * feed started watching (a catch-up also returns older changes, which are shown but not cued).
 */
export function criticalCues<T extends FeedAlertLike>(newlyCritical: readonly T[], watchingSince: number): T[] {
  return newlyCritical.filter((alert) => instant(alert.updatedAt) >= watchingSince);
}

/**
 * The unseen CRITICAL alerts after a merge: cued ones are added, alerts that are resolved or no
 * longer CRITICAL are dropped (nothing left to look at).
 */
export function updateUnseen(unseen: ReadonlySet<string>, changed: readonly FeedAlertLike[], cued: readonly FeedAlertLike[]): Set<string> {
  const next = new Set(unseen);
  for (const alert of changed) {
    if (alert.status === 'RESOLVED' || alert.severity !== 'CRITICAL') next.delete(alert.id);
  }
  for (const alert of cued) next.add(alert.id);
  return next;
}

/** Margin taken off the page-open time, for a browser clock running ahead of the server's. */
export const CLOCK_MARGIN_MS = 2 * 60 * 1000;

/**
 * Where to catch up from after a (re)connect: the last change the feed saw (the server's own
 * clock), or — before the first event, or after the filter changed and the feed may lack alerts
 * the old filter hid — the time the feed started watching, less a margin for clock skew.
 */
export function catchUpSince(lastChangeAt: string | null, watchingSince: number): string {
  if (lastChangeAt) return lastChangeAt;
  return new Date(watchingSince - CLOCK_MARGIN_MS).toISOString();
}

/** The latest `updatedAt` among the alerts, as sent by the server (null when none). */
export function latestChange(alerts: readonly FeedAlertLike[], previous: string | null = null): string | null {
  let latest = previous;
  for (const alert of alerts) {
    if (latest === null || instant(alert.updatedAt) > instant(latest)) latest = alert.updatedAt;
  }
  return latest;
}
