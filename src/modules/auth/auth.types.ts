import { createUnionType, Field, ObjectType } from 'type-graphql';
import { InvalidCredentialsError, ValidationError } from '../../core/errors';
import { User } from './user.entity';

@ObjectType()
export class Session {
  @Field(() => String, { description: 'Bearer token for the Authorization header and the WebSocket connectionParams.' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;

  @Field(() => Boolean, { description: 'Signed in with a one-time password: call changePassword before anything else.' })
  mustChangePassword!: boolean;
}

export const LoginResult = createUnionType({
  name: 'LoginResult',
  types: () => [Session, InvalidCredentialsError] as const,
});

export const ChangePasswordResult = createUnionType({
  name: 'ChangePasswordResult',
  description: 'A new session (every earlier token of the account stops working), or why the change was refused.',
  types: () => [Session, InvalidCredentialsError, ValidationError] as const,
});
