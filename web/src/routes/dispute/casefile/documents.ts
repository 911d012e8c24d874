import { graphql } from '../../../gql';

export const StoredFileFields = graphql(`
  fragment StoredFileFields on StoredFile {
    id
    fileName
    contentType
    size
    sha256
    origin
    createdAt
    downloadPath
  }
`);

export const DocumentServiceFields = graphql(`
  fragment DocumentServiceFields on DocumentService {
    id
    partyId
    method
    servedOn
    completedOn
    completionBasis
    signer
    signerName
    carrier
    trackingNumber
    publishedWhere
    reason
    abroad
    recordedAt
    evidence {
      kind
      file {
        ...StoredFileFields
      }
    }
    answerDeadline {
      ...DeadlineFields
    }
    answerReceivedOn
    answerFiles {
      ...StoredFileFields
    }
  }
`);

export const LegalDocumentFields = graphql(`
  fragment LegalDocumentFields on LegalDocument {
    id
    kind
    title
    number
    version
    status
    issuedAt
    acknowledgedAt
    supersedesId
    supersededById
    servedToAll
    sha256
    proceedingId
    organization {
      id
      name
    }
    recipients {
      id
      role
      name
    }
    pdf {
      ...StoredFileFields
    }
    docx {
      ...StoredFileFields
    }
    serviceDeadline {
      ...DeadlineFields
    }
    services {
      ...DocumentServiceFields
    }
  }
`);

export const MaterialItemFields = graphql(`
  fragment MaterialItemFields on MaterialChecklistItem {
    name
    required
    note
    status
    receipt
    remark
    recordedAt
    version
    recordedBy {
      id
      displayName
    }
    files {
      ...StoredFileFields
    }
  }
`);

/** The dispute's case file: files, checklist, documents, the parties' service addresses and the clocks. */
export const CaseFileDocument = graphql(`
  query CaseFile($id: ID!) {
    dispute(id: $id) {
      id
      files {
        ...StoredFileFields
      }
      materials {
        ...MaterialItemFields
      }
      documents {
        ...LegalDocumentFields
      }
      rightsNotice {
        id
        number
        issuedAt
        acknowledgedAt
      }
      parties {
        id
        role
        kind
        name
        address
        serviceAddress {
          id
          electronicConsent
          electronicAddress
          postalAddress
          recordedAt
          file {
            ...StoredFileFields
          }
        }
      }
      deadlines {
        ...DeadlineFields
      }
    }
  }
`);

/** The text of the documents as issued (null for viewers who see the dispute masked); read when a preview opens. */
export const DocumentTextsDocument = graphql(`
  query CaseFileDocumentTexts($id: ID!) {
    dispute(id: $id) {
      id
      documents {
        id
        text
      }
    }
  }
`);

export const RecordMaterialDocument = graphql(`
  mutation CaseFileRecordMaterial($input: RecordMaterialInput!) {
    recordMaterial(input: $input) {
      __typename
      ... on MaterialChecklistItem {
        name
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
      ... on VersionConflictError {
        currentVersion
      }
    }
  }
`);

export const IssueDocumentDocument = graphql(`
  mutation CaseFileIssueDocument($input: IssueDocumentInput!) {
    issueDocument(input: $input) {
      __typename
      ... on LegalDocument {
        id
        number
        title
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

export const CorrectDocumentDocument = graphql(`
  mutation CaseFileCorrectDocument($input: CorrectDocumentInput!) {
    correctDocument(input: $input) {
      __typename
      ... on LegalDocument {
        id
        number
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

export const AcknowledgeNoticeDocument = graphql(`
  mutation CaseFileAcknowledgeNotice($documentId: ID!) {
    acknowledgeNotice(input: { documentId: $documentId }) {
      __typename
      ... on LegalDocument {
        id
        acknowledgedAt
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
    }
  }
`);

export const RecordSupplementReceivedDocument = graphql(`
  mutation CaseFileRecordSupplementReceived($documentId: ID!) {
    recordSupplementReceived(input: { documentId: $documentId }) {
      __typename
      ... on LegalDocument {
        id
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
    }
  }
`);

export const RecordServiceDocument = graphql(`
  mutation CaseFileRecordService($input: RecordServiceInput!) {
    recordService(input: $input) {
      __typename
      ... on DocumentService {
        id
        completedOn
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

export const RecordAnswerDocument = graphql(`
  mutation CaseFileRecordAnswer($input: RecordAnswerInput!) {
    recordAnswer(input: $input) {
      __typename
      ... on DocumentService {
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

export const RecordServiceAddressDocument = graphql(`
  mutation CaseFileRecordServiceAddress($input: RecordServiceAddressInput!) {
    recordServiceAddress(input: $input) {
      __typename
      ... on ServiceAddressConfirmation {
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
