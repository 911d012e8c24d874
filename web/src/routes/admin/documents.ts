import { graphql } from '../../gql';

export const AdminOrganizationFields = graphql(`
  fragment AdminOrganizationFields on Organization {
    id
    name
    kind
    channels
    region
    active
    version
    parent {
      id
      name
    }
  }
`);

export const AdminOrganizationsDocument = graphql(`
  query AdminOrganizations {
    organizations(includeInactive: true) {
      ...AdminOrganizationFields
    }
  }
`);

export const CreateOrganizationDocument = graphql(`
  mutation AdminCreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      __typename
      ... on Organization {
        ...AdminOrganizationFields
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
      ... on ValidationError {
        fieldErrors {
          field
          message
        }
      }
    }
  }
`);

export const UpdateOrganizationDocument = graphql(`
  mutation AdminUpdateOrganization($id: ID!, $expectedVersion: Int!, $input: UpdateOrganizationInput!) {
    updateOrganization(id: $id, expectedVersion: $expectedVersion, input: $input) {
      __typename
      ... on Organization {
        ...AdminOrganizationFields
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
      ... on ValidationError {
        fieldErrors {
          field
          message
        }
      }
    }
  }
`);

export const DeactivateOrganizationDocument = graphql(`
  mutation AdminDeactivateOrganization($id: ID!, $expectedVersion: Int!) {
    deactivateOrganization(id: $id, expectedVersion: $expectedVersion) {
      __typename
      ... on Organization {
        ...AdminOrganizationFields
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
    }
  }
`);

export const ReactivateOrganizationDocument = graphql(`
  mutation AdminReactivateOrganization($id: ID!, $expectedVersion: Int!) {
    reactivateOrganization(id: $id, expectedVersion: $expectedVersion) {
      __typename
      ... on Organization {
        ...AdminOrganizationFields
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
    }
  }
`);

export const AdminUserFields = graphql(`
  fragment AdminUserFields on User {
    id
    username
    displayName
    roles
    disabled
    mustChangePassword
    version
    organization {
      id
      name
    }
  }
`);

export const AdminUsersDocument = graphql(`
  query AdminUsers($organizationId: ID) {
    users(includeDisabled: true, organizationId: $organizationId) {
      ...AdminUserFields
    }
  }
`);

export const AdminOrganizationNamesDocument = graphql(`
  query AdminOrganizationNames {
    organizations(includeInactive: true) {
      id
      name
      active
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      __typename
      ... on UserCredentials {
        oneTimePassword
        user {
          ...AdminUserFields
        }
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
      ... on ValidationError {
        fieldErrors {
          field
          message
        }
      }
    }
  }
`);

export const UpdateUserDocument = graphql(`
  mutation AdminUpdateUser($id: ID!, $expectedVersion: Int!, $input: UpdateUserInput!) {
    updateUser(id: $id, expectedVersion: $expectedVersion, input: $input) {
      __typename
      ... on User {
        ...AdminUserFields
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
      ... on ValidationError {
        fieldErrors {
          field
          message
        }
      }
    }
  }
`);

export const DisableUserDocument = graphql(`
  mutation AdminDisableUser($id: ID!, $expectedVersion: Int!) {
    disableUser(id: $id, expectedVersion: $expectedVersion) {
      __typename
      ... on User {
        ...AdminUserFields
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
    }
  }
`);

export const EnableUserDocument = graphql(`
  mutation AdminEnableUser($id: ID!, $expectedVersion: Int!) {
    enableUser(id: $id, expectedVersion: $expectedVersion) {
      __typename
      ... on User {
        ...AdminUserFields
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
    }
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation AdminResetPassword($id: ID!, $expectedVersion: Int!) {
    resetPassword(id: $id, expectedVersion: $expectedVersion) {
      __typename
      ... on UserCredentials {
        oneTimePassword
        user {
          ...AdminUserFields
        }
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
    }
  }
`);

export const HolidayCalendarDocument = graphql(`
  query AdminHolidayCalendar($year: Int!) {
    holidayCalendar(year: $year) {
      year
      official
      source
      holidays
      makeUpWorkdays
    }
  }
`);

export const LoadHolidayCalendarDocument = graphql(`
  mutation AdminLoadHolidayCalendar($input: HolidayScheduleInput!) {
    loadHolidayCalendar(input: $input) {
      __typename
      ... on HolidayCalendar {
        year
        official
        source
        holidays
        makeUpWorkdays
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
      ... on ValidationError {
        fieldErrors {
          field
          message
        }
      }
    }
  }
`);

export const AuditLogDocument = graphql(`
  query AdminAuditLog($action: String, $actorUserId: ID, $targetId: String, $first: Int, $after: String) {
    auditLog(action: $action, actorUserId: $actorUserId, targetId: $targetId, first: $first, after: $after) {
      nodes {
        id
        at
        action
        actorUserId
        organizationId
        targetIds
        details
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
