import { Field, ObjectType } from 'type-graphql';
import { DeadlineAlertType, ReferralUpdateType } from '../../shared/enums';
import { DeadlineView } from '../deadline/deadline.types';
import { Dispute } from '../dispute/dispute.entity';
import { Proceeding } from '../proceeding/proceeding.entity';
import { Referral } from '../referral/referral.entity';

@ObjectType()
export class ReferralUpdate {
  @Field(() => ReferralUpdateType)
  type!: ReferralUpdateType;

  @Field(() => Referral)
  referral!: Referral;

  @Field(() => String)
  cursor!: string;
}

@ObjectType()
export class DeadlineAlert {
  @Field(() => String)
  cursor!: string;

  @Field(() => DeadlineAlertType)
  type!: DeadlineAlertType;

  @Field(() => DeadlineView)
  deadline!: DeadlineView;

  @Field(() => Dispute)
  dispute!: Dispute;

  @Field(() => Proceeding, { nullable: true })
  proceeding!: Proceeding | null;

  @Field(() => Referral, { nullable: true })
  referral!: Referral | null;
}
