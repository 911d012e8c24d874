import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../../core/pagination';
import { DisputeEvent } from './dispute-event.entity';

@ObjectType()
export class DisputeEventEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => DisputeEvent)
  node!: DisputeEvent;
}

@ObjectType()
export class DisputeEventConnection {
  @Field(() => [DisputeEventEdge])
  edges!: DisputeEventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
