import { graphql } from '../../gql';

export const RouteSuggestionsDocument = graphql(`
  query RouteSuggestions($disputeId: ID!) {
    routeSuggestions(disputeId: $disputeId) {
      score
      reason
      channel
      organization {
        id
        name
        region
      }
      matter {
        code
        name
      }
    }
  }
`);

export const OrganizationsDocument = graphql(`
  query Organizations($channel: Channel, $region: String) {
    organizations(channel: $channel, region: $region) {
      id
      name
      region
      kind
      channels
    }
  }
`);

export const ReferDisputeDocument = graphql(`
  mutation ReferDispute($input: ReferDisputeInput!) {
    referDispute(input: $input) {
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

export const CancelReferralDocument = graphql(`
  mutation CancelReferral($id: ID!, $reason: String!) {
    cancelReferral(id: $id, reason: $reason) {
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

export const CloseDisputeDocument = graphql(`
  mutation CloseDispute($id: ID!, $expectedVersion: Int, $note: String) {
    closeDispute(id: $id, expectedVersion: $expectedVersion, note: $note) {
      __typename
      ... on Dispute {
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
    }
  }
`);

export const WithdrawDisputeDocument = graphql(`
  mutation WithdrawDispute($id: ID!, $expectedVersion: Int, $reason: String!) {
    withdrawDispute(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      __typename
      ... on Dispute {
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
    }
  }
`);
