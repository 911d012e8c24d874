import { createUnionType, Field, ObjectType } from 'type-graphql';
import { InvalidCredentialsError } from '../../core/errors';
import { User } from './user.entity';

@ObjectType()
export class Session {
  @Field(() => String, { description: 'Bearer token for the Authorization header and the WebSocket connectionParams.' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

export const LoginResult = createUnionType({
  name: 'LoginResult',
  types: () => [Session, InvalidCredentialsError] as const,
});
