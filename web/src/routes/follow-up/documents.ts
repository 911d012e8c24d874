import { graphql } from '../../gql';

export const FollowUpQueueDocument = graphql(`
  query FollowUpQueue($status: [FollowUpStatus!], $dueSoon: Boolean, $overdue: Boolean, $first: Int, $after: String) {
    followUps(status: $status, dueSoon: $dueSoon, overdue: $overdue, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...FollowUpFields
        }
      }
    }
  }
`);

export const FollowUpFields = graphql(`
  fragment FollowUpFields on FollowUp {
    id
    status
    version
    concludedOn
    visitedOn
    method
    performance
    professionalism
    ease
    timeliness
    fairness
    averageScore
    satisfied
    comments
    attempts {
      attemptedOn
      method
    }
    deadline {
      ...DeadlineFields
    }
    dispute {
      id
      code
      title
      status
    }
  }
`);

export const RecordFollowUpDocument = graphql(`
  mutation RecordFollowUp($id: ID!, $input: RecordFollowUpInput!, $expectedVersion: Int) {
    recordFollowUp(followUpId: $id, input: $input, expectedVersion: $expectedVersion) {
      __typename
      ... on FollowUp {
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

export const RecordFollowUpAttemptDocument = graphql(`
  mutation RecordFollowUpAttempt($id: ID!, $attemptedOn: Date!, $method: FollowUpMethod!, $expectedVersion: Int) {
    recordFollowUpAttempt(followUpId: $id, attemptedOn: $attemptedOn, method: $method, expectedVersion: $expectedVersion) {
      __typename
      ... on FollowUp {
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

export const CloseFollowUpDocument = graphql(`
  mutation CloseFollowUp($id: ID!, $expectedVersion: Int) {
    closeFollowUp(followUpId: $id, expectedVersion: $expectedVersion) {
      __typename
      ... on FollowUp {
        id
        status
        version
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
    }
  }
`);

export const FollowUpSatisfactionDocument = graphql(`
  query FollowUpSatisfaction($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      __typename
      ... on Statistics {
        followUps {
          visits
          unreachable
          satisfied
          satisfactionRate
          professionalismAverage
          easeAverage
          timelinessAverage
          fairnessAverage
          performanceRate
        }
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
    }
  }
`);
