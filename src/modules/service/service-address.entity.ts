import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Node } from '../../core/node';

/**
 * A party's 送达地址确认书: the addresses it accepts service at and whether it
 * consents to electronic service (民诉法解释 art. 136). The newest record of a
 * party is the one in force. Addresses are personal data (unmasked viewers only).
 */
@ObjectType('ServiceAddressConfirmation', { implements: Node })
@Entity({ tableName: 'service_address_confirmation' })
@Index({ properties: ['partyId', 'recordedAt'] })
export class ServiceAddressConfirmation {
  [OptionalProps]?: 'recordedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  disputeId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  partyId!: string;

  @Field(() => Boolean, { description: 'The party consents to electronic service.' })
  @Property({ type: 'boolean' })
  electronicConsent!: boolean;

  @Property({ type: 'text', nullable: true })
  electronicAddress!: string | null;

  @Property({ type: 'text', nullable: true })
  postalAddress!: string | null;

  /** The signed confirmation, a file of the dispute. */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  fileId!: string | null;

  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Date = new Date();
}
