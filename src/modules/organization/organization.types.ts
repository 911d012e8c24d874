import { createUnionType, Field, ID, InputType } from 'type-graphql';
import { Channel, OrganizationKind } from '../../core/enums';
import { NotFoundError, ValidationError, VersionConflictError } from '../../core/errors';
import { Organization } from './organization.entity';

@InputType()
export class CreateOrganizationInput {
  @Field(() => String)
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => [Channel], { description: 'The channels through which it handles disputes (empty for the center and the justice bureau).' })
  channels!: Channel[];

  @Field(() => String, { description: 'A known administrative division: 杭州市 or one of its districts and counties.' })
  region!: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind | null;

  @Field(() => [Channel], { nullable: true })
  channels?: Channel[] | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => ID, { nullable: true, description: 'Another organization; an explicit null removes the parent.' })
  parentId?: string | null;
}

export const OrganizationResult = createUnionType({
  name: 'OrganizationResult',
  types: () => [Organization, ValidationError, NotFoundError, VersionConflictError] as const,
});
