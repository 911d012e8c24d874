import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Channel, DisputeCategory, DisputeSource, DisputeStatus, IdType, JudicialConfirmationStatus, PartyKind, PartyRole } from '../../core/enums';
import { InvalidTransitionError, NotFoundError, ValidationError, VersionConflictError } from '../../core/errors';
import { PageInfo } from '../../core/pagination';
import { DateScalar, DecimalScalar, JSONScalar } from '../../core/scalars';
import { Dispute } from './dispute.entity';

@InputType()
export class PartyInput {
  @Field(() => PartyRole)
  role!: PartyRole;

  @Field(() => PartyKind)
  kind!: PartyKind;

  @Field(() => String)
  name!: string;

  @Field(() => IdType, { nullable: true, description: 'Defaults to RESIDENT_ID for a person and USCC for an organization.' })
  idType?: IdType | null;

  @Field(() => String, { nullable: true, description: "Verified by its type's check digit where it has one." })
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Mainland mobile (11 digits) or landline.' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;
}

@InputType()
export class RegisterDisputeInput {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  facts!: string;

  @Field(() => DisputeCategory)
  category!: DisputeCategory;

  @Field(() => String, { nullable: true })
  matterCode?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  amount?: string | null;

  @Field(() => String)
  region!: string;

  @Field(() => DisputeSource)
  source!: DisputeSource;

  @Field(() => DateScalar, { nullable: true })
  occurredOn?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: "Answers to the matter's application form; validated against it (required fields, types)." })
  applicationData?: unknown;

  @Field(() => [PartyInput], { description: 'At least one APPLICANT.' })
  parties!: PartyInput[];

  @Field(() => String, {
    nullable: true,
    description: 'Retrying with the same key returns the dispute the first call created; the same key with different input is a VALIDATION_FAILED error.',
  })
  idempotencyKey?: string | null;
}

@InputType()
export class DisputeFilter {
  @Field(() => [DisputeStatus], { nullable: true })
  status?: DisputeStatus[] | null;

  @Field(() => [DisputeCategory], { nullable: true })
  category?: DisputeCategory[] | null;

  @Field(() => Channel, { nullable: true })
  channel?: Channel | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => Boolean, { nullable: true })
  overdue?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: disputes with a running clock that has entered its due-soon window and is not yet overdue (the DUE_SOON state); false: none such.',
  })
  dueSoon?: boolean | null;

  @Field(() => String, { nullable: true, description: "Matches code, title, facts or a party's name." })
  search?: string | null;

  @Field(() => DateScalar, { nullable: true })
  receivedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  receivedTo?: string | null;

  @Field(() => ID, { nullable: true, description: "Disputes this organization referred somewhere (e.g. a court liaison: the court's referrals)." })
  referredByOrganizationId?: string | null;

  @Field(() => [JudicialConfirmationStatus], {
    nullable: true,
    description: "Disputes with a judicial confirmation in one of these statuses (for a court liaison: at the viewer's court), e.g. [PENDING, ACCEPTED].",
  })
  judicialConfirmationStatus?: JudicialConfirmationStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Disputes with a proceeding assigned to this user (within what the viewer may read).' })
  assigneeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: disputes with a proceeding assigned to the viewer (a handler's own cases). false or null: no condition." })
  assignedToMe?: boolean | null;
}

@ObjectType()
export class DisputeEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Dispute)
  node!: Dispute;
}

@ObjectType()
export class DisputeConnection {
  @Field(() => [DisputeEdge])
  edges!: DisputeEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

export const RegisterDisputeResult = createUnionType({
  name: 'RegisterDisputeResult',
  types: () => [Dispute, ValidationError] as const,
});

export const DisputesByPersonResult = createUnionType({
  name: 'DisputesByPersonResult',
  types: () => [DisputeConnection, ValidationError] as const,
});

export const DisputeResult = createUnionType({
  name: 'DisputeResult',
  types: () => [Dispute, ValidationError, NotFoundError, InvalidTransitionError, VersionConflictError] as const,
});

@ObjectType({ description: 'How many visible disputes are in one status.' })
export class DisputeStatusCount {
  @Field(() => DisputeStatus)
  status!: DisputeStatus;

  @Field(() => Int)
  count!: number;
}
