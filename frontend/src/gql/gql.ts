/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditEventList($first: Int, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          occurredAt\n          actorType\n          actorName\n          action\n          objectType\n          objectId\n          before\n          after\n          ipAddress\n          userAgent\n          outcome\n          correlationId\n          hash\n        }\n      }\n    }\n  }\n": typeof types.AuditEventListDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user {\n        id\n        username\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) {\n      user {\n        id\n        username\n        displayName\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UserCreateDocument,
    "\n  mutation UserUpdate($id: ID!, $input: UserUpdateInput!) {\n    userUpdate(id: $id, input: $input) {\n      user {\n        id\n        username\n        displayName\n        branch\n        roles\n        isActive\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UserUpdateDocument,
    "\n  mutation UserSetPassword($id: ID!, $password: String!) {\n    userSetPassword(id: $id, password: $password) {\n      user {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UserSetPasswordDocument,
    "\n  mutation ApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n      }\n      secret\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ApiKeyCreateDocument,
    "\n  mutation ApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) {\n      apiKey {\n        id\n        name\n        isActive\n        revokedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ApiKeyRevokeDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      branch\n      roles\n      permissions\n      isActive\n      lastLoginAt\n    }\n  }\n": typeof types.MeDocument,
    "\n  query UserList($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrder) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          username\n          displayName\n          branch\n          roles\n          isActive\n          lastLoginAt\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.UserListDocument,
    "\n  query RoleList {\n    roles {\n      role\n      permissions\n    }\n  }\n": typeof types.RoleListDocument,
    "\n  query ApiKeyList($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          createdBy {\n            id\n            username\n            displayName\n          }\n          lastUsedAt\n          revokedAt\n          isActive\n        }\n      }\n    }\n  }\n": typeof types.ApiKeyListDocument,
};
const documents: Documents = {
    "\n  query AuditEventList($first: Int, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          occurredAt\n          actorType\n          actorName\n          action\n          objectType\n          objectId\n          before\n          after\n          ipAddress\n          userAgent\n          outcome\n          correlationId\n          hash\n        }\n      }\n    }\n  }\n": types.AuditEventListDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user {\n        id\n        username\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LogoutDocument,
    "\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) {\n      user {\n        id\n        username\n        displayName\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UserCreateDocument,
    "\n  mutation UserUpdate($id: ID!, $input: UserUpdateInput!) {\n    userUpdate(id: $id, input: $input) {\n      user {\n        id\n        username\n        displayName\n        branch\n        roles\n        isActive\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UserUpdateDocument,
    "\n  mutation UserSetPassword($id: ID!, $password: String!) {\n    userSetPassword(id: $id, password: $password) {\n      user {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UserSetPasswordDocument,
    "\n  mutation ApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n      }\n      secret\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ApiKeyCreateDocument,
    "\n  mutation ApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) {\n      apiKey {\n        id\n        name\n        isActive\n        revokedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ApiKeyRevokeDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      branch\n      roles\n      permissions\n      isActive\n      lastLoginAt\n    }\n  }\n": types.MeDocument,
    "\n  query UserList($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrder) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          username\n          displayName\n          branch\n          roles\n          isActive\n          lastLoginAt\n          createdAt\n        }\n      }\n    }\n  }\n": types.UserListDocument,
    "\n  query RoleList {\n    roles {\n      role\n      permissions\n    }\n  }\n": types.RoleListDocument,
    "\n  query ApiKeyList($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          createdBy {\n            id\n            username\n            displayName\n          }\n          lastUsedAt\n          revokedAt\n          isActive\n        }\n      }\n    }\n  }\n": types.ApiKeyListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEventList($first: Int, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          occurredAt\n          actorType\n          actorName\n          action\n          objectType\n          objectId\n          before\n          after\n          ipAddress\n          userAgent\n          outcome\n          correlationId\n          hash\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEventList($first: Int, $after: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          occurredAt\n          actorType\n          actorName\n          action\n          objectType\n          objectId\n          before\n          after\n          ipAddress\n          userAgent\n          outcome\n          correlationId\n          hash\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user {\n        id\n        username\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user {\n        id\n        username\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) {\n      user {\n        id\n        username\n        displayName\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) {\n      user {\n        id\n        username\n        displayName\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserUpdate($id: ID!, $input: UserUpdateInput!) {\n    userUpdate(id: $id, input: $input) {\n      user {\n        id\n        username\n        displayName\n        branch\n        roles\n        isActive\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UserUpdate($id: ID!, $input: UserUpdateInput!) {\n    userUpdate(id: $id, input: $input) {\n      user {\n        id\n        username\n        displayName\n        branch\n        roles\n        isActive\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserSetPassword($id: ID!, $password: String!) {\n    userSetPassword(id: $id, password: $password) {\n      user {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UserSetPassword($id: ID!, $password: String!) {\n    userSetPassword(id: $id, password: $password) {\n      user {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n      }\n      secret\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n      }\n      secret\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) {\n      apiKey {\n        id\n        name\n        isActive\n        revokedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) {\n      apiKey {\n        id\n        name\n        isActive\n        revokedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      branch\n      roles\n      permissions\n      isActive\n      lastLoginAt\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      branch\n      roles\n      permissions\n      isActive\n      lastLoginAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserList($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrder) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          username\n          displayName\n          branch\n          roles\n          isActive\n          lastLoginAt\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserList($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrder) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          username\n          displayName\n          branch\n          roles\n          isActive\n          lastLoginAt\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleList {\n    roles {\n      role\n      permissions\n    }\n  }\n"): (typeof documents)["\n  query RoleList {\n    roles {\n      role\n      permissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeyList($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          createdBy {\n            id\n            username\n            displayName\n          }\n          lastUsedAt\n          revokedAt\n          isActive\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeyList($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          createdBy {\n            id\n            username\n            displayName\n          }\n          lastUsedAt\n          revokedAt\n          isActive\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;