import { createContext, useContext } from 'react';
import type { CombinedError } from '@urql/core';
import type { MeQuery } from '../gql/graphql';

export type Me = MeQuery['me'];

export type AuthStatus = 'loading' | 'signedIn' | 'signedOut' | 'error';

export interface Auth {
  status: AuthStatus;
  me: Me | null;
  /** Set when `me` failed for another reason than "not signed in" (server down...). */
  error?: CombinedError;
  /** True after a request found the session gone while the console was in use. */
  sessionExpired: boolean;
  /** Ask the server again who is signed in (after login, or to retry). */
  refresh: () => void;
  /** End the session, forget every cached answer and go back to the sign-in page. */
  signOut: () => Promise<void>;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <SessionProvider>');
  return value;
}

export function hasPermission(me: Pick<Me, 'permissions'> | null, permission: string): boolean {
  return !!me && me.permissions.includes(permission);
}
