import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { DocumentKind, DocumentStatus } from '../../core/enums';
import { Allow, Permission } from '../../core/permissions';
import { findAmong } from '../../core/db/loaders';
import { chinaDateOf } from '../clock';
import { Dispute, disclosesPersonalData, Party } from '../dispute';
import { StoredFile } from '../material';
import { Organization } from '../organization';
import { Proceeding } from '../proceeding';
import { chineseDate, placeholdersFor, REQUIRED_PLACEHOLDERS } from './document-fields';
import { plainTextOf } from './document-renderer';
import { DocumentTemplate } from './document-template.entity';
import { DocumentService } from './document.service';
import {
  AcknowledgeNoticeInput,
  AcknowledgeNoticeResult,
  CorrectDocumentInput,
  DocumentPlaceholder,
  DocumentSectionView,
  IssueDocumentInput,
  IssueDocumentResult,
  RecordSupplementReceivedInput,
  RecordSupplementReceivedResult,
  SaveDocumentTemplateInput,
  SaveDocumentTemplateResult,
  SetDocumentNumberPrefixInput,
  SetDocumentNumberPrefixResult,
} from './document.types';
import { LegalDocument } from './legal-document.entity';

@Resolver(() => LegalDocument)
export class LegalDocumentResolver {
  @Allow(Permission.ISSUE_DOCUMENT)
  @Mutation(() => IssueDocumentResult, { description: 'Issues a legal document of a dispute: numbered in the organization’s series, rendered to PDF and DOCX, stored.' })
  issueDocument(@Ctx() ctx: HubContext, @Arg('input', () => IssueDocumentInput) input: IssueDocumentInput) {
    return DocumentService.issue(ctx, input);
  }

  @Allow(Permission.ISSUE_DOCUMENT)
  @Mutation(() => IssueDocumentResult, { description: 'Issues a corrected version (new number) that supersedes the document.' })
  correctDocument(@Ctx() ctx: HubContext, @Arg('input', () => CorrectDocumentInput) input: CorrectDocumentInput) {
    return DocumentService.correct(ctx, input);
  }

  @Allow(Permission.ISSUE_DOCUMENT)
  @Mutation(() => AcknowledgeNoticeResult, { description: 'Records that the applicant acknowledged the 告知书.' })
  acknowledgeNotice(@Ctx() ctx: HubContext, @Arg('input', () => AcknowledgeNoticeInput) input: AcknowledgeNoticeInput) {
    return DocumentService.acknowledge(ctx, input.documentId);
  }

  @Allow(Permission.ISSUE_DOCUMENT)
  @Mutation(() => RecordSupplementReceivedResult, { description: 'Records that the materials a 补正通知书 asked for were supplemented: the handling clock runs again.' })
  recordSupplementReceived(@Ctx() ctx: HubContext, @Arg('input', () => RecordSupplementReceivedInput) input: RecordSupplementReceivedInput) {
    return DocumentService.recordSupplementReceived(ctx, input.documentId);
  }

  @FieldResolver(() => StoredFile, { description: 'The PDF (its content only for viewers who see the dispute unmasked).' })
  pdf(@Ctx() ctx: HubContext, @Root() doc: LegalDocument) {
    return fileOf(ctx, doc.pdfFileId);
  }

  @FieldResolver(() => StoredFile, { description: 'The DOCX, for offices that edit.' })
  docx(@Ctx() ctx: HubContext, @Root() doc: LegalDocument) {
    return fileOf(ctx, doc.docxFileId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The text as issued (plain text of the PDF); null for viewers who see the dispute masked.' })
  async text(@Ctx() ctx: HubContext, @Root() doc: LegalDocument): Promise<string | null> {
    if (!(await disclosesPersonalData(ctx, doc.disputeId))) return null;
    const org = await ctx.loaders.organization.load(doc.organizationId);
    return plainTextOf({ organizationName: org?.name ?? '', title: doc.title, number: doc.number, sections: doc.sections, dateText: chineseDate(chinaDateOf(doc.issuedAt)) });
  }

  @FieldResolver(() => [Party], { description: 'The parties the document is served on.' })
  async recipients(@Ctx() ctx: HubContext, @Root() doc: LegalDocument): Promise<Party[]> {
    const parties = await ctx.loaders.partiesByDispute.load(doc.disputeId);
    return parties.filter((p) => doc.recipientIds.includes(p.id));
  }

  @FieldResolver(() => Organization, { description: 'The issuing organization.' })
  async organization(@Ctx() ctx: HubContext, @Root() doc: LegalDocument): Promise<Organization> {
    return (await ctx.loaders.organization.load(doc.organizationId))!;
  }

  @FieldResolver(() => Proceeding, { nullable: true })
  proceeding(@Ctx() ctx: HubContext, @Root() doc: LegalDocument) {
    return findAmong(ctx.loaders.proceedingsByDispute, doc.disputeId, doc.proceedingId);
  }

  @FieldResolver(() => Dispute)
  async dispute(@Ctx() ctx: HubContext, @Root() doc: LegalDocument): Promise<Dispute> {
    const d = await ctx.loaders.visibleDispute.load(doc.disputeId);
    if (!d) throw new Error('document of an invisible dispute');
    return d;
  }
}

async function fileOf(ctx: HubContext, id: string): Promise<StoredFile> {
  const file = await ctx.loaders.documentFile.load(id);
  if (!file) throw new Error(`stored file ${id} of a document is missing`);
  return file;
}

@Resolver(() => DocumentTemplate)
export class DocumentTemplateResolver {
  @Allow(Permission.ISSUE_DOCUMENT)
  @Query(() => [DocumentTemplate], {
    description: 'Active templates (the hub’s and the viewer’s organization’s; an administrator sees all). With matterCode: those that apply to the matter, the one used first.',
  })
  documentTemplates(
    @Ctx() ctx: HubContext,
    @Arg('kind', () => DocumentKind, { nullable: true }) kind?: DocumentKind | null,
    @Arg('matterCode', () => String, { nullable: true }) matterCode?: string | null,
  ) {
    return DocumentService.templates(ctx, kind, matterCode);
  }

  @Allow(Permission.MANAGE_DOCUMENT_TEMPLATES)
  @Mutation(() => SaveDocumentTemplateResult, { description: 'Saves a new version of a template (the previous one becomes inactive); unknown placeholders are refused.' })
  saveDocumentTemplate(@Ctx() ctx: HubContext, @Arg('input', () => SaveDocumentTemplateInput) input: SaveDocumentTemplateInput) {
    return DocumentService.saveTemplate(ctx, input);
  }

  @Allow(Permission.MANAGE_DOCUMENT_TEMPLATES)
  @Mutation(() => SetDocumentNumberPrefixResult, { description: 'Sets the prefix of an organization’s document numbers (杭财采监〔2026〕12号), for a kind or for every kind.' })
  setDocumentNumberPrefix(@Ctx() ctx: HubContext, @Arg('input', () => SetDocumentNumberPrefixInput) input: SetDocumentNumberPrefixInput) {
    return DocumentService.setPrefix(ctx, input);
  }

  @FieldResolver(() => [DocumentSectionView])
  sections(@Root() t: DocumentTemplate): DocumentSectionView[] {
    return t.sections.map((s) => Object.assign(new DocumentSectionView(), { heading: s.heading ?? null, text: s.text }));
  }

  @FieldResolver(() => [DocumentPlaceholder], { description: 'The placeholders a template of this kind may use.' })
  availablePlaceholders(@Root() t: DocumentTemplate): DocumentPlaceholder[] {
    const required = REQUIRED_PLACEHOLDERS[t.kind] ?? [];
    return placeholdersFor(t.kind).map((p) => Object.assign(new DocumentPlaceholder(), { key: p.key, label: p.label, required: required.includes(p.key) }));
  }
}

/** The documents of a dispute, and its 告知书: fields this module adds to the dispute. */
@Resolver(() => Dispute)
export class DisputeDocumentsResolver {
  @FieldResolver(() => [LegalDocument], { description: 'Issued legal documents, superseded versions included, in order of issue.' })
  documents(@Ctx() ctx: HubContext, @Root() d: Dispute) {
    return ctx.loaders.documentsByDispute.load(d.id);
  }

  @FieldResolver(() => LegalDocument, {
    nullable: true,
    description: 'The 告知书 given at intake (its latest version; acknowledgedAt says whether the applicant acknowledged it); null when none was issued.',
  })
  async rightsNotice(@Ctx() ctx: HubContext, @Root() d: Dispute): Promise<LegalDocument | null> {
    const docs = (await ctx.loaders.documentsByDispute.load(d.id)).filter((x) => x.kind === DocumentKind.NOTICE_OF_RIGHTS && x.status === DocumentStatus.ISSUED);
    return docs[docs.length - 1] ?? null;
  }
}

@Resolver(() => Proceeding)
export class ProceedingDocumentsResolver {
  @FieldResolver(() => [LegalDocument])
  async documents(@Ctx() ctx: HubContext, @Root() p: Proceeding): Promise<LegalDocument[]> {
    return (await ctx.loaders.documentsByDispute.load(p.dispute.id)).filter((x) => x.proceedingId === p.id);
  }

  @FieldResolver(() => LegalDocument, { nullable: true, description: 'The issued decision of the proceeding (latest version), linked to its conclusion; null when none was issued in the hub.' })
  async decisionDocument(@Ctx() ctx: HubContext, @Root() p: Proceeding): Promise<LegalDocument | null> {
    const docs = (await ctx.loaders.documentsByDispute.load(p.dispute.id)).filter((x) => x.proceedingId === p.id && x.kind === DocumentKind.DECISION && x.status === DocumentStatus.ISSUED);
    return docs[docs.length - 1] ?? null;
  }
}
