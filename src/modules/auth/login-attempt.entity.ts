import { BigIntType, Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** Failed sign-ins, shared by every instance, for throttling by username and by address. */
@Entity({ tableName: 'login_attempt' })
@Index({ properties: ['username', 'at'] })
@Index({ properties: ['ip', 'at'] })
export class LoginAttempt {
  [OptionalProps]?: 'id' | 'at';

  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  username!: string;

  @Property({ type: 'text' })
  ip!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();
}
