import { graphql } from '../../gql';

export const ReviewCampaignsDocument = graphql(`
  query ReviewCampaigns($status: [ReviewCampaignStatus!]) {
    reviewCampaigns(status: $status) {
      id
      kind
      status
      title
      periodFrom
      periodTo
      sampleSize
      candidateCount
      createdAt
      reportedAt
      organization {
        id
        name
      }
      runnerOrganization {
        id
        name
      }
      viewerRunsIt
      viewerReviews
      statistics {
        files
        scored
      }
    }
  }
`);

export const ReviewCampaignFields = graphql(`
  fragment ReviewCampaignFields on ReviewCampaign {
    id
    kind
    status
    version
    title
    matterCode
    channel
    periodFrom
    periodTo
    sampleSize
    sampleSeed
    candidateCount
    candidateHash
    checklistVersion
    createdAt
    startedAt
    reportedAt
    cancelledAt
    organization {
      id
      name
    }
    runnerOrganization {
      id
      name
    }
    matter {
      code
      name
    }
    reviewers {
      id
      username
      displayName
    }
    createdBy {
      id
      displayName
    }
    viewerRunsIt
    viewerReviews
    files {
      id
      position
      disputeCode
      matterCode
      channel
      outcome
      receivedOn
      concludedOn
      finalScore
      finalGrade
      rounds {
        round
      }
      checks {
        code
        status
      }
    }
    report {
      method
      implementation
      problems
      causes
      improvements
      goodPractice
    }
    statistics {
      files
      scored
      averageScore
      vetoed
      gradeCounts {
        grade
        count
      }
      topDeductions {
        itemCode
        title
        files
        points
      }
      clocksMissed {
        kind
        count
      }
    }
  }
`);

export const ReviewCampaignDocument = graphql(`
  query ReviewCampaign($id: ID!) {
    reviewCampaign(id: $id) {
      ...ReviewCampaignFields
    }
  }
`);

export const ReviewFormOptionsDocument = graphql(`
  query ReviewFormOptions {
    organizations {
      id
      name
    }
    matters {
      code
      name
      channel
    }
  }
`);

/** ADMIN names reviewers from every account. */
export const ReviewAllUsersDocument = graphql(`
  query ReviewAllUsers {
    users {
      id
      username
      displayName
      roles
      organization {
        id
        name
      }
    }
  }
`);

export const ReviewOwnOrganizationMembersDocument = graphql(`
  query ReviewOwnOrganizationMembers {
    organizationMembers {
      id
      username
      displayName
      roles
    }
  }
`);

export const CreateReviewCampaignDocument = graphql(`
  mutation CreateReviewCampaign($input: CreateReviewCampaignInput!) {
    createReviewCampaign(input: $input) {
      __typename
      ... on ReviewCampaign {
        id
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

export const StartReviewCampaignDocument = graphql(`
  mutation StartReviewCampaign($id: ID!, $expectedVersion: Int) {
    startReviewCampaign(id: $id, expectedVersion: $expectedVersion) {
      __typename
      ... on ReviewCampaign {
        ...ReviewCampaignFields
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

export const CancelReviewCampaignDocument = graphql(`
  mutation CancelReviewCampaign($id: ID!, $expectedVersion: Int) {
    cancelReviewCampaign(id: $id, expectedVersion: $expectedVersion) {
      __typename
      ... on ReviewCampaign {
        ...ReviewCampaignFields
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
    }
  }
`);

export const SaveReviewReportDocument = graphql(`
  mutation SaveReviewReport($id: ID!, $input: ReviewReportInput!, $expectedVersion: Int) {
    saveReviewReport(id: $id, input: $input, expectedVersion: $expectedVersion) {
      __typename
      ... on ReviewCampaign {
        ...ReviewCampaignFields
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

export const SubmitReviewReportDocument = graphql(`
  mutation SubmitReviewReport($id: ID!, $expectedVersion: Int) {
    submitReviewReport(id: $id, expectedVersion: $expectedVersion) {
      __typename
      ... on ReviewCampaign {
        ...ReviewCampaignFields
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

export const ReviewReportDocumentDocument = graphql(`
  query ReviewReportFile($campaignId: ID!, $format: ReviewReportFormat) {
    reviewReportDocument(campaignId: $campaignId, format: $format) {
      fileName
      contentType
      base64
      sha256
    }
  }
`);

export const ReviewChecklistDocument = graphql(`
  query ReviewChecklist($version: Int) {
    reviewChecklist(version: $version) {
      version
      vetoItems {
        code
        title
      }
      groups {
        group
        max
      }
      items {
        code
        group
        title
        maxDeduction
      }
      grades {
        grade
        minScore
      }
      checks {
        check
        itemCode
        vetoCode
        deduction
      }
    }
  }
`);

export const ReviewFileFields = graphql(`
  fragment ReviewFileFields on ReviewFile {
    id
    position
    version
    disputeCode
    matterCode
    channel
    outcome
    receivedOn
    acceptedOn
    concludedOn
    finalScore
    finalGrade
    campaign {
      id
      title
      status
      checklistVersion
      viewerReviews
    }
    documents {
      kind
      number
      status
      issuedOn
      recipientCount
    }
    services {
      documentKind
      documentNumber
      method
      servedOn
      completedOn
      evidenceKinds
      evidencePresent
    }
    clocks {
      kind
      startOn
      dueOn
      metOn
      extended
      open
    }
    checks {
      code
      status
      itemCode
      vetoCode
      suggestedDeduction
      evidence {
        summary
        missing
        events {
          seq
          type
          on
        }
        documents {
          kind
          number
          issuedOn
        }
        clocks {
          kind
          startOn
          dueOn
          metOn
          extended
          open
        }
        services {
          documentKind
          documentNumber
          method
          servedOn
          completedOn
          evidenceKinds
          missingKinds
        }
        dates {
          label
          on
        }
      }
    }
    rounds {
      round
      reviewer {
        id
        displayName
      }
      decisions {
        code
        confirmed
        status
        deduction
        reason
      }
      deductions {
        itemCode
        points
        note
      }
      vetoes
      appliedVetoes
      comment
      score
      grade
      items {
        itemCode
        group
        points
      }
      scoredAt
    }
  }
`);

export const ReviewFileDocument = graphql(`
  query ReviewFile($id: ID!) {
    reviewFile(id: $id) {
      ...ReviewFileFields
    }
  }
`);

export const ScoreReviewFileDocument = graphql(`
  mutation ScoreReviewFile($input: ScoreReviewFileInput!) {
    scoreReviewFile(input: $input) {
      __typename
      ... on ReviewFile {
        ...ReviewFileFields
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
