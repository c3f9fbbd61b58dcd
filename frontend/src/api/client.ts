import {
  Client,
  cacheExchange,
  fetchExchange,
  mapExchange,
  subscriptionExchange,
  type Exchange,
  type Operation,
} from '@urql/core';
import { createClient as createWSClient } from 'graphql-ws';
import { getCurrentLocale } from '../i18n/I18nProvider';
import { isUnauthenticated } from './errors';

export const GRAPHQL_PATH = '/graphql';

function websocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${GRAPHQL_PATH}`;
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
  return new Client({
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
      ...(transport ? [transport] : networkExchanges()),
    ],
  });
}

function networkExchanges(): Exchange[] {
  // Lazy: the socket opens only when a subscription starts, and the session cookie rides
  // along with the same-origin upgrade request.
  const ws = createWSClient({ url: websocketUrl, lazy: true, retryAttempts: 5 });
  return [
    fetchExchange,
    subscriptionExchange({
      forwardSubscription(request) {
        const input = { ...request, query: request.query || '' };
        return {
          subscribe(sink) {
            const unsubscribe = ws.subscribe(input, sink);
            return { unsubscribe };
          },
        };
      },
    }),
  ];
}
