import { Field, ObjectType } from 'type-graphql';
import { DeadlineAlertType, ReferralUpdateType } from '../../core/enums';
import { DeadlineView } from '../deadline';
import { Dispute } from '../dispute';
import { Proceeding } from '../proceeding';
import { Referral } from '../referral';

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
