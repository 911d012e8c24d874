import { graphql } from '../../gql';

export const ExpertFields = graphql(`
  fragment ExpertFields on Expert {
    id
    name
    title
    employer
    employerCreditCode
    phone
    fields
    fieldList {
      code
      name
    }
    unavailableUntil
    available
    removed
    flaggedForRemoval
    version
    relationships {
      kind
      name
      creditCode
      endedOn
    }
  }
`);

export const ExpertPoolDocument = graphql(`
  query ExpertPool($includeRemoved: Boolean, $flaggedOnly: Boolean) {
    experts(includeRemoved: $includeRemoved, flaggedOnly: $flaggedOnly) {
      ...ExpertFields
    }
    expertTaxonomy {
      matterCode
      name
      groups {
        name
        fields {
          code
          name
        }
      }
    }
  }
`);

export const CreateExpertDocument = graphql(`
  mutation CreateExpert($input: CreateExpertInput!) {
    createExpert(input: $input) {
      __typename
      ... on Expert {
        ...ExpertFields
      }
      ... on ErrorResult {
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

export const UpdateExpertDocument = graphql(`
  mutation UpdateExpert($id: ID!, $input: ExpertInput!, $expectedVersion: Int) {
    updateExpert(id: $id, input: $input, expectedVersion: $expectedVersion) {
      __typename
      ... on Expert {
        ...ExpertFields
      }
      ... on ErrorResult {
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

export const RemoveExpertDocument = graphql(`
  mutation RemoveExpert($id: ID!, $expectedVersion: Int) {
    removeExpert(id: $id, expectedVersion: $expectedVersion) {
      __typename
      ... on Expert {
        ...ExpertFields
      }
      ... on ErrorResult {
        message
      }
    }
  }
`);

export const RestoreExpertDocument = graphql(`
  mutation RestoreExpert($id: ID!, $expectedVersion: Int) {
    restoreExpert(id: $id, expectedVersion: $expectedVersion) {
      __typename
      ... on Expert {
        ...ExpertFields
      }
      ... on ErrorResult {
        message
      }
    }
  }
`);

export const ExpertDrawFields = graphql(`
  fragment ExpertDrawFields on ExpertDraw {
    id
    status
    version
    field
    fieldInfo {
      code
      name
    }
    panelSize
    alternateCount
    seed
    candidateHash
    candidateIds
    drawnOrder
    pausedClock
    previousDrawId
    redrawReason
    drawnAt
    opinionRecordedAt
    opinionFile {
      id
      fileName
    }
    exclusions {
      expertId
      reasons
      expert {
        id
        name
        employer
      }
    }
    seats {
      expertId
      drawnPosition
      panelPosition
      status
      replacedId
      leaveReason
      rating
      ratingComment
      expert {
        id
        name
        title
        employer
        phone
      }
    }
    challenges {
      id
      expertId
      partyId
      partyRole
      reasons
      status
      decisionReason
    }
  }
`);

export const ProceedingExpertsDocument = graphql(`
  query ProceedingExperts($id: ID!) {
    dispute(id: $id) {
      id
      parties {
        id
        role
        name
      }
      files {
        id
        fileName
      }
      proceedings {
        id
        status
        version
        expertFields {
          code
          name
        }
        expertDraws {
          ...ExpertDrawFields
        }
      }
    }
  }
`);

export const DrawExpertsDocument = graphql(`
  mutation DrawExperts($input: DrawExpertsInput!) {
    drawExperts(input: $input) {
      __typename
      ... on ExpertDraw {
        ...ExpertDrawFields
      }
      ... on ErrorResult {
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

export const RedrawExpertsDocument = graphql(`
  mutation RedrawExperts($drawId: ID!, $reason: String!, $expectedVersion: Int) {
    redrawExperts(drawId: $drawId, reason: $reason, expectedVersion: $expectedVersion) {
      __typename
      ... on ExpertDraw {
        ...ExpertDrawFields
      }
      ... on ErrorResult {
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

export const DeclareExpertDocument = graphql(`
  mutation DeclareExpert($drawId: ID!, $expertId: ID!, $expectedVersion: Int) {
    declareExpertNoConflict(drawId: $drawId, expertId: $expertId, expectedVersion: $expectedVersion) {
      __typename
      ... on ExpertDraw {
        ...ExpertDrawFields
      }
      ... on ErrorResult {
        message
      }
    }
  }
`);

export const WithdrawExpertDocument = graphql(`
  mutation WithdrawExpert($drawId: ID!, $expertId: ID!, $reason: String, $expectedVersion: Int) {
    withdrawExpert(drawId: $drawId, expertId: $expertId, reason: $reason, expectedVersion: $expectedVersion) {
      __typename
      ... on ExpertDraw {
        ...ExpertDrawFields
      }
      ... on ErrorResult {
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

export const ChallengeExpertDocument = graphql(`
  mutation ChallengeExpert($drawId: ID!, $expertId: ID!, $partyId: ID!, $reasons: String!, $expectedVersion: Int) {
    challengeExpert(drawId: $drawId, expertId: $expertId, partyId: $partyId, reasons: $reasons, expectedVersion: $expectedVersion) {
      __typename
      ... on ExpertChallenge {
        id
        status
      }
      ... on ErrorResult {
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

export const DecideChallengeDocument = graphql(`
  mutation DecideExpertChallenge($challengeId: ID!, $upheld: Boolean!, $reason: String!, $expectedVersion: Int) {
    decideExpertChallenge(challengeId: $challengeId, upheld: $upheld, reason: $reason, expectedVersion: $expectedVersion) {
      __typename
      ... on ExpertChallenge {
        id
        status
      }
      ... on ErrorResult {
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

export const RecordOpinionDocument = graphql(`
  mutation RecordExpertOpinion($drawId: ID!, $fileId: ID!, $expectedVersion: Int) {
    recordExpertOpinion(drawId: $drawId, fileId: $fileId, expectedVersion: $expectedVersion) {
      __typename
      ... on ExpertDraw {
        ...ExpertDrawFields
      }
      ... on ErrorResult {
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

export const RateExpertDocument = graphql(`
  mutation RateExpert($drawId: ID!, $expertId: ID!, $rating: Int!, $comment: String, $expectedVersion: Int) {
    rateExpert(drawId: $drawId, expertId: $expertId, rating: $rating, comment: $comment, expectedVersion: $expectedVersion) {
      __typename
      ... on ExpertDraw {
        ...ExpertDrawFields
      }
      ... on ErrorResult {
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
