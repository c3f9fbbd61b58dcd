import { graphql } from '../gql';

/**
 * What the feed, the list and the detail page show of an alert. Names come from `rule` and
 * `product` (both languages) rather than `ruleName`/`productName`: over the websocket the server
 * answers in the browser's language, not the console's.
 */
export const alertRowFragment = graphql(`
  fragment AlertRow on Alert {
    id
    kind
    subjectName
    family
    severity
    status
    metric
    value
    threshold
    baseline
    businessDate
    raisedAt
    updatedAt
    version
    ruleCode
    productCode
    autoResolved
    actionTaken
    rule {
      id
      nameZh
      nameEn
    }
    product {
      id
      nameZh
      nameEn
    }
    accessRule {
      id
      nameZh
      nameEn
    }
  }
`);

export const monitoringOverviewQuery = graphql(`
  query MonitoringOverview {
    monitoringOverview {
      businessDate
      openAlerts {
        info
        warning
        critical
      }
      watchedProducts
      productsWithAlerts
      suspendedProducts
      totalBalance
      loanNplRatio
      txCountYesterday
      txCountAverage
    }
  }
`);

export const metricTrendsQuery = graphql(`
  query MetricTrends($start: Date, $end: Date, $family: ProductFamily) {
    txCount: metricSeries(metric: TX_COUNT, start: $start, end: $end, family: $family) {
      metric
      points {
        date
        value
      }
    }
    balance: metricSeries(metric: BALANCE, start: $start, end: $end, family: $family) {
      metric
      points {
        date
        value
      }
    }
    nplRatio: metricSeries(metric: NPL_RATIO, start: $start, end: $end, family: LOAN) {
      metric
      points {
        date
        value
      }
    }
  }
`);

export const productHealthQuery = graphql(`
  query ProductHealth {
    productHealth {
      openAlerts
      worstSeverity
      metrics {
        metric
        value
      }
      product {
        id
        code
        nameZh
        nameEn
        family
        status
      }
    }
  }
`);

export const alertListQuery = graphql(`
  query AlertList($first: Int, $after: String, $filter: AlertFilter) {
    alerts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AlertRow
          assignee {
            id
            displayName
          }
        }
      }
    }
  }
`);

/** Alerts changed at or after `since`, oldest first: the feed's catch-up after a (re)connect. */
export const alertsSinceQuery = graphql(`
  query AlertsSince($since: DateTime!, $filter: AlertFilter, $after: String) {
    alerts(since: $since, filter: $filter, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AlertRow
        }
      }
    }
  }
`);

export const alertDetailQuery = graphql(`
  query AlertDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Alert {
        ...AlertRow
        acknowledgedAt
        resolvedAt
        resolutionNote
        assignee {
          id
          username
          displayName
        }
        acknowledgedBy {
          id
          displayName
        }
        resolvedBy {
          id
          displayName
        }
        rule {
          id
          code
          condition
          scope
          windowDays
          baselineDays
          warningLevel
          criticalLevel
          normalLow
          normalHigh
        }
        product {
          id
          code
          status
        }
        history {
          kind
          severity
          status
          value
          note
          actorName
          at
        }
      }
    }
  }
`);

/** Staff who may work on alerts (readable by anyone who may manage alerts). */
export const alertAssigneesQuery = graphql(`
  query AlertAssignees {
    alertAssignees {
      id
      username
      displayName
    }
  }
`);

export const riskRuleFragment = graphql(`
  fragment RiskRuleRow on RiskRule {
    id
    code
    nameZh
    nameEn
    description
    metric
    scope
    family
    condition
    normalLow
    normalHigh
    warningLevel
    criticalLevel
    windowDays
    baselineDays
    enabled
    autoAction
    version
    updatedAt
    pendingChange {
      id
      version
      status
      reasons
      proposedByName
      proposedAt
      proposedBy {
        id
        displayName
      }
      changes {
        field
        before
        after
      }
    }
    product {
      id
      code
      nameZh
      nameEn
      family
    }
    owner {
      id
      displayName
    }
  }
`);

export const riskRulesQuery = graphql(`
  query RiskRules($first: Int, $after: String, $enabled: Boolean, $metric: ProductMetric) {
    riskRules(first: $first, after: $after, enabled: $enabled, metric: $metric) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...RiskRuleRow
        }
      }
    }
  }
`);

/** Products to scope a rule to, found by code or name. */
export const ruleProductOptionsQuery = graphql(`
  query RuleProductOptions($text: String) {
    products(first: 20, filter: { text: $text }) {
      edges {
        node {
          id
          code
          nameZh
          nameEn
          family
        }
      }
    }
  }
`);

export const riskAlertsSubscription = graphql(`
  subscription RiskAlerts($filter: RiskAlertFilter) {
    riskAlerts(filter: $filter) {
      change
      at
      alert {
        ...AlertRow
      }
    }
  }
`);

/** The access rules (异常访问): when reading customer data is unusual. */
export const accessRulesQuery = graphql(`
  query AccessRules {
    accessRules(first: 100) {
      edges {
        node {
          id
          code
          nameZh
          nameEn
          kinds
          windowMinutes
          threshold
          criticalThreshold
          enabled
        }
      }
    }
  }
`);
