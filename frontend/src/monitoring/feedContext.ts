import { createContext, useContext } from 'react';
import type { CombinedError } from '@urql/core';
import type { SocketStatus } from '../api/socketStatus';
import type { AlertRowFragment } from '../gql/graphql';
import { EMPTY_FILTER, type FeedFilter } from './feed';

export type FeedAlert = AlertRowFragment;

/** The live alert feed shared by the feed page, the header bell and the menu badge. */
export interface AlertFeed {
  /** False when the user may not read monitoring data (no subscription runs). */
  enabled: boolean;
  /** Alerts seen since the console opened, newest change first (not yet filtered for display). */
  items: readonly FeedAlert[];
  filter: FeedFilter;
  setFilter: (filter: FeedFilter) => void;
  /** The websocket's state; 'connected' too when the console runs without one (tests). */
  status: SocketStatus;
  /** True while a catch-up query after a (re)connect runs. */
  catchingUp: boolean;
  /** The last failure of the subscription or a catch-up. */
  error: CombinedError | null;
  /** CRITICAL alerts that arrived live and were not looked at yet. */
  unseen: ReadonlySet<string>;
  markSeen: (id: string) => void;
  markAllSeen: () => void;
  /** Start the subscription again after the server refused it. */
  reconnect: () => void;
}

const noop = () => {};

export const DISABLED_FEED: AlertFeed = {
  enabled: false,
  items: [],
  filter: EMPTY_FILTER,
  setFilter: noop,
  status: 'idle',
  catchingUp: false,
  error: null,
  unseen: new Set(),
  markSeen: noop,
  markAllSeen: noop,
  reconnect: noop,
};

export const AlertFeedContext = createContext<AlertFeed>(DISABLED_FEED);

export function useAlertFeed(): AlertFeed {
  return useContext(AlertFeedContext);
}
