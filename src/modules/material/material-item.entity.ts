import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { MaterialReceipt, MaterialStatus } from '../../core/enums';
import { Node } from '../../core/node';

/**
 * One recorded item of a dispute's materials checklist. The checklist is the
 * dispute's matter's `requiredMaterials` (by name); an item without a row here
 * reads MISSING. Recording an item writes this row (versioned).
 */
@ObjectType('MaterialItem', { implements: Node })
@Entity({ tableName: 'material_item' })
@Unique({ properties: ['disputeId', 'name'] })
export class MaterialItem {
  [OptionalProps]?: 'version' | 'receipt' | 'fileIds' | 'remark' | 'recordedBy' | 'recordedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  disputeId!: string;

  @Field(() => String, { description: "The material's name, as the matter catalog lists it." })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  required!: boolean;

  @Field(() => MaterialStatus)
  @Enum({ items: () => MaterialStatus, type: 'text' })
  status!: MaterialStatus;

  @Field(() => MaterialReceipt, { nullable: true })
  @Enum({ items: () => MaterialReceipt, type: 'text', nullable: true })
  receipt: MaterialReceipt | null = null;

  /** Files of the same dispute that hold this material (receipt FILE). */
  @Property({ type: 'uuid[]', default: '{}' })
  fileIds: string[] = [];

  /** Free text: may carry personal data, so served only to unmasked viewers and never put on the timeline. */
  @Property({ type: 'text', nullable: true })
  remark: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  recordedBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  recordedAt: Date | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version: number = 1;
}
