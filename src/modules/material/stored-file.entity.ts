import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { FileOrigin } from '../../core/enums';
import { Node } from '../../core/node';

/**
 * A file of a dispute's case file: an uploaded material or evidence of service, or a
 * rendered legal document. Immutable once stored. The bytes live in the configured
 * store (PostgreSQL table `stored_file_content` by default, or an S3-compatible bucket),
 * never in this row, so listing files never reads their content. Visible exactly as its
 * dispute is; the name and the content only to viewers who see the dispute unmasked.
 */
@ObjectType('StoredFile', { implements: Node })
@Entity({ tableName: 'stored_file' })
@Index({ properties: ['disputeId', 'createdAt'] })
export class StoredFile {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /**
   * Null while the file is a pending upload (uploaded during registration, not yet claimed by it).
   * GraphQL reaches files only through their dispute, so the field is never null there.
   */
  @Field(() => ID)
  @Property({ type: 'uuid', nullable: true })
  disputeId!: string | null;

  @Field(() => FileOrigin)
  @Enum({ items: () => FileOrigin, type: 'text' })
  origin!: FileOrigin;

  /** As the uploader named it: may carry personal data, so served only to unmasked viewers (resolver). */
  @Property({ type: 'text' })
  fileName!: string;

  @Field(() => String, { description: 'The type sniffed from the content (never the one the client claimed), e.g. application/pdf.' })
  @Property({ type: 'text' })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Property({ type: 'integer' })
  size!: number;

  @Field(() => String, { description: 'SHA-256 of the content, hex.' })
  @Property({ type: 'text' })
  sha256!: string;

  /** Which store holds the bytes: 'postgres' or 's3'. */
  @Property({ type: 'text' })
  storage!: string;

  /** The key in that store (the file id for PostgreSQL; the object key for S3). */
  @Property({ type: 'text' })
  storageKey!: string;

  /** The uploader's organization (for generated files: the issuing organization). */
  @Property({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
