import { graphql } from '../gql';

export const DeadlineFields = graphql(`
  fragment DeadlineFields on Deadline {
    kind
    dueOn
    remaining
    state
    unit
    provisional
    rule
  }
`);

export const DisputeRow = graphql(`
  fragment DisputeRow on Dispute {
    id
    code
    title
    status
    category
    source
    region
    receivedAt
    currentOrganization {
      id
      name
    }
    nextDeadline {
      ...DeadlineFields
    }
  }
`);
