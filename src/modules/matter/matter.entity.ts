import { Collection, Entity, Enum, ManyToMany, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Channel, DisputeCategory } from '../../core/enums';
import { Node } from '../../core/node';
import { Organization } from '../organization';
import { FormTemplate, MaterialRequirement, TimeLimit } from './matter.types';

@ObjectType({
  implements: Node,
  description: 'An adjudication (or other) matter from the published list of matters\n(事项清单): what may be applied for, under which law, how, and how fast.',
})
@Entity({ tableName: 'matter' })
export class Matter implements Node {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: 'Stable code, e.g. GOV-PROCUREMENT-COMPLAINT.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Channel)
  @Enum({ items: () => Channel, type: 'text' })
  channel!: Channel;

  /** The city-level authority; resolved through the organization loader. */
  @ManyToOne(() => Organization, { nullable: true, ref: true })
  authority!: Ref<Organization> | null;

  /** Every organization that handles the matter (city and districts). */
  @ManyToMany({ entity: () => Organization, pivotTable: 'matter_handler', joinColumn: 'matter_id', inverseJoinColumn: 'organization_id' })
  handlers = new Collection<Organization>(this);

  @Property({ type: 'text[]' })
  categories!: DisputeCategory[];

  @Field(() => [String])
  @Property({ type: 'text[]' })
  legalBasis!: string[];

  @Field(() => [String])
  @Property({ type: 'text[]' })
  conditions!: string[];

  @Field(() => [String])
  @Property({ type: 'text[]' })
  procedure!: string[];

  @Field(() => TimeLimit, { nullable: true })
  @Property({ type: 'jsonb', nullable: true })
  acceptanceTimeLimit!: TimeLimit | null;

  @Field(() => TimeLimit)
  @Property({ type: 'jsonb' })
  handlingTimeLimit!: TimeLimit;

  @Field(() => TimeLimit, { nullable: true, description: 'Limit under the simplified procedure, where the law has one.' })
  @Property({ type: 'jsonb', nullable: true })
  simplifiedHandlingTimeLimit!: TimeLimit | null;

  @Field(() => [MaterialRequirement])
  @Property({ type: 'jsonb' })
  requiredMaterials!: MaterialRequirement[];

  @Field(() => FormTemplate)
  @Property({ type: 'jsonb' })
  applicationForm!: FormTemplate;

  /** Rows deadlines.md marks "(verify)": shown so an administrator can correct them. */
  @Field(() => Boolean, { description: 'True where the time limits were read from secondary sources and await verification.' })
  @Property({ type: 'boolean', default: false })
  needsVerification: boolean = false;

  /** What of the legal basis awaits verification; served to administrators only (MatterResolver). Public texts carry no marks. */
  @Property({ type: 'text[]', default: '{}' })
  unverifiedLegalBasis: string[] = [];
}
