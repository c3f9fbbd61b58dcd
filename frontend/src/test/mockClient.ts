import { makeResult, type Exchange, type Operation } from '@urql/core';
import { filter, fromValue, mergeMap, pipe } from 'wonka';
import type { Client } from 'urql';
import { createGraphQLClient } from '../api/client';

/** What a fake server answers for one operation: data, or GraphQL errors. */
export type Answer =
  | { data: Record<string, unknown> }
  | { errors: { message: string; extensions?: Record<string, unknown> }[] };

export type Handler = (operationName: string, variables: Record<string, unknown>) => Answer;

export function operationName(operation: Operation): string {
  for (const definition of operation.query.definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name) return definition.name.value;
  }
  return '';
}

/**
 * The console's real client (same exchanges, same session handling) whose network is replaced
 * by `handler`. Every operation is recorded in `calls` so tests can assert what was sent.
 */
export function fakeServer(handler: Handler) {
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const transport: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      mergeMap((operation) => {
        const name = operationName(operation);
        const variables = (operation.variables ?? {}) as Record<string, unknown>;
        calls.push({ name, variables });
        const answer = handler(name, variables);
        return fromValue(
          'data' in answer
            ? makeResult(operation, { data: answer.data })
            : makeResult(operation, { data: null, errors: answer.errors }),
        );
      }),
    );
  const createClient = (onUnauthenticated: (operation: Operation) => void): Client =>
    createGraphQLClient({ onUnauthenticated, transport });
  return { createClient, calls };
}

export const unauthenticated: Answer = {
  errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }],
};

export function meAnswer(overrides: Record<string, unknown> = {}): Answer {
  return {
    data: {
      me: {
        __typename: 'User',
        id: 'VXNlcjox',
        username: 'admin',
        displayName: '系统管理员',
        branch: '总行',
        roles: ['ADMIN'],
        permissions: ['product:read', 'user:read', 'user:write', 'apikey:read', 'apikey:write', 'audit:read'],
        isActive: true,
        lastLoginAt: null,
        ...overrides,
      },
    },
  };
}

export interface UserNode {
  id: string;
  username: string;
  displayName: string;
  branch: string;
  roles: string[];
  isActive: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  lockedUntil?: string | null;
}

/** A `users` connection page as the server shapes it. */
export function userListAnswer(nodes: UserNode[], totalCount = nodes.length, hasNextPage = false): Answer {
  return {
    data: {
      users: {
        __typename: 'UserConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: nodes.length ? `cursor-${nodes.length}` : null },
        edges: nodes.map((node, index) => ({
          __typename: 'UserEdge',
          cursor: `cursor-${index + 1}`,
          node: { __typename: 'User', lockedUntil: null, ...node },
        })),
      },
    },
  };
}

/** The role grants awaiting a second admin, as the server shapes them. */
export function pendingRoleGrantsAnswer(nodes: Record<string, unknown>[] = []): Answer {
  return {
    data: {
      roleGrants: {
        __typename: 'RoleGrantConnection',
        edges: nodes.map((node) => ({ __typename: 'RoleGrantEdge', node: { __typename: 'RoleGrant', ...node } })),
      },
    },
  };
}
