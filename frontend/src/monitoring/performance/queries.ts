import { graphql } from '../../gql';

export const productPerformanceQuery = graphql(`
  query ProductPerformanceReport($start: Date!, $end: Date!, $family: ProductFamily) {
    productPerformance(start: $start, end: $end, family: $family) {
      product {
        id
        code
        nameZh
        nameEn
        currency
        status
      }
      family
      periodStart
      periodEnd
      days
      averageBalance {
        amount
        currency
      }
      balanceEstimated
      balanceDays
      customerRate
      customerRateEstimated
      transferRate
      interestMargin {
        amount
        currency
      }
      feeIncome {
        amount
        currency
      }
      revenue {
        amount
        currency
      }
      costs {
        amount
        currency
      }
      costBreakdown {
        category
        amount {
          amount
          currency
        }
      }
      profit {
        amount
        currency
      }
      balanceGrowth
      newSales {
        amount
        currency
      }
      newSalesCount
      previousNewSales {
        amount
        currency
      }
      newSalesGrowth
      familyShare
      marketShare
      marketTotal {
        amount
        currency
      }
      satisfaction {
        ratedCount
        averageRating
        satisfiedShare
        npsCount
        nps
      }
      rank
      rankedCount
      notes
    }
  }
`);

export const productPerformanceExportQuery = graphql(`
  query ProductPerformanceExport($start: Date!, $end: Date!, $family: ProductFamily, $format: ExportFormat!) {
    productPerformanceExport(start: $start, end: $end, family: $family, format: $format) {
      filename
      contentType
      contentBase64
    }
  }
`);

// Both languages are asked for, so switching the console's language needs no new request.
export const productSuggestionsQuery = graphql(`
  query ProductSuggestionList($family: ProductFamily, $on: Date) {
    productSuggestions(family: $family, on: $on) {
      code
      severity
      titleZh
      titleEn
      detailZh
      detailEn
      evidence {
        labelZh
        labelEn
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

export const performanceProductOptionsQuery = graphql(`
  query PerformanceProductOptions($text: String) {
    products(first: 50, filter: { text: $text }) {
      edges {
        node {
          id
          code
          nameZh
          nameEn
          family
          currency
        }
      }
    }
  }
`);

export const productCostListQuery = graphql(`
  query ProductCostList($first: Int, $after: String, $filter: ProductCostFilter) {
    productCosts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          month
          category
          note
          createdAt
          amount {
            amount
            currency
          }
          product {
            id
            code
            nameZh
            nameEn
            currency
          }
          createdBy {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const transferRateListQuery = graphql(`
  query TransferRateList($first: Int, $after: String, $currency: String) {
    transferRates(first: $first, after: $after, currency: $currency) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          currency
          rate
          effectiveFrom
          createdBy {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const marketTotalListQuery = graphql(`
  query MarketTotalList($first: Int, $after: String, $family: ProductFamily) {
    marketTotals(first: $first, after: $after, family: $family) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          family
          month
          source
          amount {
            amount
            currency
          }
          createdBy {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const competitorRateListQuery = graphql(`
  query CompetitorRateList($first: Int, $after: String, $filter: CompetitorRateFilter) {
    competitorRates(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          competitor
          family
          subtype
          termMonths
          rate
          observedOn
          source
          createdBy {
            id
            displayName
          }
        }
      }
    }
  }
`);
