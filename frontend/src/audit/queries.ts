import { graphql } from '../gql';

export const auditEventListQuery = graphql(`
  query AuditEventList($first: Int, $after: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          sequence
          occurredAt
          actorType
          actorName
          action
          objectType
          objectId
          before
          after
          ipAddress
          userAgent
          outcome
          correlationId
          hash
        }
      }
    }
  }
`);

export const customerAccessListQuery = graphql(`
  query CustomerAccessList($first: Int, $after: String, $filter: CustomerAccessFilter) {
    customerAccesses(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          actorType
          actorName
          customerId
          customerNo
          customerName
          kind
          through
          hour
          firstAt
          lastAt
          count
        }
      }
    }
  }
`);

export const refusalCountListQuery = graphql(`
  query RefusalCountList($first: Int, $after: String, $actorName: String, $since: DateTime) {
    refusalCounts(first: $first, after: $after, actorName: $actorName, since: $since) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          actorType
          actorId
          actorName
          minute
          firstAt
          lastAt
          count
        }
      }
    }
  }
`);
