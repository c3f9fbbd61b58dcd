import { graphql } from '../gql';

export const riskRuleCreateMutation = graphql(`
  mutation RiskRuleCreate($input: RiskRuleCreateInput!) {
    riskRuleCreate(input: $input) {
      riskRule {
        ...RiskRuleRow
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const riskRuleUpdateMutation = graphql(`
  mutation RiskRuleUpdate($id: ID!, $input: RiskRuleUpdateInput!) {
    riskRuleUpdate(id: $id, input: $input) {
      riskRule {
        ...RiskRuleRow
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const riskRuleDeleteMutation = graphql(`
  mutation RiskRuleDelete($id: ID!, $version: Int!) {
    riskRuleDelete(id: $id, version: $version) {
      deletedId
      errors {
        field
        code
        message
      }
    }
  }
`);

export const monitoringEvaluateMutation = graphql(`
  mutation MonitoringEvaluate {
    monitoringEvaluate {
      evaluated
      raised
      updated
      resolved
      errors {
        field
        code
        message
      }
    }
  }
`);

export const alertAcknowledgeMutation = graphql(`
  mutation AlertAcknowledge($id: ID!, $version: Int!, $note: String!) {
    alertAcknowledge(id: $id, version: $version, note: $note) {
      alert {
        id
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

export const alertAssignMutation = graphql(`
  mutation AlertAssign($id: ID!, $version: Int!, $assigneeId: ID) {
    alertAssign(id: $id, version: $version, assigneeId: $assigneeId) {
      alert {
        id
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

export const alertCommentMutation = graphql(`
  mutation AlertComment($id: ID!, $text: String!) {
    alertComment(id: $id, text: $text) {
      alert {
        id
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

export const alertResolveMutation = graphql(`
  mutation AlertResolve($id: ID!, $version: Int!, $note: String!) {
    alertResolve(id: $id, version: $version, note: $note) {
      alert {
        id
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
