import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Channel, DocumentKind } from '../../core/enums';
import { Node } from '../../core/node';

/** One section of a template or of an issued document: an optional heading and a paragraph text. */
export interface DocumentSection {
  heading?: string | null;
  text: string;
}

/**
 * The text of one kind of legal document, for one matter (or one channel, or every
 * case), in one organization (or the hub's default when `organizationId` is null).
 * Versioned: editing saves a new version; issued documents keep the version they used.
 * Texts hold `{{placeholders}}` filled from the case (see document-fields.ts).
 */
@ObjectType('DocumentTemplate', { implements: Node })
@Entity({ tableName: 'document_template' })
@Index({ properties: ['kind', 'active'] })
export class DocumentTemplate {
  [OptionalProps]?: 'createdAt' | 'createdBy' | 'active';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => DocumentKind)
  @Enum({ items: () => DocumentKind, type: 'text' })
  kind!: DocumentKind;

  @Field(() => String, { nullable: true, description: 'The matter it is written for; null for every matter of the channel (or every case).' })
  @Property({ type: 'text', nullable: true })
  matterCode!: string | null;

  @Field(() => Channel, { nullable: true })
  @Enum({ items: () => Channel, type: 'text', nullable: true })
  channel!: Channel | null;

  @Field(() => ID, { nullable: true, description: "The organization's own template; null for the hub's default." })
  @Property({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version!: number;

  /** Only the newest version of a (kind, matter, channel, organization) is active. */
  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => String, { description: 'The document title, e.g. 政府采购投诉处理决定书.' })
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'jsonb' })
  sections!: DocumentSection[];

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
