import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Channel, DocumentKind } from '../../core/enums';
import { InvalidTransitionError, NotFoundError, ValidationError, VersionConflictError } from '../../core/errors';
import { DocumentTemplate } from './document-template.entity';
import { LegalDocument } from './legal-document.entity';

@InputType({ description: 'The parts a decision states (a 不予受理决定书 and a 调解协议书 use some of them). The remedy paragraph is generated from the matter and the bodies named here.' })
export class DocumentPartsInput {
  @Field(() => String, { nullable: true, description: '请求事项 (投诉事项和请求).' })
  claims?: string | null;

  @Field(() => String, { nullable: true, description: '查明的事实和证据.' })
  factsAndEvidence?: string | null;

  @Field(() => String, { nullable: true, description: '理由和法律依据, cited to the article (第X条).' })
  legalBasis?: string | null;

  @Field(() => String, { nullable: true, description: '处理结果.' })
  outcome?: string | null;

  @Field(() => String, { nullable: true, description: '履行方式和期限 (how and by when).' })
  performance?: string | null;

  @Field(() => String, { nullable: true, description: 'The reconsideration body named in full, e.g. 杭州市富阳区人民政府.' })
  reconsiderationBody?: string | null;

  @Field(() => String, { nullable: true, description: 'The court named in full, e.g. 杭州市富阳区人民法院.' })
  court?: string | null;
}

@InputType()
export class IssueDocumentInput {
  @Field(() => ID)
  disputeId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The proceeding the document belongs to; required for acceptance, non-acceptance, answer, suspension, resumption, extension, decision and mediation agreement.',
  })
  proceedingId?: string | null;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => [ID], { nullable: true, description: "Parties to serve; by default the kind's: all parties (decision, agreement, suspension...), respondents (answer notice) or applicants." })
  recipientPartyIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: '补正通知书: working days allowed (required); 答辩通知书: the time to answer in the matter’s unit (default by matter).' })
  daysAllowed?: number | null;

  @Field(() => String, { nullable: true, description: 'Reasons: of a non-acceptance, a suspension, a resumption, an extension or a referral.' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: '调解协议书: the terms agreed.' })
  content?: string | null;

  @Field(() => DocumentPartsInput, { nullable: true })
  parts?: DocumentPartsInput | null;

  @Field(() => ID, { nullable: true, description: '送达回证: the document it is the receipt of.' })
  servedDocumentId?: string | null;
}

@InputType({ description: 'A correction: a new version with a new number that supersedes the document. Fields not given keep the values the document was issued with.' })
export class CorrectDocumentInput {
  @Field(() => ID)
  documentId!: string;

  @Field(() => [ID], { nullable: true })
  recipientPartyIds?: string[] | null;

  @Field(() => Int, { nullable: true })
  daysAllowed?: number | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true })
  content?: string | null;

  @Field(() => DocumentPartsInput, { nullable: true, description: 'Parts given replace the issued ones one by one.' })
  parts?: DocumentPartsInput | null;

  @Field(() => ID, { nullable: true })
  servedDocumentId?: string | null;
}

@InputType()
export class AcknowledgeNoticeInput {
  @Field(() => ID, { description: 'The 告知书 the applicant acknowledged.' })
  documentId!: string;
}

@InputType()
export class RecordSupplementReceivedInput {
  @Field(() => ID, { description: 'The 补正通知书 whose materials were supplemented.' })
  documentId!: string;
}

@InputType()
export class DocumentSectionInput {
  @Field(() => String, { nullable: true })
  heading?: string | null;

  @Field(() => String, { description: 'Paragraphs separated by line breaks; {{placeholders}} as listed for the kind.' })
  text!: string;
}

@InputType()
export class SaveDocumentTemplateInput {
  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => String, { nullable: true, description: 'For one matter; null (with channel null) for every case.' })
  matterCode?: string | null;

  @Field(() => Channel, { nullable: true, description: 'For every matter of a channel (not with matterCode).' })
  channel?: Channel | null;

  @Field(() => ID, { nullable: true, description: "An organization's own template; null edits the hub's default." })
  organizationId?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => [DocumentSectionInput])
  sections!: DocumentSectionInput[];

  @Field(() => Int, { nullable: true, description: 'The active version that was edited (0 or null when the line has none); a newer one refuses the save.' })
  expectedVersion?: number | null;
}

@InputType()
export class SetDocumentNumberPrefixInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => DocumentKind, { nullable: true, description: 'Null: the base prefix of every kind without its own.' })
  kind?: DocumentKind | null;

  @Field(() => String, { description: 'e.g. 杭财采监 (the number reads 杭财采监〔2026〕12号).' })
  prefix!: string;
}

@ObjectType('DocumentSection')
export class DocumentSectionView {
  @Field(() => String, { nullable: true })
  heading!: string | null;

  @Field(() => String)
  text!: string;
}

@ObjectType()
export class DocumentPlaceholder {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Boolean, { description: 'A template of this kind must use it.' })
  required!: boolean;
}

@ObjectType()
export class DocumentNumberPrefix {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => DocumentKind, { nullable: true, description: 'Null: the base prefix.' })
  kind!: DocumentKind | null;

  @Field(() => String)
  prefix!: string;

  @Field(() => String, { description: 'What the next numbers look like, e.g. 杭财采监〔2026〕1号.' })
  example!: string;
}

export const IssueDocumentResult = createUnionType({
  name: 'IssueDocumentResult',
  types: () => [LegalDocument, ValidationError, NotFoundError, InvalidTransitionError] as const,
});

export const AcknowledgeNoticeResult = createUnionType({
  name: 'AcknowledgeNoticeResult',
  types: () => [LegalDocument, ValidationError, NotFoundError, InvalidTransitionError] as const,
});

export const RecordSupplementReceivedResult = createUnionType({
  name: 'RecordSupplementReceivedResult',
  types: () => [LegalDocument, ValidationError, NotFoundError, InvalidTransitionError] as const,
});

export const SaveDocumentTemplateResult = createUnionType({
  name: 'SaveDocumentTemplateResult',
  types: () => [DocumentTemplate, ValidationError, NotFoundError, VersionConflictError] as const,
});

export const SetDocumentNumberPrefixResult = createUnionType({
  name: 'SetDocumentNumberPrefixResult',
  types: () => [DocumentNumberPrefix, ValidationError, NotFoundError] as const,
});
