import { graphql } from '../gql';

/** What the calculators need to know of a product: its family, range and today's terms. */
export const productCalculatorContextQuery = graphql(`
  query ProductCalculatorContext($id: ID!) {
    product(id: $id) {
      id
      family
      subtype
      currency
      minAmount
      maxAmount
      terms {
        __typename
        ... on DepositTerms {
          term {
            min
            max
            multiple
            unit
          }
          offeredTerms
          tierApplication
          interest {
            dayCount
          }
          minimumDeposit
          earlyWithdrawalRate
          rateTiers {
            bands {
              unit
              lower
              upper
            }
            rate
            rateMax
          }
          bonusRates {
            name
            rate
            conditions {
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
          }
        }
        ... on LoanTerms {
          rateType
          effectiveRate
          amountMin
          amountMax
          amountDefault
          termMonthsMin
          termMonthsMax
          termMonthsDefault
          repaymentMethods
          collateralRequired
          maxLtv
          rateTiers {
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
        }
        ... on CreditCardTerms {
          interestFreeDaysMax
          instalment {
            periods
            monthlyFeeRate
            minimumPaymentRate
            minimumPaymentFloor
          }
        }
        ... on WealthTerms {
          benchmarkMin
          benchmarkMax
          openEnded
          termDays
          minimumInvestment
        }
      }
    }
  }
`);

export const loanScheduleQuery = graphql(`
  query LoanSchedule(
    $productId: ID
    $draft: CalculatorDraftInput
    $amount: Decimal!
    $termMonths: Int!
    $method: RepaymentMethod!
    $rate: Decimal
    $ltv: Decimal
    $drawnOn: Date
    $prepayment: PrepaymentInput
  ) {
    loanSchedule(
      productId: $productId
      draft: $draft
      amount: $amount
      termMonths: $termMonths
      method: $method
      rate: $rate
      ltv: $ltv
      drawnOn: $drawnOn
      prepayment: $prepayment
    ) {
      rate
      method
      totalPayment
      totalInterest
      totalFees
      apr
      upfrontFees
      received
      instalments {
        period
        dueOn
        payment
        principal
        interest
        fee
        prepayment
        balance
      }
    }
  }
`);

export const depositInterestQuery = graphql(`
  query DepositInterest(
    $productId: ID
    $draft: CalculatorDraftInput
    $amount: Decimal!
    $termMonths: Int
    $days: Int
    $noticeDays: Int
    $startOn: Date
    $withdrawnOn: Date
    $circumstances: CircumstancesInput
  ) {
    depositInterest(
      productId: $productId
      draft: $draft
      amount: $amount
      termMonths: $termMonths
      days: $days
      noticeDays: $noticeDays
      startOn: $startOn
      withdrawnOn: $withdrawnOn
      circumstances: $circumstances
    ) {
      startOn
      maturityOn
      endOn
      days
      dayCount
      bands {
        lower
        upper
        amount
        rate
        interest
      }
      baseInterest
      bonuses {
        name
        rate
        interest
      }
      totalInterest
      effectiveRate
      early
    }
  }
`);

export const cardInstalmentQuery = graphql(`
  query CardInstalment($productId: ID, $draft: CalculatorDraftInput, $amount: Decimal!, $periods: Int!) {
    cardInstalment(productId: $productId, draft: $draft, amount: $amount, periods: $periods) {
      periods
      monthlyFee
      totalFee
      apr
      interestFreeDaysMax
      minimumPayment
      instalments {
        period
        dueOn
        payment
        principal
        interest
        fee
        prepayment
        balance
      }
    }
  }
`);

export const wealthProjectionQuery = graphql(`
  query WealthProjection($productId: ID, $draft: CalculatorDraftInput, $amount: Decimal!, $days: Int) {
    wealthProjection(productId: $productId, draft: $draft, amount: $amount, days: $days) {
      amount
      days
      invested
      subscriptionFee
      managementFee
      custodyFee
      feesPaid
      lowRate
      highRate
      low
      high
      guaranteed
      note
    }
  }
`);
