import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { ExpertRelationshipKind } from '../../core/enums';
import { Node } from '../../core/node';
import { DateScalar } from '../../core/scalars';

/** A relationship an expert declared: an organization, by name and/or credit code, and when the tie ended. */
@ObjectType('ExpertRelationship')
export class ExpertRelationship {
  @Field(() => ExpertRelationshipKind)
  kind!: ExpertRelationshipKind;

  @Field(() => String, { nullable: true, description: 'The organization’s name.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'The organization’s unified social credit code.' })
  creditCode!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the tie ended; null while it lasts. Ties that ended more than three years ago no longer exclude.' })
  endedOn!: string | null;
}

/**
 * An expert of an organization's pool (专家库). The pool is the organization's own:
 * only its staff (and ADMIN) read it, and the phone number only unmasked for those
 * who keep the pool (expert.resolver.ts).
 */
@ObjectType('Expert', { implements: Node })
@Entity({ tableName: 'expert' })
@Index({ name: 'expert_organization_idx', properties: ['organizationId', 'name', 'id'] })
export class Expert {
  [OptionalProps]?: 'version' | 'removed' | 'flaggedForRemoval' | 'flaggedAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The organization whose pool it is. */
  @Field(() => ID)
  @Property({ type: 'uuid' })
  organizationId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  /** Field codes of the taxonomy (expert-fields.data.ts). */
  @Field(() => [String], { description: 'Field codes of the expert taxonomy (expertTaxonomy).' })
  @Property({ type: 'jsonb' })
  fields!: string[];

  @Field(() => String, { nullable: true, description: 'Professional title, e.g. 高级工程师.' })
  @Property({ type: 'text', nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  employer!: string | null;

  @Field(() => String, { nullable: true, description: 'The employer’s unified social credit code.' })
  @Property({ type: 'text', nullable: true })
  employerCreditCode!: string | null;

  /** Personal data: masked for everyone but the pool's keepers (resolver). */
  @Property({ type: 'text', nullable: true })
  phone!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Unavailable up to and including this day (China time); null: available.' })
  @Property({ type: 'date', nullable: true })
  unavailableUntil!: string | null;

  @Field(() => [ExpertRelationship], { description: 'Declared relationships (employers and organizations in the last three years, relatives’ organizations).' })
  @Property({ type: 'jsonb' })
  relationships!: ExpertRelationship[];

  @Field(() => Boolean, { description: 'Removed from the pool: never drawn again; kept for the draws that named it.' })
  @Property({ type: 'boolean', default: false })
  removed: boolean = false;

  @Field(() => Boolean, { description: 'Repeated poor ratings (HUB_EXPERT_RATING_THRESHOLD, HUB_EXPERT_RATING_MIN_CASES): the pool’s keepers decide on removal.' })
  @Property({ type: 'boolean', default: false })
  flaggedForRemoval: boolean = false;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  flaggedAt: Date | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version; pass it back as expectedVersion.' })
  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
