import {
  Client,
  cacheExchange,
  fetchExchange,
  mapExchange,
  subscriptionExchange,
  type Exchange,
  type ExecutionResult,
  type Operation,
} from '@urql/core';
import { createClient as createWSClient } from 'graphql-ws';
import { getCurrentLocale } from '../i18n/I18nProvider';
import { isUnauthenticated } from './errors';
import { retryDelay, shouldRetrySocket, SocketMonitor } from './socketStatus';

export const GRAPHQL_PATH = '/graphql';

function websocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${GRAPHQL_PATH}`;
}

const monitors = new WeakMap<Client, SocketMonitor>();

/** The websocket state of a client built by `createGraphQLClient` (none with a test transport). */
export function socketMonitorOf(client: Client): SocketMonitor | undefined {
  return monitors.get(client);
}

export interface ClientOptions {
  /** Called when any operation reports that the session is gone (expired or signed out elsewhere). */
  onUnauthenticated?: (operation: Operation) => void;
  /** Replaces the network (HTTP and websocket) exchanges; unit tests answer from here. */
  transport?: Exchange;
}

/**
 * Build the console's GraphQL client.
 *
 * The browser is authenticated by the HttpOnly session cookie, so requests are same-origin with
 * credentials. Every request is a JSON POST: the server refuses cookie-authenticated requests of
 * other content types (CSRF protection), so GET for queries is switched off.
 */
export function createGraphQLClient({ onUnauthenticated, transport }: ClientOptions = {}): Client {
  const monitor = new SocketMonitor();
  const client = new Client({
    url: GRAPHQL_PATH,
    preferGetMethod: false,
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        'Accept-Language': getCurrentLocale(),
      },
    }),
    exchanges: [
      mapExchange({
        onError(error, operation) {
          if (isUnauthenticated(error) && operation.kind !== 'teardown') onUnauthenticated?.(operation);
        },
      }),
      cacheExchange,
      ...(transport ? [transport] : networkExchanges(monitor)),
    ],
  });
  if (!transport) monitors.set(client, monitor);
  return client;
}

function networkExchanges(monitor: SocketMonitor): Exchange[] {
  // Lazy: the socket opens only when a subscription starts, and the session cookie rides
  // along with the same-origin upgrade request (the console keeps no token of its own).
  // Live pages must survive server restarts and network blips, so the client retries forever
  // with a capped backoff; only a refused sign-in (4403) ends it.
  const ws = createWSClient({
    url: websocketUrl,
    lazy: true,
    keepAlive: 20_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries))),
    shouldRetry: shouldRetrySocket,
    on: {
      connecting: (isRetry) => monitor.connecting(isRetry),
      connected: () => monitor.connected(),
      closed: () => monitor.closed(),
    },
  });
  return [
    fetchExchange,
    subscriptionExchange({
      forwardSubscription(request) {
        const input = { ...request, query: request.query || '' };
        return {
          subscribe(sink) {
            monitor.subscriptionStarted();
            let ended = false;
            const end = () => {
              if (!ended) monitor.subscriptionEnded();
              ended = true;
            };
            const unsubscribe = ws.subscribe<Record<string, unknown>, ExecutionResult['extensions']>(input, {
              next: (value) => sink.next(value),
              error: (error) => {
                end();
                monitor.failed();
                sink.error(error);
              },
              complete: () => {
                end();
                sink.complete();
              },
            });
            return {
              unsubscribe: () => {
                end();
                unsubscribe();
              },
            };
          },
        };
      },
    }),
  ];
}
