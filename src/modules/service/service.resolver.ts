import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Allow, Permission } from '../../core/permissions';
import { DeadlineView, presentDeadlineOf } from '../deadline';
import { DisputeEventType } from '../../core/enums';
import { isUuid } from '../../core/validation/uuid';
import { disclosesPersonalData, Party } from '../dispute';
import { DisputeEvent } from '../timeline';
import { LegalDocument } from '../document';
import { StoredFile } from '../material';
import { completionBasis } from './completion-rules';
import { DocumentService } from './document-service.entity';
import { ServiceAddressConfirmation } from './service-address.entity';
import { answerClockId, serviceClockId, ServiceRecordService } from './service.service';
import { RecordAnswerInput, RecordAnswerResult, RecordServiceAddressInput, RecordServiceAddressResult, RecordServiceInput, RecordServiceResult, ServiceEvidenceItem } from './service.types';

/** A personal value of a service record (names, addresses, free text): audited before it leaves, null for masked viewers. */
async function personal(ctx: HubContext, disputeId: string, value: string | null): Promise<string | null> {
  if (value === null) return null;
  return (await disclosesPersonalData(ctx, disputeId)) ? value : null;
}

function clockView(ctx: HubContext, disputeId: string, id: string): Promise<DeadlineView | null> {
  return presentDeadlineOf(ctx, disputeId, (d) => d.id === id);
}

@Resolver(() => DocumentService)
export class DocumentServiceResolver {
  @Allow(Permission.RECORD_SERVICE)
  @Mutation(() => RecordServiceResult, {
    description:
      'Records service (送达) of an issued document on one recipient; the hub computes the date service is complete by the method’s rule and starts the recipient’s clocks from it. Refuses 留置 of a 调解书, electronic service without consent, and evidence that does not prove the method.',
  })
  recordService(@Ctx() ctx: HubContext, @Arg('input', () => RecordServiceInput) input: RecordServiceInput) {
    return ServiceRecordService.record(ctx, input);
  }

  @Allow(Permission.RECORD_SERVICE)
  @Mutation(() => RecordAnswerResult, {
    description: 'Records that a served recipient of a 答辩通知书 answered (答辩状), with the answer’s files: the recipient’s ANSWER clock stops on that day (MISSED when late). Once per recipient.',
  })
  recordAnswer(@Ctx() ctx: HubContext, @Arg('input', () => RecordAnswerInput) input: RecordAnswerInput) {
    return ServiceRecordService.recordAnswer(ctx, input);
  }

  @Allow(Permission.RECORD_SERVICE)
  @Mutation(() => RecordServiceAddressResult, { description: 'Records a party’s 送达地址确认书 (addresses, consent to electronic service, the signed file).' })
  recordServiceAddress(@Ctx() ctx: HubContext, @Arg('input', () => RecordServiceAddressInput) input: RecordServiceAddressInput) {
    return ServiceRecordService.recordAddress(ctx, input);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who signed (or the witness of a 留置); null for viewers who see the dispute masked.' })
  signerName(@Ctx() ctx: HubContext, @Root() s: DocumentService): Promise<string | null> {
    return personal(ctx, s.disputeId, s.signerName);
  }

  @FieldResolver(() => String, { nullable: true, description: 'POSTAL: null for viewers who see the dispute masked.' })
  trackingNumber(@Ctx() ctx: HubContext, @Root() s: DocumentService): Promise<string | null> {
    return personal(ctx, s.disputeId, s.trackingNumber);
  }

  @FieldResolver(() => String, { nullable: true, description: 'PUBLIC_NOTICE: where it was published or posted; null for viewers who see the dispute masked.' })
  publishedWhere(@Ctx() ctx: HubContext, @Root() s: DocumentService): Promise<string | null> {
    return personal(ctx, s.disputeId, s.publishedWhere);
  }

  @FieldResolver(() => String, { nullable: true, description: 'PUBLIC_NOTICE: why the other methods failed; null for viewers who see the dispute masked.' })
  reason(@Ctx() ctx: HubContext, @Root() s: DocumentService): Promise<string | null> {
    return personal(ctx, s.disputeId, s.reason);
  }

  @FieldResolver(() => String, { description: 'The rule by which the completion date was computed, with its legal basis.' })
  completionBasis(@Root() s: DocumentService): string {
    return completionBasis(s.method, s.abroad);
  }

  @FieldResolver(() => [ServiceEvidenceItem])
  async evidence(@Ctx() ctx: HubContext, @Root() s: DocumentService): Promise<ServiceEvidenceItem[]> {
    const files = await ctx.loaders.serviceEvidenceFile.loadMany(s.evidence.map((e) => e.fileId));
    return s.evidence.flatMap((e, i) => {
      const file = files[i];
      if (file instanceof Error) throw file;
      return file ? [Object.assign(new ServiceEvidenceItem(), { kind: e.kind, file })] : [];
    });
  }

  @FieldResolver(() => [StoredFile], { description: 'The answer (答辩状) and its attachments, when recorded with files; empty otherwise.' })
  async answerFiles(@Ctx() ctx: HubContext, @Root() s: DocumentService): Promise<StoredFile[]> {
    const files = await ctx.loaders.serviceEvidenceFile.loadMany(s.answerFileIds ?? []);
    return files.flatMap((f) => {
      if (f instanceof Error) throw f;
      return f ? [f] : [];
    });
  }

  @FieldResolver(() => LegalDocument)
  async document(@Ctx() ctx: HubContext, @Root() s: DocumentService): Promise<LegalDocument> {
    const d = await ctx.loaders.servedDocument.load(s.documentId);
    if (!d) throw new Error(`service ${s.id} of a missing document`);
    return d;
  }

  @FieldResolver(() => Party)
  async recipient(@Ctx() ctx: HubContext, @Root() s: DocumentService): Promise<Party> {
    const p = (await ctx.loaders.partiesByDispute.load(s.disputeId)).find((x) => x.id === s.partyId);
    if (!p) throw new Error(`service ${s.id} of a missing party`);
    return p;
  }

  @FieldResolver(() => DeadlineView, { nullable: true, description: 'A 答辩通知书 served on a party who answers: that party’s time to answer, from the day service is complete.' })
  answerDeadline(@Ctx() ctx: HubContext, @Root() s: DocumentService): Promise<DeadlineView | null> {
    return clockView(ctx, s.disputeId, answerClockId(s.documentId, s.partyId));
  }
}

@Resolver(() => LegalDocument)
export class LegalDocumentServiceResolver {
  @FieldResolver(() => [DocumentService], { description: 'Service records of the document, one per served recipient, in the order recorded.' })
  services(@Ctx() ctx: HubContext, @Root() d: LegalDocument): Promise<DocumentService[]> {
    return ctx.loaders.servicesByDocument.load(d.id);
  }

  @FieldResolver(() => Boolean, { description: 'Every recipient has been served (true for a document without recipients).' })
  async servedToAll(@Ctx() ctx: HubContext, @Root() d: LegalDocument): Promise<boolean> {
    if (!d.recipientIds.length) return true;
    const served = new Set((await ctx.loaders.servicesByDocument.load(d.id)).map((s) => s.partyId));
    return d.recipientIds.every((id) => served.has(id));
  }

  @FieldResolver(() => DeadlineView, { nullable: true, description: 'The clock of serving every recipient (the center’s rule); null for a document without recipients.' })
  serviceDeadline(@Ctx() ctx: HubContext, @Root() d: LegalDocument): Promise<DeadlineView | null> {
    return clockView(ctx, d.disputeId, serviceClockId(d.id));
  }
}

@Resolver(() => Party)
export class PartyServiceAddressResolver {
  @FieldResolver(() => ServiceAddressConfirmation, { nullable: true, description: 'The party’s 送达地址确认书 in force (its newest), if any.' })
  serviceAddress(@Ctx() ctx: HubContext, @Root() p: Party): Promise<ServiceAddressConfirmation | null> {
    return ctx.loaders.serviceAddressByParty.load(p.id);
  }
}

@Resolver(() => ServiceAddressConfirmation)
export class ServiceAddressConfirmationResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Null for viewers who see the dispute masked.' })
  electronicAddress(@Ctx() ctx: HubContext, @Root() c: ServiceAddressConfirmation): Promise<string | null> {
    return personal(ctx, c.disputeId, c.electronicAddress);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Null for viewers who see the dispute masked.' })
  postalAddress(@Ctx() ctx: HubContext, @Root() c: ServiceAddressConfirmation): Promise<string | null> {
    return personal(ctx, c.disputeId, c.postalAddress);
  }

  @FieldResolver(() => StoredFile, { nullable: true, description: 'The signed confirmation.' })
  file(@Ctx() ctx: HubContext, @Root() c: ServiceAddressConfirmation): Promise<StoredFile | null> | null {
    return c.fileId ? ctx.loaders.serviceAddressFile.load(c.fileId) : null;
  }
}

@Resolver(() => DisputeEvent)
export class EventDocumentServiceResolver {
  @FieldResolver(() => DocumentService, { nullable: true, description: 'DOCUMENT_SERVED: the service record.' })
  async documentService(@Ctx() ctx: HubContext, @Root() e: DisputeEvent): Promise<DocumentService | null> {
    const id = e.type === DisputeEventType.DOCUMENT_SERVED ? e.data?.serviceId : null;
    if (!isUuid(id)) return null;
    const s = await ctx.loaders.serviceById.load(id);
    // The event's dispute is visible (the timeline is read through it); the record is of the same dispute.
    return s && s.disputeId === e.disputeId ? s : null;
  }
}
