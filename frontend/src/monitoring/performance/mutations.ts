import { graphql } from '../../gql';

export const productCostRecordMutation = graphql(`
  mutation ProductCostRecord($input: ProductCostInput!) {
    productCostRecord(input: $input) {
      productCost {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const productCostUpdateMutation = graphql(`
  mutation ProductCostUpdate($id: ID!, $input: ProductCostUpdateInput!) {
    productCostUpdate(id: $id, input: $input) {
      productCost {
        id
        month
        category
        note
        amount {
          amount
          currency
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const productCostDeleteMutation = graphql(`
  mutation ProductCostDelete($id: ID!) {
    productCostDelete(id: $id) {
      deletedId
      errors {
        field
        code
        message
      }
    }
  }
`);

export const transferRateSetMutation = graphql(`
  mutation TransferRateSet($input: TransferRateInput!) {
    transferRateSet(input: $input) {
      transferRate {
        id
        currency
        rate
        effectiveFrom
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const transferRateDeleteMutation = graphql(`
  mutation TransferRateDelete($id: ID!) {
    transferRateDelete(id: $id) {
      deletedId
      errors {
        field
        code
        message
      }
    }
  }
`);

export const marketTotalSetMutation = graphql(`
  mutation MarketTotalSet($input: MarketTotalInput!) {
    marketTotalSet(input: $input) {
      marketTotal {
        id
        family
        month
        source
        amount {
          amount
          currency
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const marketTotalDeleteMutation = graphql(`
  mutation MarketTotalDelete($id: ID!) {
    marketTotalDelete(id: $id) {
      deletedId
      errors {
        field
        code
        message
      }
    }
  }
`);

export const competitorRateCreateMutation = graphql(`
  mutation CompetitorRateCreate($input: CompetitorRateInput!) {
    competitorRateCreate(input: $input) {
      competitorRate {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const competitorRateUpdateMutation = graphql(`
  mutation CompetitorRateUpdate($id: ID!, $input: CompetitorRateUpdateInput!) {
    competitorRateUpdate(id: $id, input: $input) {
      competitorRate {
        id
        competitor
        family
        subtype
        termMonths
        rate
        observedOn
        source
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const competitorRateDeleteMutation = graphql(`
  mutation CompetitorRateDelete($id: ID!) {
    competitorRateDelete(id: $id) {
      deletedId
      errors {
        field
        code
        message
      }
    }
  }
`);
