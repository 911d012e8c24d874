import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Allow, Permission } from '../../core/permissions';
import { User } from '../auth';
import { Dispute, disclosesPersonalData } from '../dispute';
import { mergeChecklist } from './material.checklist';
import { MaterialService } from './material.service';
import { MaterialChecklistItem, RecordMaterialInput, RecordMaterialResult } from './material.types';
import { StoredFile } from './stored-file.entity';

/** Whether the viewer sees the content of the dispute's files; when it does, the read of personal data is audited first. */
async function disclose(ctx: HubContext, disputeId: string | null): Promise<boolean> {
  return !!disputeId && disclosesPersonalData(ctx, disputeId);
}

@Resolver(() => StoredFile)
export class StoredFileResolver {
  @FieldResolver(() => String, { nullable: true, description: 'As the uploader named it; null for viewers who see the dispute masked.' })
  async fileName(@Ctx() ctx: HubContext, @Root() f: StoredFile): Promise<string | null> {
    return (await disclose(ctx, f.disputeId)) ? f.fileName : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'GET this path (with the bearer token) for the content; null for viewers who see the dispute masked.' })
  async downloadPath(@Ctx() ctx: HubContext, @Root() f: StoredFile): Promise<string | null> {
    if (!f.disputeId || !(await ctx.loaders.unmasked.load(f.disputeId))) return null;
    return `/files/${f.id}`;
  }
}

@Resolver(() => Dispute)
export class DisputeMaterialsResolver {
  @FieldResolver(() => [StoredFile], { description: "The dispute's case file: uploaded materials and generated documents, oldest first." })
  files(@Ctx() ctx: HubContext, @Root() d: Dispute): Promise<StoredFile[]> {
    return ctx.loaders.filesByDispute.load(d.id);
  }

  @FieldResolver(() => [MaterialChecklistItem], { description: "The materials checklist from the matter's requiredMaterials; an item never recorded is MISSING." })
  async materials(@Ctx() ctx: HubContext, @Root() d: Dispute): Promise<MaterialChecklistItem[]> {
    const [matter, items] = await Promise.all([d.matter ? ctx.loaders.matter.load(d.matter.id) : null, ctx.loaders.materialItemsByDispute.load(d.id)]);
    return mergeChecklist(matter?.requiredMaterials ?? [], items).map((line) => MaterialChecklistItem.of(d.id, line));
  }
}

@Resolver(() => MaterialChecklistItem)
export class MaterialChecklistItemResolver {
  @FieldResolver(() => [StoredFile], { description: 'The files that hold the material (receipt FILE).' })
  async files(@Ctx() ctx: HubContext, @Root() m: MaterialChecklistItem): Promise<StoredFile[]> {
    if (!m.fileIds.length) return [];
    const byId = new Map((await ctx.loaders.filesByDispute.load(m.disputeId)).map((f) => [f.id, f]));
    return m.fileIds.map((id) => byId.get(id)).filter((f): f is StoredFile => !!f);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the item is not applicable, or a note on it; null for viewers who see the dispute masked.' })
  async remark(@Ctx() ctx: HubContext, @Root() m: MaterialChecklistItem): Promise<string | null> {
    if (m.rawRemark === null) return null;
    return (await disclose(ctx, m.disputeId)) ? m.rawRemark : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who recorded the item last.' })
  recordedBy(@Ctx() ctx: HubContext, @Root() m: MaterialChecklistItem) {
    return m.recordedById ? ctx.loaders.user.load(m.recordedById) : null;
  }

  @Allow(Permission.RECORD_MATERIALS)
  @Mutation(() => RecordMaterialResult, { description: "Records an item of a dispute's materials checklist: received (file or paper original), missing, or not applicable (with a remark)." })
  recordMaterial(@Ctx() ctx: HubContext, @Arg('input', () => RecordMaterialInput) input: RecordMaterialInput) {
    return MaterialService.record(ctx, input);
  }
}
