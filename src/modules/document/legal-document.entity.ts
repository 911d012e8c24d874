import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { DocumentKind, DocumentStatus } from '../../core/enums';
import { Node } from '../../core/node';
import { StoredFile } from '../material';
import type { DocumentSection } from './document-template.entity';

/**
 * An issued legal document of a case: numbered in its organization's series for
 * its kind and year, rendered to PDF and DOCX (stored files of the dispute), and
 * immutable. A correction issues a new version with a new number that supersedes
 * this one (status SUPERSEDED); both stay in the case file.
 */
@ObjectType('LegalDocument', { implements: Node })
@Entity({ tableName: 'legal_document' })
@Index({ properties: ['disputeId', 'issuedAt'] })
@Index({ properties: ['proceedingId', 'kind'] })
@Unique({ properties: ['organizationId', 'kind', 'year', 'serial'] })
export class LegalDocument {
  [OptionalProps]?: 'status' | 'acknowledgedAt' | 'acknowledgedBy' | 'supersedesId' | 'supersededById';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  disputeId!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  proceedingId!: string | null;

  /** The issuing organization (its series numbers the document). */
  @Field(() => ID)
  @Property({ type: 'uuid' })
  organizationId!: string;

  @Field(() => DocumentKind)
  @Enum({ items: () => DocumentKind, type: 'text' })
  kind!: DocumentKind;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'e.g. 杭财采监〔2026〕12号' })
  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'integer' })
  year!: number;

  /** The number within the series (gap-free per organization, kind and year). */
  @Property({ type: 'integer' })
  serial!: number;

  @Field(() => Int, { description: '1 for the original; a correction is the next version.' })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  supersedesId: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  supersededById: string | null = null;

  @Field(() => DocumentStatus)
  @Enum({ items: () => DocumentStatus, type: 'text' })
  status: DocumentStatus = DocumentStatus.ISSUED;

  @Property({ type: 'uuid' })
  templateId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  templateVersion!: number;

  /** The text as issued (placeholders filled): personal data, served only to unmasked viewers. */
  @Property({ type: 'jsonb' })
  sections!: DocumentSection[];

  /** The structured parts a decision must state (parties, claims, facts, basis, outcome, performance, remedy), as given at issue. */
  @Property({ type: 'jsonb', nullable: true })
  parts!: Record<string, unknown> | null;

  /** Parties the document is to be served on (their ids). */
  @Property({ type: 'uuid[]', default: '{}' })
  recipientIds!: string[];

  @Property({ type: 'uuid' })
  pdfFileId!: string;

  @Property({ type: 'uuid' })
  docxFileId!: string;

  /**
   * The same columns as relations, never written through (persist: false): they tell the
   * ORM's commit order that a document's files are inserted before the document that
   * references them, when both are created in one transaction.
   */
  @ManyToOne(() => StoredFile, { fieldName: 'pdf_file_id', persist: false, nullable: true, ref: true })
  pdfFile?: Ref<StoredFile>;

  @ManyToOne(() => StoredFile, { fieldName: 'docx_file_id', persist: false, nullable: true, ref: true })
  docxFile?: Ref<StoredFile>;

  @Field(() => String, { description: 'SHA-256 of the PDF, hex.' })
  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'uuid' })
  issuedBy!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  issuedAt!: Date;

  /** For a 告知书: when the applicant acknowledged it. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  acknowledgedBy: string | null = null;
}
