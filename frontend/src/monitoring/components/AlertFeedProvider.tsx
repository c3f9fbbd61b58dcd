import { useCallback, useEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { App, Button } from 'antd';
import type { CombinedError, OperationResult } from '@urql/core';
import { useNavigate } from 'react-router';
import { useClient } from 'urql';
import { socketMonitorOf } from '../../api/client';
import type { SocketState } from '../../api/socketStatus';
import type { AlertsSinceQuery } from '../../gql/graphql';
import { hasPermission, useAuth } from '../../auth/AuthContext';
import { useI18n } from '../../i18n/useI18n';
import { alertSentence } from '../alertText';
import {
  catchUpSince,
  criticalCues,
  EMPTY_FILTER,
  filterVariables,
  latestChange,
  mergeAlerts,
  updateUnseen,
  type FeedFilter,
} from '../feed';
import { AlertFeedContext, DISABLED_FEED, type AlertFeed, type FeedAlert } from '../feedContext';
import { alertsSinceQuery, riskAlertsSubscription } from '../queries';

const FILTER_KEY = 'bankpm.alertFeed.filter';
/** Catch-up pages of 100; a longer outage than this is better read on the alert list. */
const MAX_CATCH_UP_PAGES = 10;

function loadFilter(): FeedFilter {
  try {
    const saved = JSON.parse(window.localStorage.getItem(FILTER_KEY) ?? 'null') as Partial<FeedFilter> | null;
    if (saved && typeof saved === 'object') {
      return {
        minSeverity: saved.minSeverity ?? null,
        families: Array.isArray(saved.families) ? saved.families : [],
      };
    }
  } catch {
    // a broken or unavailable storage means the default filter
  }
  return EMPTY_FILTER;
}

function saveFilter(filter: FeedFilter): void {
  try {
    window.localStorage.setItem(FILTER_KEY, JSON.stringify(filter));
  } catch {
    // the choice then lasts for this page only
  }
}

interface State {
  items: FeedAlert[];
  unseen: Set<string>;
  /** Newest `updatedAt` the feed holds under the current filter (the server's clock). */
  lastChangeAt: string | null;
  filter: FeedFilter;
  /** CRITICAL alerts waiting for their notification. */
  cues: FeedAlert[];
  error: CombinedError | null;
  catchingUp: number;
}

type Action =
  | { type: 'merge'; alerts: FeedAlert[]; live: boolean; watchingSince: number }
  | { type: 'filter'; filter: FeedFilter }
  | { type: 'seen'; id: string }
  | { type: 'allSeen' }
  | { type: 'cuesShown' }
  | { type: 'error'; error: CombinedError | null }
  | { type: 'catchUp'; delta: 1 | -1 };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'merge': {
      const merged = mergeAlerts(state.items, action.alerts);
      if (merged.changed.length === 0) return state;
      // Live events are new by definition; a catch-up also brings older changes, shown uncued.
      const cued = action.live ? merged.newlyCritical : criticalCues(merged.newlyCritical, action.watchingSince);
      return {
        ...state,
        items: merged.items,
        unseen: updateUnseen(state.unseen, merged.changed, cued),
        lastChangeAt: latestChange(merged.changed, state.lastChangeAt),
        cues: cued.length ? [...state.cues, ...cued] : state.cues,
        error: null,
      };
    }
    case 'filter':
      // Alerts the old filter hid may have changed meanwhile: catch up from the start again.
      return { ...state, filter: action.filter, lastChangeAt: null };
    case 'seen': {
      if (!state.unseen.has(action.id)) return state;
      const unseen = new Set(state.unseen);
      unseen.delete(action.id);
      return { ...state, unseen };
    }
    case 'allSeen':
      return state.unseen.size ? { ...state, unseen: new Set() } : state;
    case 'cuesShown':
      return state.cues.length ? { ...state, cues: [] } : state;
    case 'error':
      return { ...state, error: action.error };
    case 'catchUp':
      return { ...state, catchingUp: Math.max(0, state.catchingUp + action.delta) };
  }
}

const WITHOUT_SOCKET: SocketState = { status: 'connected', connections: 1 };
const noSubscription = () => () => {};

/**
 * Runs the live alert feed for users who may read monitoring data: one `riskAlerts`
 * subscription for the whole console (so a CRITICAL alert is noticed on any page), a catch-up
 * with `alerts(since:)` on every (re)connect and filter change, and the CRITICAL cue — a
 * notification, and a count in the header and the menu until the alert is looked at.
 */
export function AlertFeedProvider({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  if (!me || !hasPermission(me, 'monitoring:read')) {
    return <AlertFeedContext.Provider value={DISABLED_FEED}>{children}</AlertFeedContext.Provider>;
  }
  return <LiveAlertFeed key={me.id}>{children}</LiveAlertFeed>;
}

function LiveAlertFeed({ children }: { children: ReactNode }) {
  const client = useClient();
  const { refresh } = useAuth();
  const { t, locale } = useI18n();
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const watchingSince = useRef(Date.now());
  const [attempt, setAttempt] = useState(0);
  const [state, dispatch] = useReducer(reducer, undefined, () => ({
    items: [],
    unseen: new Set<string>(),
    lastChangeAt: null,
    filter: loadFilter(),
    cues: [],
    error: null,
    catchingUp: 0,
  }));
  const stateRef = useRef(state);
  stateRef.current = state;

  const monitor = socketMonitorOf(client);
  const socket = useSyncExternalStore(
    monitor ? monitor.subscribe : noSubscription,
    monitor ? monitor.getSnapshot : () => WITHOUT_SOCKET,
  );
  const filterKey = JSON.stringify(filterVariables(state.filter));

  // The subscription, again whenever the filter changes or after the server refused it.
  useEffect(() => {
    const variables = { filter: filterVariables(stateRef.current.filter) };
    const subscription = client.subscription(riskAlertsSubscription, variables).subscribe((result) => {
      if (result.error) {
        dispatch({ type: 'error', error: result.error });
        // A refused socket usually means the session ended: let the session check decide.
        if (monitor?.getSnapshot().status === 'failed') refresh();
        return;
      }
      const alert = result.data?.riskAlerts.alert;
      if (alert) dispatch({ type: 'merge', alerts: [alert], live: true, watchingSince: watchingSince.current });
    });
    return () => subscription.unsubscribe();
  }, [client, filterKey, attempt, monitor, refresh]);

  // The catch-up, on every (re)connect and filter change: what happened while not listening.
  const connected = socket.status === 'connected';
  useEffect(() => {
    if (!connected) return;
    let cancelled = false;
    const run = async () => {
      const since = catchUpSince(stateRef.current.lastChangeAt, watchingSince.current);
      const filter = filterVariables(stateRef.current.filter);
      dispatch({ type: 'catchUp', delta: 1 });
      try {
        let after: string | null = null;
        for (let page = 0; page < MAX_CATCH_UP_PAGES && !cancelled; page += 1) {
          const result: OperationResult<AlertsSinceQuery> = await client
            .query(alertsSinceQuery, { since, filter, after }, { requestPolicy: 'network-only' })
            .toPromise();
          if (cancelled) return;
          if (result.error) {
            dispatch({ type: 'error', error: result.error });
            return;
          }
          const connection = result.data?.alerts;
          if (!connection) return;
          dispatch({ type: 'merge', alerts: connection.edges.map((edge) => edge.node), live: false, watchingSince: watchingSince.current });
          if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return;
          after = connection.pageInfo.endCursor;
        }
      } finally {
        dispatch({ type: 'catchUp', delta: -1 });
      }
    };
    void run();
    return () => {
      cancelled = true;
    };
  }, [client, connected, socket.connections, filterKey]);

  // The CRITICAL cue: a notification that stays until closed.
  useEffect(() => {
    if (state.cues.length === 0) return;
    for (const alert of state.cues) {
      const key = `critical-alert-${alert.id}`;
      notification.error({
        key,
        title: t('monitoring.feed.criticalTitle'),
        description: <span data-testid="critical-notification">{alertSentence(alert, locale, t)}</span>,
        duration: false,
        actions: (
          <Button
            size="small"
            type="primary"
            danger
            onClick={() => {
              notification.destroy(key);
              dispatch({ type: 'seen', id: alert.id });
              navigate(`/monitoring/alerts/${encodeURIComponent(alert.id)}`);
            }}
          >
            {t('monitoring.feed.view')}
          </Button>
        ),
      });
    }
    dispatch({ type: 'cuesShown' });
  }, [state.cues, notification, t, locale, navigate]);

  const setFilter = useCallback((filter: FeedFilter) => {
    saveFilter(filter);
    dispatch({ type: 'filter', filter });
  }, []);
  const markSeen = useCallback((id: string) => dispatch({ type: 'seen', id }), []);
  const markAllSeen = useCallback(() => dispatch({ type: 'allSeen' }), []);
  const reconnect = useCallback(() => {
    dispatch({ type: 'error', error: null });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo<AlertFeed>(
    () => ({
      enabled: true,
      items: state.items,
      filter: state.filter,
      setFilter,
      status: socket.status,
      catchingUp: state.catchingUp > 0,
      error: state.error,
      unseen: state.unseen,
      markSeen,
      markAllSeen,
      reconnect,
    }),
    [state.items, state.filter, state.catchingUp, state.error, state.unseen, socket.status, setFilter, markSeen, markAllSeen, reconnect],
  );

  return <AlertFeedContext.Provider value={value}>{children}</AlertFeedContext.Provider>;
}
