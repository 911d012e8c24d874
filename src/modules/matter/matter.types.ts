import { Field, Int, ObjectType } from 'type-graphql';
import { ClockStart, FormFieldType, PauseReason, TimeUnit } from '../../core/enums';

/** A statutory time limit as stored in the catalog (jsonb) and published. */
@ObjectType()
export class TimeLimit {
  @Field(() => Int)
  amount!: number;

  @Field(() => TimeUnit)
  unit!: TimeUnit;

  @Field(() => ClockStart)
  startsFrom!: ClockStart;

  @Field(() => [PauseReason], { description: 'Pause reasons that stop this clock.' })
  pauseReasons!: PauseReason[];

  @Field(() => Int, { nullable: true, description: 'Most that may be added by extension, in the same unit; null: no fixed maximum or none allowed (see extensible).' })
  maxExtension!: number | null;

  @Field(() => Boolean)
  extensible!: boolean;

  @Field(() => String)
  legalBasis!: string;

  /** What the act is, e.g. 作出处理决定; used in the rule sentence. */
  @Field(() => String, { nullable: true, description: 'The act the limit is for, e.g. 作出处理决定.' })
  action!: string | null;
}

@ObjectType()
export class MaterialRequirement {
  @Field(() => String)
  name!: string;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType()
export class FormField {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => FormFieldType)
  type!: FormFieldType;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => [String], { nullable: true, description: 'Choices for SELECT fields.' })
  options?: string[] | null;
}

@ObjectType()
export class FormTemplate {
  @Field(() => String)
  title!: string;

  @Field(() => [FormField])
  fields!: FormField[];
}
