import { graphql } from '../gql';

export const loginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      user {
        id
        username
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout {
      errors {
        field
        code
        message
      }
    }
  }
`);

export const userCreateMutation = graphql(`
  mutation UserCreate($input: UserCreateInput!) {
    userCreate(input: $input) {
      user {
        id
        username
        displayName
      }
      roleGrant {
        id
        added
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const userUpdateMutation = graphql(`
  mutation UserUpdate($id: ID!, $input: UserUpdateInput!) {
    userUpdate(id: $id, input: $input) {
      user {
        id
        username
        displayName
        branch
        roles
        isActive
      }
      roleGrant {
        id
        added
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const userSetPasswordMutation = graphql(`
  mutation UserSetPassword($id: ID!, $password: String!) {
    userSetPassword(id: $id, password: $password) {
      user {
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

export const apiKeyCreateMutation = graphql(`
  mutation ApiKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      apiKey {
        id
        name
        prefix
        scopes
      }
      secret
      errors {
        field
        code
        message
      }
    }
  }
`);

export const apiKeyRevokeMutation = graphql(`
  mutation ApiKeyRevoke($id: ID!) {
    apiKeyRevoke(id: $id) {
      apiKey {
        id
        name
        isActive
        revokedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const userUnlockMutation = graphql(`
  mutation UserUnlock($id: ID!) {
    userUnlock(id: $id) {
      user {
        id
        lockedUntil
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const roleGrantApproveMutation = graphql(`
  mutation RoleGrantApprove($id: ID!) {
    roleGrantApprove(id: $id) {
      roleGrant {
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

export const roleGrantRejectMutation = graphql(`
  mutation RoleGrantReject($id: ID!, $reason: String!) {
    roleGrantReject(id: $id, reason: $reason) {
      roleGrant {
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
