import { graphql } from '../gql';

// Every status action answers the fields the product page shows in its header, so the cache
// updates without a second round trip (urql also refetches queries that hold a Product).

export const productCreateMutation = graphql(`
  mutation ProductCreate($input: ProductCreateInput!) {
    productCreate(input: $input) {
      product {
        id
        code
        status
        version
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const productUpdateMutation = graphql(`
  mutation ProductUpdate($id: ID!, $expectedVersion: Int!, $reason: String!, $input: ProductUpdateInput!) {
    productUpdate(id: $id, expectedVersion: $expectedVersion, reason: $reason, input: $input) {
      product {
        id
        code
        status
        version
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const productSubmitMutation = graphql(`
  mutation ProductSubmit($id: ID!, $expectedVersion: Int!) {
    productSubmit(id: $id, expectedVersion: $expectedVersion) {
      product {
        id
        status
        version
        statusReason
        updatedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const productApproveMutation = graphql(`
  mutation ProductApprove($id: ID!, $expectedVersion: Int!, $note: String) {
    productApprove(id: $id, expectedVersion: $expectedVersion, note: $note) {
      product {
        id
        status
        version
        statusReason
        updatedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const productRejectMutation = graphql(`
  mutation ProductReject($id: ID!, $expectedVersion: Int!, $reason: String!) {
    productReject(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      product {
        id
        status
        version
        statusReason
        updatedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const productLaunchMutation = graphql(`
  mutation ProductLaunch($id: ID!, $expectedVersion: Int!) {
    productLaunch(id: $id, expectedVersion: $expectedVersion) {
      product {
        id
        status
        version
        statusReason
        updatedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const productSuspendMutation = graphql(`
  mutation ProductSuspend($id: ID!, $expectedVersion: Int!, $reason: String!) {
    productSuspend(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      product {
        id
        status
        version
        statusReason
        updatedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const productResumeMutation = graphql(`
  mutation ProductResume($id: ID!, $expectedVersion: Int!) {
    productResume(id: $id, expectedVersion: $expectedVersion) {
      product {
        id
        status
        version
        statusReason
        updatedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const productTakeOfflineMutation = graphql(`
  mutation ProductTakeOffline($id: ID!, $expectedVersion: Int!, $reason: String!) {
    productTakeOffline(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      product {
        id
        status
        version
        statusReason
        updatedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const productRetireMutation = graphql(`
  mutation ProductRetire($id: ID!, $expectedVersion: Int!) {
    productRetire(id: $id, expectedVersion: $expectedVersion) {
      product {
        id
        status
        version
        statusReason
        updatedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const productChangeRequestCreateMutation = graphql(`
  mutation ProductChangeRequestCreate($input: ProductChangeRequestInput!) {
    productChangeRequestCreate(input: $input) {
      changeRequest {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const productChangeRequestApproveMutation = graphql(`
  mutation ProductChangeRequestApprove($id: ID!, $note: String) {
    productChangeRequestApprove(id: $id, note: $note) {
      changeRequest {
        id
        status
        decidedAt
        decisionNote
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const productChangeRequestRejectMutation = graphql(`
  mutation ProductChangeRequestReject($id: ID!, $note: String!) {
    productChangeRequestReject(id: $id, note: $note) {
      changeRequest {
        id
        status
        decidedAt
        decisionNote
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const productChangeRequestCancelMutation = graphql(`
  mutation ProductChangeRequestCancel($id: ID!) {
    productChangeRequestCancel(id: $id) {
      changeRequest {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const productDocumentUploadMutation = graphql(`
  mutation ProductDocumentUpload($input: ProductDocumentUploadInput!) {
    productDocumentUpload(input: $input) {
      document {
        id
        title
        version
      }
      changeRequest {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const fxRateSetMutation = graphql(`
  mutation FxRateSet($input: FxRateInput!) {
    fxRateSet(input: $input) {
      fxRate {
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

export const fxRateDeleteMutation = graphql(`
  mutation FxRateDelete($id: ID!) {
    fxRateDelete(id: $id) {
      deletedId
      errors {
        field
        code
        message
      }
    }
  }
`);

export const benchmarkRateSetMutation = graphql(`
  mutation BenchmarkRateSet($input: BenchmarkRateInput!) {
    benchmarkRateSet(input: $input) {
      benchmarkRate {
        id
        kind
        rate
        effectiveFrom
        announcedOn
        note
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const benchmarkRateDeleteMutation = graphql(`
  mutation BenchmarkRateDelete($id: ID!) {
    benchmarkRateDelete(id: $id) {
      deletedId
      errors {
        field
        code
        message
      }
    }
  }
`);
