import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AnonymizationReason, Channel, TypicalCaseAction, TypicalCaseSection, TypicalCaseStatus } from '../../core/enums';
import { InvalidTransitionError, NotFoundError, ValidationError, VersionConflictError } from '../../core/errors';
import { Node } from '../../core/node';
import { PageInfo } from '../../core/pagination';
import { TypicalCase } from './typical-case.entity';

@InputType({ description: 'The three sections of a typical case, as the editor writes them (the anonymization pass runs on them).' })
export class TypicalCaseSectionsInput {
  @Field(() => String, { description: '【基本案情】' })
  facts!: string;

  @Field(() => String, { description: '【处理结果】' })
  outcome!: string;

  @Field(() => String, { description: '【典型意义】' })
  significance!: string;
}

@InputType()
export class DraftTypicalCaseInput {
  @Field(() => ID, { description: 'A CLOSED or RESOLVED dispute in which the viewer’s organization held a proceeding.' })
  disputeId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => TypicalCaseSectionsInput)
  sections!: TypicalCaseSectionsInput;
}

@InputType({ description: 'What changes; the pass runs again over the whole text. Fields left out stay as they are.' })
export class UpdateTypicalCaseInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => TypicalCaseSectionsInput, { nullable: true })
  sections?: TypicalCaseSectionsInput | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Originals the pass replaced that the editor keeps (a place name read as a person’s name), replacing the list kept so far. Publication still refuses any party’s name, ID number, phone or address.',
  })
  keep?: string[] | null;
}

@ObjectType('TypicalCaseText', { description: 'The text of a typical case: a title and the sections 【基本案情】【处理结果】【典型意义】.' })
export class TypicalCaseTextView {
  @Field(() => String)
  title!: string;

  @Field(() => String, { description: '【基本案情】' })
  facts!: string;

  @Field(() => String, { description: '【处理结果】' })
  outcome!: string;

  @Field(() => String, { description: '【典型意义】' })
  significance!: string;
}

@ObjectType({ description: 'One replacement of the anonymization pass, for the editor’s diff. Offsets are UTF-16 code units, end exclusive.' })
export class AnonymizationReplacement {
  @Field(() => TypicalCaseSection)
  section!: TypicalCaseSection;

  @Field(() => Int, { description: 'Start of the original span in the draft text of the section.' })
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => Int, { description: 'Start of the replacement in the anonymized text of the section.' })
  anonymizedStart!: number;

  @Field(() => Int)
  anonymizedEnd!: number;

  @Field(() => String)
  original!: string;

  @Field(() => String, { description: 'What stands in its place: a pseudonym (张某甲), the kept region of an address, ××× or nothing (a deleted bracket).' })
  replacement!: string;

  @Field(() => AnonymizationReason)
  reason!: AnonymizationReason;
}

@ObjectType('TypicalCaseHistoryEntry', { description: 'One step of a typical case.' })
export class TypicalCaseHistoryEntryView {
  @Field(() => TypicalCaseAction)
  action!: TypicalCaseAction;

  @Field(() => TypicalCaseStatus, { nullable: true })
  from!: TypicalCaseStatus | null;

  @Field(() => TypicalCaseStatus)
  to!: TypicalCaseStatus;

  @Field(() => Date)
  at!: Date;

  /** Resolved to the actor (TypicalCaseResolver). */
  actorUserId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType()
export class TypicalCaseEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => TypicalCase)
  node!: TypicalCase;
}

@ObjectType()
export class TypicalCaseConnection {
  @Field(() => [TypicalCaseEdge])
  edges!: TypicalCaseEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

/** A published typical case as the public reads it: the anonymized text, no dispute, no people. */
@ObjectType('PublishedTypicalCase', { implements: Node, description: 'A published typical case (public): the anonymized text only; nothing of the dispute it came from.' })
export class PublishedTypicalCase {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: '【基本案情】' })
  facts!: string;

  @Field(() => String, { description: '【处理结果】' })
  outcome!: string;

  @Field(() => String, { description: '【典型意义】' })
  significance!: string;

  @Field(() => String, { nullable: true })
  matterCode!: string | null;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => Int)
  year!: number;

  @Field(() => Date)
  publishedAt!: Date;

  /** Resolved to the publishing organization (a public record). */
  organizationId!: string;

  static of(c: TypicalCase): PublishedTypicalCase {
    return Object.assign(new PublishedTypicalCase(), {
      id: c.id,
      ...c.anonymized,
      matterCode: c.matterCode,
      channel: c.channel,
      year: c.year,
      publishedAt: c.publishedAt!,
      organizationId: c.organization.id,
    });
  }
}

@ObjectType()
export class PublishedTypicalCaseEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => PublishedTypicalCase)
  node!: PublishedTypicalCase;
}

@ObjectType()
export class PublishedTypicalCaseConnection {
  @Field(() => [PublishedTypicalCaseEdge])
  edges!: PublishedTypicalCaseEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

export const TypicalCaseResult = createUnionType({
  name: 'TypicalCaseResult',
  types: () => [TypicalCase, ValidationError, NotFoundError, InvalidTransitionError, VersionConflictError] as const,
});
