import { graphql } from '../../gql';

export const ProceedingResultFields = graphql(`
  fragment ProceedingResultFields on ProceedingResult {
    __typename
    ... on Proceeding {
      id
      status
      version
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
    ... on ExtensionNotAllowedError {
      alreadyExtended
      maxExtension
    }
  }
`);

export const ReferralActionResultFields = graphql(`
  fragment ReferralActionResultFields on ReferralActionResult {
    __typename
    ... on Referral {
      id
      status
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
`);

export const AcceptReferralDocument = graphql(`
  mutation AcceptReferral($id: ID!) {
    acceptReferral(id: $id) {
      ...ReferralActionResultFields
    }
  }
`);

export const DeclineReferralDocument = graphql(`
  mutation DeclineReferral($id: ID!, $reason: String!) {
    declineReferral(id: $id, reason: $reason) {
      ...ReferralActionResultFields
    }
  }
`);

export const AdmitProceedingDocument = graphql(`
  mutation AdmitProceeding($id: ID!, $expectedVersion: Int, $caseNumber: String, $procedure: ProcedureTrack) {
    admitProceeding(id: $id, expectedVersion: $expectedVersion, caseNumber: $caseNumber, procedure: $procedure) {
      ...ProceedingResultFields
    }
  }
`);

export const RejectProceedingDocument = graphql(`
  mutation RejectProceeding($id: ID!, $expectedVersion: Int, $reason: String!, $suggestedChannel: Channel, $suggestedOrganizationId: ID) {
    rejectProceeding(id: $id, expectedVersion: $expectedVersion, reason: $reason, suggestedChannel: $suggestedChannel, suggestedOrganizationId: $suggestedOrganizationId) {
      ...ProceedingResultFields
    }
  }
`);

export const AssignProceedingDocument = graphql(`
  mutation AssignProceeding($id: ID!, $expectedVersion: Int, $userId: ID!) {
    assignProceeding(id: $id, expectedVersion: $expectedVersion, userId: $userId) {
      ...ProceedingResultFields
    }
  }
`);

export const PauseProceedingDocument = graphql(`
  mutation PauseProceeding($id: ID!, $expectedVersion: Int, $reason: PauseReason!, $note: String) {
    pauseProceeding(id: $id, expectedVersion: $expectedVersion, reason: $reason, note: $note) {
      ...ProceedingResultFields
    }
  }
`);

export const ResumeProceedingDocument = graphql(`
  mutation ResumeProceeding($id: ID!, $expectedVersion: Int) {
    resumeProceeding(id: $id, expectedVersion: $expectedVersion) {
      ...ProceedingResultFields
    }
  }
`);

export const ExtendProceedingDocument = graphql(`
  mutation ExtendProceeding($id: ID!, $expectedVersion: Int, $amount: Int!, $basis: ExtensionBasis!, $reason: String!, $approverName: String) {
    extendProceeding(id: $id, expectedVersion: $expectedVersion, amount: $amount, basis: $basis, reason: $reason, approverName: $approverName) {
      ...ProceedingResultFields
    }
  }
`);

export const ConcludeProceedingDocument = graphql(`
  mutation ConcludeProceeding($input: ConcludeProceedingInput!) {
    concludeProceeding(input: $input) {
      ...ProceedingResultFields
    }
  }
`);

export const RequestJudicialConfirmationDocument = graphql(`
  mutation RequestJudicialConfirmation($proceedingId: ID!, $courtId: ID!) {
    requestJudicialConfirmation(proceedingId: $proceedingId, courtId: $courtId) {
      __typename
      ... on JudicialConfirmation {
        id
        status
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

export const OrganizationMembersDocument = graphql(`
  query OrganizationMembers {
    organizationMembers {
      id
      displayName
      username
      roles
    }
  }
`);

export const CourtsDocument = graphql(`
  query Courts {
    organizations(channel: LITIGATION) {
      id
      name
      region
      kind
    }
  }
`);

export const ReferralInboxDocument = graphql(`
  query ReferralInbox($status: [ReferralStatus!], $first: Int, $after: String) {
    referralInbox(status: $status, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ReferralFields
          dispute {
            id
            code
            title
            category
            region
            status
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PendingCountDocument = graphql(`
  query ReferralInboxPendingCount {
    referralInbox(status: [PENDING], first: 1) {
      totalCount
    }
  }
`);

export const ReferralUpdatesDocument = graphql(`
  subscription ReferralUpdates {
    referralUpdates(scope: OWN_ORGANIZATION) {
      cursor
      type
      referral {
        id
        status
        toOrganization {
          id
        }
        dispute {
          id
          code
          title
        }
      }
    }
  }
`);
