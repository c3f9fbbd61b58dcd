import { graphql } from '../gql';

export const customerPiiRevealMutation = graphql(`
  mutation CustomerPiiReveal($id: ID!, $reason: String!, $fields: [PiiField!]!) {
    customerPiiReveal(id: $id, reason: $reason, fields: $fields) {
      idNumber
      phone
      cards {
        holdingId
        cardNumber
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const customerImportMutation = graphql(`
  mutation CustomerImport($input: CustomerImportInput!) {
    customerImport(input: $input) {
      result {
        kind
        total
        inserted
        updated
        unchanged
        failed
        committed
        errors {
          row
          field
          code
          message
        }
        errorReportCsv
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const segmentCreateMutation = graphql(`
  mutation SegmentCreate($input: SegmentCreateInput!) {
    segmentCreate(input: $input) {
      segment {
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
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const segmentUpdateMutation = graphql(`
  mutation SegmentUpdate($id: ID!, $expectedVersion: Int!, $input: SegmentUpdateInput!) {
    segmentUpdate(id: $id, expectedVersion: $expectedVersion, input: $input) {
      segment {
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
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const segmentDeleteMutation = graphql(`
  mutation SegmentDelete($id: ID!, $expectedVersion: Int) {
    segmentDelete(id: $id, expectedVersion: $expectedVersion) {
      errors {
        field
        code
        message
      }
    }
  }
`);

export const segmentRefreshMutation = graphql(`
  mutation SegmentRefresh($id: ID!) {
    segmentRefresh(id: $id) {
      segment {
        id
        memberCount
        refreshedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const segmentClusterRunMutation = graphql(`
  mutation SegmentClusterRun($k: Int) {
    segmentClusterRun(k: $k) {
      k
      silhouetteScore
      segments {
        id
        code
        name
        memberCount
        cluster {
          index
          descriptionZh
          descriptionEn
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

export const needRuleUpdateMutation = graphql(`
  mutation NeedRuleUpdate($id: ID!, $expectedVersion: Int!, $input: NeedRuleUpdateInput!) {
    needRuleUpdate(id: $id, expectedVersion: $expectedVersion, input: $input) {
      needRule {
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
      errors {
        field
        code
        message
      }
    }
  }
`);

export const needsRefreshMutation = graphql(`
  mutation NeedsRefresh {
    needsRefresh {
      summary {
        population
        rules {
          customerCount
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

export const customerExportMutation = graphql(`
  mutation CustomerExport($filter: CustomerFilter, $format: ExportFormat) {
    customerExport(filter: $filter, format: $format) {
      count
      file {
        filename
        contentType
        contentBase64
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
