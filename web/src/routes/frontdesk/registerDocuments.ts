import { graphql } from '../../gql';

export const MattersDocument = graphql(`
  query CatalogMatters {
    matters {
      code
      name
      channel
      needsVerification
      conditions
      authority {
        id
        name
      }
      handlingTimeLimit {
        amount
        unit
        legalBasis
      }
      requiredMaterials {
        name
        note
        required
      }
      applicationForm {
        title
        fields {
          key
          label
          type
          required
          options
        }
      }
    }
  }
`);

export const DisputesByPersonDocument = graphql(`
  query DisputesByPerson($idNumber: String, $phone: String) {
    disputesByPerson(idNumber: $idNumber, phone: $phone, first: 10) {
      __typename
      ... on DisputeConnection {
        totalCount
        edges {
          node {
            ...DisputeRow
          }
        }
      }
      ... on ValidationError {
        message
      }
    }
  }
`);

export const RegisterDisputeDocument = graphql(`
  mutation RegisterDispute($input: RegisterDisputeInput!) {
    registerDispute(input: $input) {
      __typename
      ... on Dispute {
        id
        code
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
