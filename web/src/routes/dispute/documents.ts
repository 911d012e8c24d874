import { graphql } from '../../gql';

export const ProceedingFields = graphql(`
  fragment ProceedingFields on Proceeding {
    id
    status
    channel
    procedure
    caseNumber
    receivedAt
    acceptedAt
    version
    organization {
      id
      name
    }
    assignee {
      id
      displayName
    }
    matter {
      code
      name
    }
    acceptanceDeadline {
      ...DeadlineFields
    }
    handlingDeadline {
      ...DeadlineFields
    }
    judicialConfirmationApplicationDeadline {
      ...DeadlineFields
    }
    pauses {
      reason
      note
      startedAt
      endedAt
    }
    extensions {
      amount
      unit
      basis
      reason
      approverName
      at
      recordedBy {
        displayName
      }
    }
    outcome {
      kind
      summary
      settles
      effectiveOn
      documentNumber
      at
    }
    judicialConfirmation {
      id
      status
      version
      requestedAt
      rulingNumber
      declineReason
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
    }
  }
`);

export const ReferralFields = graphql(`
  fragment ReferralFields on Referral {
    id
    kind
    channel
    status
    reason
    note
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
    matter {
      code
      name
    }
    responseDeadline {
      ...DeadlineFields
    }
  }
`);

export const EventFields = graphql(`
  fragment EventFields on DisputeEvent {
    cursor
    type
    at
    summary
    actor {
      id
      displayName
    }
    organization {
      id
      name
    }
  }
`);

export const DisputePageDocument = graphql(`
  query DisputePage($id: ID!) {
    dispute(id: $id) {
      id
      code
      title
      facts
      status
      category
      source
      region
      amount
      occurredOn
      receivedAt
      closedAt
      version
      applicationData
      currentOrganization {
        id
        name
      }
      matter {
        code
        name
        channel
        applicationForm {
          title
          fields {
            key
            label
            type
          }
        }
      }
      parties {
        id
        role
        kind
        name
        idType
        idNumber
        phone
        address
      }
      referrals {
        ...ReferralFields
      }
      proceedings {
        ...ProceedingFields
      }
      relatedDisputes {
        id
        code
        title
        status
        receivedAt
      }
      events(first: 100) {
        edges {
          cursor
          node {
            ...EventFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const DisputeEventsDocument = graphql(`
  subscription DisputePageEvents($disputeId: ID!, $after: String) {
    disputeEvents(disputeId: $disputeId, after: $after) {
      ...EventFields
    }
  }
`);
