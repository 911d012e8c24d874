import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { PartyRole, ServiceEvidenceKind, ServiceMethod, ServiceSigner } from '../../core/enums';
import { Node } from '../../core/node';
import { DateScalar } from '../../core/scalars';

/** A file proving service, and what it proves. */
export interface ServiceEvidence {
  kind: ServiceEvidenceKind;
  fileId: string;
}

/**
 * Service (送达) of one issued document on one recipient: the method, who signed
 * and when, the evidence, and the date service is complete as the hub computed it
 * by the method's rule (民事诉讼法 arts 85–95). Recorded once per document and
 * recipient (a second record is refused); immutable: a wrong record is corrected by
 * issuing a corrected version of the document and serving that one.
 */
@ObjectType('DocumentService', { implements: Node })
@Entity({ tableName: 'document_service' })
@Index({ properties: ['documentId', 'partyId'] })
@Index({ properties: ['disputeId'] })
export class DocumentService {
  [OptionalProps]?: 'recordedAt' | 'answerReceivedOn' | 'answerFileIds' | 'answerRecordedBy' | 'answerRecordedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  documentId!: string;

  @Property({ type: 'uuid' })
  disputeId!: string;

  /** The recipient party. */
  @Field(() => ID)
  @Property({ type: 'uuid' })
  partyId!: string;

  @Field(() => PartyRole)
  @Enum({ items: () => PartyRole, type: 'text' })
  recipientRole!: PartyRole;

  @Field(() => ServiceMethod)
  @Enum({ items: () => ServiceMethod, type: 'text' })
  method!: ServiceMethod;

  @Field(() => ServiceSigner, { nullable: true })
  @Enum({ items: () => ServiceSigner, type: 'text', nullable: true })
  signer!: ServiceSigner | null;

  /** Who signed (or the witness of a 留置): personal data, served only to unmasked viewers. */
  @Property({ type: 'text', nullable: true })
  signerName!: string | null;

  /** The act's date: signed, left, reached the recipient's system, postal receipt, or published. */
  @Field(() => DateScalar, { description: 'The date of the act of service (China time).' })
  @Property({ type: 'date' })
  servedOn!: string;

  @Field(() => DateScalar, {
    description: "The date service is complete, computed by the method's rule (public notice: 30 days after publication, 60 for a party abroad; a holiday end moves to the next working day).",
  })
  @Property({ type: 'date' })
  completedOn!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  abroad!: boolean;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  carrier!: string | null;

  /** Leads to the recipient's address through the carrier: unmasked viewers only (resolver). */
  @Property({ type: 'text', nullable: true })
  trackingNumber!: string | null;

  /** Public notice: where it was published or posted (may be the recipient's residence): unmasked viewers only (resolver). */
  @Property({ type: 'text', nullable: true })
  publishedWhere!: string | null;

  /** Public notice: why the other methods failed. Free text: unmasked viewers only. */
  @Property({ type: 'text', nullable: true })
  reason!: string | null;

  @Property({ type: 'jsonb' })
  evidence!: ServiceEvidence[];

  @Property({ type: 'uuid' })
  recordedBy!: string;

  /** 答辩通知书 only: the day the recipient's answer (答辩状) was received; null until then. */
  @Field(() => DateScalar, { nullable: true, description: 'An answer notice (答辩通知书): the day the recipient’s answer (答辩状) was received; null until recorded.' })
  @Property({ type: 'date', nullable: true })
  answerReceivedOn: string | null = null;

  /** The answer's files (of the same dispute); empty for an answer on paper only. */
  @Property({ type: 'jsonb', nullable: true })
  answerFileIds: string[] | null = null;

  @Property({ type: 'uuid', nullable: true })
  answerRecordedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  answerRecordedAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Date = new Date();
}
