import { graphql } from '../gql';

export const conditionFragment = graphql(`
  fragment ConditionFields on Condition {
    type
    amount
    count
    customerTypes
    ageMin
    ageMax
    bundleCode
    months
    endsOn
  }
`);

export const rateTierFragment = graphql(`
  fragment RateTierFields on RateTier {
    bands {
      unit
      lower
      upper
    }
    rate
    rateMax
    spreadBps
    spreadBpsMax
  }
`);

export const feeWaiverFragment = graphql(`
  fragment FeeWaiverFields on FeeWaiver {
    name
    share
    conditions {
      ...ConditionFields
    }
  }
`);

export const feeFragment = graphql(`
  fragment FeeFields on Fee {
    type
    basis
    amount
    rate
    chargedOn
    currency
    minAmount
    maxAmount
    cap
    capPeriod
    frequency
    waivers {
      ...FeeWaiverFields
    }
    note
  }
`);

export const productTermsFragment = graphql(`
  fragment ProductTermsFields on ProductTerms {
    __typename
    ... on DepositTerms {
      interest {
        dayCount
        compounding
        posting
      }
      term {
        min
        max
        multiple
        unit
      }
      offeredTerms
      tierApplication
      rateTiers {
        ...RateTierFields
      }
      bonusRates {
        name
        rate
        conditions {
          ...ConditionFields
        }
      }
      minimumDeposit
      earlyWithdrawalRate
      autoRenewal
    }
    ... on LoanTerms {
      rateType
      lprTenor
      repricing
      rateTiers {
        ...RateTierFields
      }
      effectiveRate
      annualisedRate
      interest {
        dayCount
        repaymentFrequency
        firstPayment
        paymentDay
      }
      amountMin
      amountMax
      amountDefault
      termMonthsMin
      termMonthsMax
      termMonthsDefault
      repaymentMethods
      collateralRequired
      maxLtv
      gracePeriodDays
      penaltyRate
    }
    ... on CreditCardTerms {
      tier
      partnerBrand
      annualFee
      annualFeeWaivers {
        ...FeeWaiverFields
      }
      feeWaiverNote
      instalment {
        periods
        monthlyFeeRate
        minimumPaymentRate
        minimumPaymentFloor
      }
      interestFreeDaysMax
      interestRate
      pointsPerYuan
      categoryMultipliers {
        category
        multiplier
      }
      creditLimitMin
      creditLimitMax
      cashAdvanceFeeRate
      cashAdvanceFeeMin
      benefits
    }
    ... on WealthTerms {
      benchmarkMin
      benchmarkMax
      openEnded
      termDays
      minimumInvestment
      subscriptionFeeRate
      managementFeeRate
      custodyFeeRate
      offering
      coolingOffHours
    }
    ... on FxTerms {
      currencyPairs
      # Aliased: LoanTerms.spreadBps is nullable, and a union selection may not mix the two.
      fxSpreadBps: spreadBps
      minimumAmount
      tradingHours
      tenors
      premiumRate
      linkedPair
      principalProtected
      yieldMin
      yieldMax
    }
    ... on PreciousMetalTerms {
      metal
      unit
      purity
      spread
      minimumTradeUnits
      physicalDelivery
      leverage
    }
  }
`);

export const productCommonFragment = graphql(`
  fragment ProductCommonFields on Product {
    id
    code
    nameZh
    nameEn
    family
    subtype
    currency
    riskLevel
    description
    highlights
    targetCustomers
    eligibility {
      minAge
      maxAge
      minAnnualIncome
      customerTypes
      residency
    }
    channels {
      channel
      publishFrom
      publishTo
    }
    salesStart
    salesEnd
    quota {
      total
      used
      remaining
    }
    minAmount
    maxAmount
    fees {
      ...FeeFields
    }
    owner {
      id
      username
      displayName
    }
    tags
    status
    version
    createdAt
    updatedAt
    submittedBy {
      id
      username
      displayName
    }
    approvedBy {
      id
      username
      displayName
    }
    statusReason
    suspendedByRisk
    headlineRate
    terms {
      ...ProductTermsFields
    }
  }
`);

export const changeRequestFragment = graphql(`
  fragment ChangeRequestFields on ProductChangeRequest {
    id
    status
    reason
    effectiveDate
    terms {
      __typename
    }
    changes
    document
    requestedBy {
      id
      username
      displayName
    }
    requestedAt
    decidedBy {
      id
      username
      displayName
    }
    decidedAt
    decisionNote
  }
`);

export const productListQuery = graphql(`
  query ProductList($first: Int, $after: String, $filter: ProductFilter, $orderBy: ProductOrder) {
    products(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          code
          nameZh
          nameEn
          family
          subtype
          status
          riskLevel
          currency
          headlineRate
          terms {
            __typename
            ... on LoanTerms {
              annualisedRate
            }
          }
          version
          updatedAt
          owner {
            id
            displayName
          }
          channels {
            channel
          }
        }
      }
    }
  }
`);

export const productQuery = graphql(`
  query Product($id: ID!, $asOf: Date) {
    product(id: $id, asOf: $asOf) {
      ...ProductCommonFields
      isOnSaleAt(date: $asOf)
      termsSchedule {
        id
        effectiveDate
        headlineRate
        terms {
          ...ProductTermsFields
        }
        reason
        createdBy {
          id
          displayName
        }
        createdAt
      }
      documents {
        id
        kind
        title
        filename
        contentType
        size
        sha256
        version
        uploadedBy {
          id
          displayName
        }
        uploadedAt
        downloadUrl
      }
      changeRequests {
        ...ChangeRequestFields
      }
    }
  }
`);

export const productVersionsQuery = graphql(`
  query ProductVersions($id: ID!, $first: Int, $after: String) {
    product(id: $id) {
      id
      versions(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            version
            changedAt
            changedBy {
              id
              displayName
            }
            reason
            action
            diff
          }
        }
      }
    }
  }
`);

export const productCompareQuery = graphql(`
  query ProductCompare($ids: [ID!]!) {
    productCompare(ids: $ids) {
      ...ProductCommonFields
    }
  }
`);

export const productChangeRequestListQuery = graphql(`
  query ProductChangeRequestList($first: Int, $after: String, $status: ChangeRequestStatus) {
    productChangeRequests(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ChangeRequestFields
          product {
            id
            code
            nameZh
            nameEn
            family
            subtype
            status
            version
          }
        }
      }
    }
  }
`);

export const fxRateListQuery = graphql(`
  query FxRateList($first: Int, $after: String, $currency: String) {
    fxRates(first: $first, after: $after, currency: $currency) {
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

export const benchmarkRateListQuery = graphql(`
  query BenchmarkRateList($first: Int, $after: String, $kind: BenchmarkKind) {
    benchmarkRates(first: $first, after: $after, kind: $kind) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          rate
          effectiveFrom
          announcedOn
          note
          createdBy {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const benchmarkRatesOnQuery = graphql(`
  query BenchmarkRatesOn($day: Date) {
    benchmarkRatesOn(day: $day) {
      id
      kind
      rate
      effectiveFrom
    }
  }
`);

/** A change request's proposed terms in full, read when its row is opened (a list of 100
 * requests with their whole terms would cost more than the API allows one operation). */
export const changeRequestTermsQuery = graphql(`
  query ChangeRequestTerms($id: ID!) {
    node(id: $id) {
      ... on ProductChangeRequest {
        id
        terms {
          ...ProductTermsFields
        }
      }
    }
  }
`);
