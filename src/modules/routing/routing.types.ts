import { Field, Float, ObjectType } from 'type-graphql';
import { Channel } from '../../core/enums';
import { Matter } from '../matter';
import { Organization } from '../organization';

@ObjectType()
export class RouteSuggestion {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => Matter, { nullable: true })
  matter!: Matter | null;

  @Field(() => String, { description: 'Why this route fits, in plain words.' })
  reason!: string;

  @Field(() => Float, { description: 'Higher is better; suggestions come sorted by score, best first.' })
  score!: number;
}
