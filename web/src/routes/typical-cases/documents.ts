import { graphql } from '../../gql';

export const TypicalCaseFields = graphql(`
  fragment TypicalCaseFields on TypicalCase {
    id
    status
    version
    channel
    year
    matterCode
    matter {
      code
      name
    }
    organization {
      id
      name
    }
    dispute {
      id
      code
      title
    }
    draftedAt
    updatedAt
    submittedAt
    publishedAt
    withdrawnAt
    withdrawReason
    anonymized {
      title
      facts
      outcome
      significance
    }
    draft {
      title
      facts
      outcome
      significance
    }
    replacements {
      section
      start
      end
      anonymizedStart
      anonymizedEnd
      original
      replacement
      reason
    }
    keep
    publicationCheck {
      field
      code
      message
    }
    history {
      action
      from
      to
      at
      version
      reason
      actor {
        id
        displayName
      }
    }
  }
`);

export const TypicalCaseDocument = graphql(`
  query TypicalCase($id: ID!) {
    typicalCase(id: $id) {
      ...TypicalCaseFields
    }
  }
`);

export const TypicalCasesDocument = graphql(`
  query TypicalCases($status: [TypicalCaseStatus!], $first: Int, $after: String) {
    typicalCases(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          status
          version
          channel
          year
          organization {
            id
            name
          }
          matter {
            code
            name
          }
          anonymized {
            title
          }
          draftedAt
          submittedAt
          publishedAt
        }
      }
    }
  }
`);

export const SubmittedCountDocument = graphql(`
  query TypicalCasesSubmittedCount {
    typicalCases(status: [SUBMITTED], first: 1) {
      totalCount
    }
  }
`);

/** The dispute a new typical case starts from: its text prefills the editor (the pass anonymizes it). */
export const TypicalCaseSourceDocument = graphql(`
  query TypicalCaseSource($id: ID!) {
    dispute(id: $id) {
      id
      code
      title
      status
      facts
      proceedings {
        id
        status
        acceptedAt
        organization {
          id
          name
        }
        outcome {
          kind
          summary
        }
      }
    }
  }
`);

export const DraftTypicalCaseDocument = graphql(`
  mutation DraftTypicalCase($input: DraftTypicalCaseInput!) {
    draftTypicalCase(input: $input) {
      __typename
      ... on TypicalCase {
        ...TypicalCaseFields
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

export const UpdateTypicalCaseDocument = graphql(`
  mutation UpdateTypicalCase($id: ID!, $input: UpdateTypicalCaseInput!, $expectedVersion: Int) {
    updateTypicalCase(id: $id, input: $input, expectedVersion: $expectedVersion) {
      __typename
      ... on TypicalCase {
        ...TypicalCaseFields
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

export const SubmitTypicalCaseDocument = graphql(`
  mutation SubmitTypicalCase($id: ID!, $expectedVersion: Int) {
    submitTypicalCase(id: $id, expectedVersion: $expectedVersion) {
      __typename
      ... on TypicalCase {
        ...TypicalCaseFields
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

export const ApproveTypicalCaseDocument = graphql(`
  mutation ApproveTypicalCase($id: ID!, $expectedVersion: Int) {
    approveTypicalCase(id: $id, expectedVersion: $expectedVersion) {
      __typename
      ... on TypicalCase {
        ...TypicalCaseFields
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

export const ReturnTypicalCaseDocument = graphql(`
  mutation ReturnTypicalCase($id: ID!, $reason: String!, $expectedVersion: Int) {
    returnTypicalCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      __typename
      ... on TypicalCase {
        ...TypicalCaseFields
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

export const WithdrawTypicalCaseDocument = graphql(`
  mutation WithdrawTypicalCase($id: ID!, $reason: String!, $expectedVersion: Int) {
    withdrawTypicalCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      __typename
      ... on TypicalCase {
        ...TypicalCaseFields
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

export const PublishedTypicalCasesDocument = graphql(`
  query PublishedTypicalCases($matterCode: String, $channel: Channel, $year: Int, $first: Int, $after: String) {
    publishedTypicalCases(matterCode: $matterCode, channel: $channel, year: $year, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          facts
          channel
          year
          publishedAt
          organization {
            id
            name
          }
          matter {
            code
            name
          }
        }
      }
    }
  }
`);

export const PublishedTypicalCaseDocument = graphql(`
  query PublishedTypicalCase($id: ID!) {
    publishedTypicalCase(id: $id) {
      id
      title
      facts
      outcome
      significance
      channel
      year
      publishedAt
      organization {
        id
        name
      }
      matter {
        code
        name
      }
    }
  }
`);

export const TypicalCaseMattersDocument = graphql(`
  query TypicalCaseMatters {
    matters {
      code
      name
    }
  }
`);
