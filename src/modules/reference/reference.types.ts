import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The Chinese display label of one enum value (the server keeps the one label table; clients keep no copy).' })
export class EnumLabel {
  @Field(() => String, { description: 'The GraphQL enum name, e.g. DisputeStatus.' })
  enum!: string;

  @Field(() => String, { description: 'The enum value, e.g. REGISTERED.' })
  value!: string;

  @Field(() => String, { description: 'Its Chinese label, e.g. 已登记.' })
  label!: string;
}
