import { graphql } from '../../gql';

export const CourtRegisterDocument = graphql(`
  mutation CourtRegisterDispute($input: RegisterDisputeInput!) {
    registerDispute(input: $input) {
      __typename
      ... on Dispute {
        id
        code
        version
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

export const CourtMediationOrgsDocument = graphql(`
  query CourtMediationOrganizations {
    organizations(channel: MEDIATION) {
      id
      name
      region
      kind
      active
    }
    matters(channel: MEDIATION) {
      code
      name
    }
  }
`);

export const CourtReferDocument = graphql(`
  mutation CourtReferDispute($input: ReferDisputeInput!) {
    referDispute(input: $input) {
      __typename
      ... on Referral {
        id
        status
        kind
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

export const CourtCaseRow = graphql(`
  fragment CourtCaseRow on Dispute {
    id
    code
    title
    status
    category
    source
    region
    receivedAt
    version
    currentOrganization {
      id
      name
    }
    referrals {
      id
      kind
      channel
      status
      reason
      declineReason
      createdAt
      respondedAt
      fromOrganization {
        id
        name
      }
      toOrganization {
        id
        name
      }
      proceeding {
        id
        status
        outcome {
          kind
          summary
          at
        }
      }
      responseDeadline {
        ...DeadlineFields
      }
    }
  }
`);

export const CourtCasesDocument = graphql(`
  query CourtCases($filter: DisputeFilter, $first: Int, $after: String) {
    disputes(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...CourtCaseRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CourtAcceptReferralDocument = graphql(`
  mutation CourtAcceptReferral($id: ID!) {
    acceptReferral(id: $id) {
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
  }
`);

export const ConfirmationFields = graphql(`
  fragment ConfirmationFields on JudicialConfirmation {
    id
    status
    version
    requestedAt
    acceptedAt
    decidedAt
    rulingNumber
    declineReason
    note
    court {
      id
      name
    }
    acceptanceDeadline {
      ...DeadlineFields
    }
    decisionDeadline {
      ...DeadlineFields
    }
    extensions {
      amount
      unit
      reason
      approverName
      at
    }
  }
`);

export const ConfirmationQueueDocument = graphql(`
  query ConfirmationQueue($filter: DisputeFilter, $first: Int, $after: String) {
    disputes(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          code
          title
          proceedings {
            id
            caseNumber
            organization {
              id
              name
            }
            outcome {
              kind
              summary
              effectiveOn
              documentNumber
            }
            judicialConfirmation {
              ...ConfirmationFields
            }
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

export const AcceptConfirmationDocument = graphql(`
  mutation AcceptJudicialConfirmation($id: ID!, $expectedVersion: Int) {
    acceptJudicialConfirmation(id: $id, expectedVersion: $expectedVersion) {
      __typename
      ... on JudicialConfirmation {
        ...ConfirmationFields
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

export const DeclineConfirmationDocument = graphql(`
  mutation DeclineJudicialConfirmation($id: ID!, $expectedVersion: Int, $reason: String!) {
    declineJudicialConfirmation(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      __typename
      ... on JudicialConfirmation {
        ...ConfirmationFields
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

export const DecideConfirmationDocument = graphql(`
  mutation DecideJudicialConfirmation($id: ID!, $expectedVersion: Int, $decision: JudicialConfirmationDecision!, $rulingNumber: String, $note: String) {
    decideJudicialConfirmation(id: $id, expectedVersion: $expectedVersion, decision: $decision, rulingNumber: $rulingNumber, note: $note) {
      __typename
      ... on JudicialConfirmation {
        ...ConfirmationFields
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

export const ExtendConfirmationDocument = graphql(`
  mutation ExtendJudicialConfirmation($id: ID!, $expectedVersion: Int, $reason: String!, $approverName: String) {
    extendJudicialConfirmation(id: $id, expectedVersion: $expectedVersion, reason: $reason, approverName: $approverName) {
      __typename
      ... on JudicialConfirmation {
        ...ConfirmationFields
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
      ... on ExtensionNotAllowedError {
        alreadyExtended
        maxExtension
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
