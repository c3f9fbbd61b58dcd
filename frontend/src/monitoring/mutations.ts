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
  mutation RiskRuleUpdate($id: ID!, $expectedVersion: Int!, $input: RiskRuleUpdateInput!) {
    riskRuleUpdate(id: $id, expectedVersion: $expectedVersion, input: $input) {
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
  mutation RiskRuleDelete($id: ID!, $expectedVersion: Int!) {
    riskRuleDelete(id: $id, expectedVersion: $expectedVersion) {
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
  mutation AlertAcknowledge($id: ID!, $expectedVersion: Int!, $note: String!) {
    alertAcknowledge(id: $id, expectedVersion: $expectedVersion, note: $note) {
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
  mutation AlertAssign($id: ID!, $expectedVersion: Int!, $assigneeId: ID) {
    alertAssign(id: $id, expectedVersion: $expectedVersion, assigneeId: $assigneeId) {
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
  mutation AlertResolve($id: ID!, $expectedVersion: Int!, $note: String!) {
    alertResolve(id: $id, expectedVersion: $expectedVersion, note: $note) {
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

export const riskRuleChangeApproveMutation = graphql(`
  mutation RiskRuleChangeApprove($id: ID!, $expectedVersion: Int!) {
    riskRuleChangeApprove(id: $id, expectedVersion: $expectedVersion) {
      change {
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

export const riskRuleChangeRejectMutation = graphql(`
  mutation RiskRuleChangeReject($id: ID!, $expectedVersion: Int!, $reason: String!) {
    riskRuleChangeReject(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      change {
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

export const riskRuleChangeWithdrawMutation = graphql(`
  mutation RiskRuleChangeWithdraw($id: ID!, $expectedVersion: Int!) {
    riskRuleChangeWithdraw(id: $id, expectedVersion: $expectedVersion) {
      change {
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

export const accessRuleUpdateMutation = graphql(`
  mutation AccessRuleUpdate($id: ID!, $input: AccessRuleInput!) {
    accessRuleUpdate(id: $id, input: $input) {
      accessRule {
        id
        kinds
        windowMinutes
        threshold
        criticalThreshold
        enabled
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
