import { graphql } from '../../gql';

export const StaffMemberFields = graphql(`
  fragment StaffMemberFields on StaffMember {
    userId
    handlingUnit
    legalProfession
    version
    updatedAt
    user {
      id
      displayName
      username
      roles
    }
    qualifications {
      kind
      certificateNumber
      issuedOn
    }
    training {
      year
      hours
    }
  }
`);

export const StaffRosterDocument = graphql(`
  query StaffRoster($organizationId: ID) {
    staffRoster(organizationId: $organizationId) {
      organizationId
      organization {
        id
        name
      }
      settings {
        enforceHandlerRules
        version
      }
      members {
        ...StaffMemberFields
      }
    }
  }
`);

export const StaffStatisticsDocument = graphql(`
  query StaffStatistics($organizationId: ID, $from: Date!, $to: Date!) {
    staffStatistics(organizationId: $organizationId, from: $from, to: $to) {
      __typename
      ... on StaffStatistics {
        from
        to
        units {
          handlingUnit
          staff
          qualifiedStaff
          trainingHours
          handlers {
            userId
            cases
            leadCases
            user {
              id
              displayName
            }
          }
        }
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
    }
  }
`);

export const RecordStaffDocument = graphql(`
  mutation RecordStaff($userId: ID!, $input: StaffRecordInput!, $expectedVersion: Int) {
    recordStaff(userId: $userId, input: $input, expectedVersion: $expectedVersion) {
      __typename
      ... on StaffMember {
        ...StaffMemberFields
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

export const SetHandlerRulesEnforcementDocument = graphql(`
  mutation SetHandlerRulesEnforcement($organizationId: ID!, $enforce: Boolean!, $expectedVersion: Int) {
    setHandlerRulesEnforcement(organizationId: $organizationId, enforce: $enforce, expectedVersion: $expectedVersion) {
      __typename
      ... on StaffSettings {
        organizationId
        enforceHandlerRules
        version
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
    }
  }
`);

export const StaffOrganizationsDocument = graphql(`
  query StaffOrganizations {
    organizations {
      id
      name
    }
  }
`);

export const ProceedingStaffDocument = graphql(`
  query ProceedingStaff($id: ID!) {
    dispute(id: $id) {
      id
      proceedings {
        id
        version
        status
        handlers {
          userId
          lead
          legalProfession
          user {
            id
            displayName
          }
          qualifications {
            kind
            certificateNumber
          }
        }
        complianceIssues {
          code
          message
        }
      }
    }
  }
`);

export const ColleaguesDocument = graphql(`
  query StaffColleagues {
    organizationMembers {
      id
      displayName
      username
      roles
    }
  }
`);

export const SetProceedingHandlersDocument = graphql(`
  mutation SetProceedingHandlers($proceedingId: ID!, $leadId: ID!, $coHandlerIds: [ID!]!, $expectedVersion: Int) {
    setProceedingHandlers(proceedingId: $proceedingId, leadId: $leadId, coHandlerIds: $coHandlerIds, expectedVersion: $expectedVersion) {
      __typename
      ... on Proceeding {
        id
        version
        handlers {
          userId
          lead
        }
        complianceIssues {
          code
          message
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
