import { createUnionType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role } from '../../core/enums';
import { NotFoundError, ValidationError, VersionConflictError } from '../../core/errors';
import { User } from './user.entity';

@InputType()
export class CreateUserInput {
  @Field(() => String, { description: 'Lower-case letters, digits, ".", "_" and "-"; 3 to 40 characters; unique.' })
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => ID, { nullable: true, description: 'Required for every role but ADMIN; an active organization.' })
  organizationId?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => [Role], { nullable: true })
  roles?: Role[] | null;

  @Field(() => ID, { nullable: true, description: 'Moves the account to another organization; an explicit null detaches it (ADMIN accounts only).' })
  organizationId?: string | null;
}

@ObjectType({ description: 'An account and its one-time password, shown once: the user must change it at the first sign-in.' })
export class UserCredentials {
  @Field(() => User)
  user!: User;

  @Field(() => String)
  oneTimePassword!: string;
}

export const CreateUserResult = createUnionType({ name: 'CreateUserResult', types: () => [UserCredentials, ValidationError] as const });
export const UpdateUserResult = createUnionType({ name: 'UpdateUserResult', types: () => [User, ValidationError, NotFoundError, VersionConflictError] as const });
export const ResetPasswordResult = createUnionType({ name: 'ResetPasswordResult', types: () => [UserCredentials, ValidationError, NotFoundError, VersionConflictError] as const });
