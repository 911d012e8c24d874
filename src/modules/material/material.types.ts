import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MaterialReceipt, MaterialStatus } from '../../core/enums';
import { NotFoundError, ValidationError, VersionConflictError } from '../../core/errors';
import type { ChecklistLine } from './material.checklist';

/**
 * One line of a dispute's materials checklist: a material the matter's catalog requires (or
 * once required) and what was recorded for it. Never recorded: MISSING with version 0.
 */
@ObjectType({ description: "An item of a dispute's materials checklist (from its matter's requiredMaterials)." })
export class MaterialChecklistItem {
  @Field(() => ID)
  disputeId!: string;

  @Field(() => String, { description: "The material's name, as the matter catalog lists it." })
  name!: string;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => String, { nullable: true, description: "The catalog's note on the material (public text)." })
  note!: string | null;

  @Field(() => MaterialStatus)
  status!: MaterialStatus;

  @Field(() => MaterialReceipt, { nullable: true })
  receipt!: MaterialReceipt | null;

  @Field(() => Date, { nullable: true })
  recordedAt!: Date | null;

  @Field(() => Int, { description: 'Optimistic-lock version of the item; 0 while it was never recorded. Pass it back as expectedVersion.' })
  version!: number;

  /** Read by field resolvers (files, remark, recordedBy). */
  fileIds!: string[];
  rawRemark!: string | null;
  recordedById!: string | null;

  static of(disputeId: string, line: ChecklistLine): MaterialChecklistItem {
    const m = new MaterialChecklistItem();
    m.disputeId = disputeId;
    m.name = line.name;
    m.required = line.required;
    m.note = line.note;
    m.status = line.status;
    m.receipt = line.receipt;
    m.recordedAt = line.recordedAt;
    m.version = line.item?.version ?? 0;
    m.fileIds = line.fileIds;
    m.rawRemark = line.item?.remark ?? null;
    m.recordedById = line.item?.recordedBy ?? null;
    return m;
  }
}

@InputType()
export class RecordMaterialInput {
  @Field(() => ID)
  disputeId!: string;

  @Field(() => String, { description: "The material's name, exactly as the checklist lists it." })
  name!: string;

  @Field(() => MaterialStatus)
  status!: MaterialStatus;

  @Field(() => MaterialReceipt, { nullable: true, description: 'Required when RECEIVED: FILE (with fileIds) or PAPER_ORIGINAL.' })
  receipt?: MaterialReceipt | null;

  @Field(() => [ID], { nullable: true, description: 'Files of this dispute that hold the material (at most 20); required with receipt FILE.' })
  fileIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Required when NOT_APPLICABLE (why). Served only to viewers who see the dispute unmasked, never on the timeline.' })
  remark?: string | null;

  @Field(() => Int, { nullable: true, description: "The item's version as read (0 for an item never recorded)." })
  expectedVersion?: number | null;
}

export const RecordMaterialResult = createUnionType({
  name: 'RecordMaterialResult',
  types: () => [MaterialChecklistItem, ValidationError, NotFoundError, VersionConflictError] as const,
});
