import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Channel, ProcedureTrack, ReferralKind } from '../../core/enums';
import { InvalidTransitionError, NotFoundError, ValidationError, VersionConflictError } from '../../core/errors';
import { PageInfo } from '../../core/pagination';
import { Referral } from './referral.entity';

@InputType()
export class ReferDisputeInput {
  @Field(() => ID)
  disputeId!: string;

  @Field(() => ID)
  toOrganizationId!: string;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => ReferralKind)
  kind!: ReferralKind;

  @Field(() => String, { nullable: true })
  matterCode?: string | null;

  @Field(() => ProcedureTrack, { nullable: true, description: 'Procedure the receiver is asked to use; ORDINARY unless given.' })
  procedure?: ProcedureTrack | null;

  @Field(() => String)
  reason!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@ObjectType()
export class ReferralEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Referral)
  node!: Referral;
}

@ObjectType()
export class ReferralConnection {
  @Field(() => [ReferralEdge])
  edges!: ReferralEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

export const ReferDisputeResult = createUnionType({
  name: 'ReferDisputeResult',
  types: () => [Referral, ValidationError, NotFoundError, InvalidTransitionError, VersionConflictError] as const,
});

export const ReferralActionResult = createUnionType({
  name: 'ReferralActionResult',
  types: () => [Referral, ValidationError, NotFoundError, InvalidTransitionError, VersionConflictError] as const,
});
