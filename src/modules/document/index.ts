import type { HubModule } from '../../core/module';
import { DocumentTemplate } from './document-template.entity';
import { documentLoaders } from './document.loaders';
import { DisputeDocumentsResolver, DocumentTemplateResolver, LegalDocumentResolver, ProceedingDocumentsResolver } from './document.resolver';
import { DocumentService } from './document.service';
import { LegalDocument } from './legal-document.entity';

export * from './document-template.entity';
export * from './legal-document.entity';
export * from './document.types';
export { DocumentService, activeTemplate, rankTemplates } from './document.service';
export { applyDocumentReferenceData, type PrefixSeed, type DocumentReferenceReport } from './document-reference';
export { renderPdf, renderDocx, plainTextOf, documentFonts, documentFontFiles, type RenderableDocument, type Fonts } from './document-renderer';
export { formatDocumentNumber, prefixFor, KIND_MARKS } from './document-numbering';
export { remedyRuleOf, remedyParagraph, REMEDY_RULES, DEFAULT_REMEDY } from './remedy-rules.data';
export { SHIPPED_TEMPLATES, DEMONSTRATION_MATTERS, wordsFor, type ShippedTemplate } from './document-templates.data';
export { PLACEHOLDERS, placeholdersFor, fieldValues, fillSections, validateTemplate, type CaseFacts, type CaseParty } from './document-fields';

declare module '../../core/context' {
  interface HubLoaders extends ReturnType<typeof documentLoaders> {}
}

/** Legal documents (法律文书): templates, numbering, rendering to PDF and DOCX, notices to parties. */
export const documentModule: HubModule = {
  name: 'document',
  entities: [DocumentTemplate, LegalDocument],
  resolvers: [LegalDocumentResolver, DocumentTemplateResolver, DisputeDocumentsResolver, ProceedingDocumentsResolver],
  loaders: (em) => documentLoaders(em),
  listeners: {
    // A conclusion with outcome DECISION is linked to the issued decision, or recorded as made on paper.
    'proceeding.concluded': [(env, { proceeding, dispute }) => DocumentService.afterConclusion(env, proceeding, dispute)],
  },
};
