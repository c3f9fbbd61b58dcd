import { graphql } from '../gql';

export const meQuery = graphql(`
  query Me {
    me {
      id
      username
      displayName
      branch
      roles
      permissions
      isActive
      lastLoginAt
    }
  }
`);

export const userListQuery = graphql(`
  query UserList($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrder) {
    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          username
          displayName
          branch
          roles
          isActive
          lastLoginAt
          createdAt
          lockedUntil
        }
      }
    }
  }
`);

export const roleListQuery = graphql(`
  query RoleList {
    roles {
      role
      permissions
    }
  }
`);

export const apiKeyListQuery = graphql(`
  query ApiKeyList($first: Int, $after: String) {
    apiKeys(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          prefix
          scopes
          createdAt
          createdBy {
            id
            username
            displayName
          }
          lastUsedAt
          revokedAt
          isActive
        }
      }
    }
  }
`);

export const pendingRoleGrantsQuery = graphql(`
  query PendingRoleGrants {
    roleGrants(status: PENDING, first: 100) {
      edges {
        node {
          id
          roles
          added
          requestedAt
          user {
            id
            username
            displayName
          }
          requestedBy {
            id
            username
            displayName
          }
        }
      }
    }
  }
`);
