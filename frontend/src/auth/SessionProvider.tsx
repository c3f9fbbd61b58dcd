import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider, useQuery, type Client } from 'urql';
import type { Operation } from '@urql/core';
import { createGraphQLClient } from '../api/client';
import { isUnauthenticated } from '../api/errors';
import { AuthContext, type Auth } from './AuthContext';
import { logoutMutation } from './mutations';
import { meQuery } from './queries';

type ClientFactory = (onUnauthenticated: (operation: Operation) => void) => Client;

const defaultFactory: ClientFactory = (onUnauthenticated) =>
  createGraphQLClient({ onUnauthenticated });

function operationName(operation: Operation): string | undefined {
  for (const definition of operation.query.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value;
  }
  return undefined;
}

/**
 * Own the GraphQL client and the signed-in user. Signing out replaces the client, which
 * throws away its cache, so nothing of the previous user stays in memory.
 */
export function SessionProvider({
  children,
  createClient = defaultFactory,
}: {
  children: ReactNode;
  createClient?: ClientFactory;
}) {
  const [sessionExpired, setSessionExpired] = useState(false);
  const resetRef = useRef<() => void>(() => {});
  const onUnauthenticated = useCallback((operation: Operation) => {
    // `Me` failing is the ordinary "not signed in" answer, handled by AuthState.
    if (operationName(operation) === 'Me') return;
    setSessionExpired(true);
    resetRef.current();
  }, []);
  const [client, setClient] = useState(() => createClient(onUnauthenticated));
  const resetClient = useCallback(
    () => setClient(createClient(onUnauthenticated)),
    [createClient, onUnauthenticated],
  );
  resetRef.current = resetClient;

  return (
    <Provider value={client}>
      <AuthState
        client={client}
        resetClient={resetClient}
        sessionExpired={sessionExpired}
        setSessionExpired={setSessionExpired}
      >
        {children}
      </AuthState>
    </Provider>
  );
}

function AuthState({
  children,
  client,
  resetClient,
  sessionExpired,
  setSessionExpired,
}: {
  children: ReactNode;
  client: Client;
  resetClient: () => void;
  sessionExpired: boolean;
  setSessionExpired: (value: boolean) => void;
}) {
  const [result, reexecute] = useQuery({ query: meQuery, requestPolicy: 'network-only' });

  const signedIn = !!result.data?.me && !result.error;
  useEffect(() => {
    if (signedIn) setSessionExpired(false);
  }, [signedIn, setSessionExpired]);

  const refresh = useCallback(() => {
    reexecute({ requestPolicy: 'network-only' });
  }, [reexecute]);

  const signOut = useCallback(async () => {
    // Whatever the server answers, the console forgets the session: a failed logout must not
    // leave the previous user's data on screen.
    await client.mutation(logoutMutation, {}).toPromise();
    setSessionExpired(false);
    resetClient();
  }, [client, resetClient, setSessionExpired]);

  const value = useMemo<Auth>(() => {
    const base = { refresh, signOut, sessionExpired };
    if (result.data?.me && !result.error) {
      return { ...base, status: 'signedIn', me: result.data.me };
    }
    if (result.error) {
      if (isUnauthenticated(result.error)) return { ...base, status: 'signedOut', me: null };
      return { ...base, status: 'error', me: null, error: result.error };
    }
    return { ...base, status: 'loading', me: null };
  }, [result.data, result.error, refresh, signOut, sessionExpired]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
