import { graphql } from '../gql';

export const customerRowFragment = graphql(`
  fragment CustomerRow on Customer {
    id
    customerNo
    name
    customerType
    gender
    age
    idNumber
    phone
    province
    city
    branch
    riskTolerance
    riskAssessmentCurrent
    kycStatus
    aum
  }
`);

export const customerListQuery = graphql(`
  query CustomerList($first: Int, $after: String, $filter: CustomerFilter) {
    customers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CustomerRow
        }
      }
    }
  }
`);

export const customerQuery = graphql(`
  query Customer($id: ID!) {
    customer(id: $id) {
      ...CustomerRow
      birthDate
      birthMonth
      idType
      email
      occupation
      annualIncome
      companyName
      industry
      companySize
      marketingConsent
      consentDate
      consentChannel
      riskAssessedOn
      riskExpiresOn
      holdings {
        id
        product {
          id
          code
          nameZh
          nameEn
          family
          subtype
        }
        family
        openedOn
        status
        principal
        balance
        currency
        rateAtOpening
        maturityDate
        outstanding
        daysPastDue
        classification
        classificationHistory {
          classification
          daysPastDue
          changedOn
        }
        creditLimit
        cardNumber
      }
    }
  }
`);

export const customerTransactionsQuery = graphql(`
  query CustomerTransactions($id: ID!, $first: Int, $after: String) {
    customer(id: $id) {
      id
      transactions(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            occurredAt
            businessDate
            channel
            type
            amount
            currency
            product {
              id
              code
              nameZh
              nameEn
            }
            counterpartyCountry
            merchantCategory
          }
        }
      }
    }
  }
`);

export const customerFeedbackQuery = graphql(`
  query CustomerFeedback($filter: FeedbackFilter, $first: Int, $after: String) {
    feedback(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          source
          rating
          nps
          text
          receivedAt
          product {
            id
            code
            nameZh
            nameEn
          }
        }
      }
    }
  }
`);

export const customerNeedsQuery = graphql(`
  query CustomerNeeds($customerId: ID!) {
    customerNeeds(customerId: $customerId) {
      rule {
        id
        code
        name
        description
      }
      evidence
      detectedAt
      suggestedProducts {
        id
        code
        nameZh
        nameEn
        family
        riskLevel
      }
    }
  }
`);

export const recommendationsQuery = graphql(`
  query Recommendations($customerId: ID!, $first: Int) {
    recommendations(customerId: $customerId, first: $first) {
      product {
        id
        code
        nameZh
        nameEn
        family
        riskLevel
      }
      score
      needCodes
      reasons {
        code
        message
      }
    }
  }
`);

export const segmentListQuery = graphql(`
  query SegmentList($first: Int, $after: String, $kind: SegmentKind) {
    segments(first: $first, after: $after, kind: $kind) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name
          description
          kind
          memberCount
          refreshedAt
          builtIn
        }
      }
    }
  }
`);

export const segmentQuery = graphql(`
  query Segment($id: ID!) {
    segment(id: $id) {
      id
      code
      name
      description
      kind
      rule
      memberCount
      refreshedAt
      builtIn
      version
      cluster {
        index
        k
        silhouetteScore
        descriptionZh
        descriptionEn
        profile
      }
    }
  }
`);

export const segmentMembersQuery = graphql(`
  query SegmentMembers($id: ID!, $first: Int, $after: String) {
    segment(id: $id) {
      id
      members(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...CustomerRow
          }
        }
      }
    }
  }
`);

export const segmentPreviewQuery = graphql(`
  query SegmentPreview($rule: JSON!) {
    segmentPreview(rule: $rule) {
      memberCount
      errors {
        field
        code
        message
      }
    }
  }
`);

export const segmentOptionsQuery = graphql(`
  query SegmentOptions {
    segments(first: 100) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);

export const needsSummaryQuery = graphql(`
  query NeedsSummary($segmentId: ID) {
    needsSummary(segmentId: $segmentId) {
      population
      refreshedAt
      rules {
        rule {
          id
          code
          name
        }
        customerCount
        share
      }
    }
  }
`);

export const needRulesQuery = graphql(`
  query NeedRules($first: Int, $after: String) {
    needRules(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name
          description
          condition
          suggestFamilies
          suggestSubtypes
          enabled
          version
          updatedAt
        }
      }
    }
  }
`);

export const demandForecastQuery = graphql(`
  query DemandForecast($family: ProductFamily, $productId: ID, $metric: ForecastMetric!, $horizon: Int!) {
    demandForecast(family: $family, productId: $productId, metric: $metric, horizon: $horizon) {
      history {
        month
        value
      }
      forecast {
        month
        value
        lower80
        upper80
        lower95
        upper95
      }
      model
      mape
      baselineMape
      message
    }
  }
`);

export const productOptionsQuery = graphql(`
  query ProductOptions($text: String) {
    products(first: 50, filter: { text: $text }) {
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

export const productFeedbackSummaryQuery = graphql(`
  query ProductFeedbackSummary($productId: ID!) {
    productFeedbackSummary(productId: $productId) {
      count
      ratedCount
      averageRating
      nps {
        score
        promoters
        passives
        detractors
      }
      ratingDistribution {
        rating
        count
      }
      bySource {
        source
        count
      }
      latestComments {
        id
        source
        rating
        nps
        text
        receivedAt
      }
      trend {
        month
        count
        averageRating
        npsScore
      }
    }
  }
`);
