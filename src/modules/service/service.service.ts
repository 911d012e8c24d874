import { createHash, randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { HubContext } from '../../core/context';
import { runCommand } from '../../core/command';
import { DeadlineKind, DisputeStatus, DocumentKind, DocumentStatus, FieldErrorCode, ServiceMethod, type ServiceEvidenceKind } from '../../core/enums';
import { FieldError, InvalidTransitionError, ValidationError, type BusinessError } from '../../core/errors';
import { SERVICE_EVIDENCE_KIND_LABELS, SERVICE_METHOD_LABELS } from '../../core/labels';
import type { TransactionEnv } from '../../core/unit-of-work';
import type { Viewer } from '../../core/viewer';
import { isUuid } from '../../core/validation/uuid';
import { textField } from '../../core/validation/text-field';
import { chinaDateOf, compareDates, isIsoDate, maxDate } from '../clock';
import { DeadlineService } from '../deadline';
import { Dispute, DisputeRepository, Party } from '../dispute';
import { LegalDocument } from '../document';
import { Matter } from '../matter';
import { StoredFile } from '../material';
import { OPEN_PROCEEDING_STATUSES, Proceeding } from '../proceeding';
import { Timeline } from '../timeline';
import { answerClockRule, answerLimitFor, serviceClockRule } from './answer-limits.data';
import { completionOf, EVIDENCE_RULES } from './completion-rules';
import { DocumentService, type ServiceEvidence } from './document-service.entity';
import { ServiceAddressConfirmation } from './service-address.entity';
import { assertMayRecordService, assertMayRecordServiceAddress, type CaseFileAccess } from './service.policy';
import type { RecordAnswerInput, RecordServiceAddressInput, RecordServiceInput } from './service.types';

/** Most evidence files one service record lists. */
const MAX_EVIDENCE = 20;
/** A tracking number as carriers print them. */
const TRACKING_NUMBER = /^[A-Za-z0-9-]{4,40}$/;

/**
 * A stable id derived from the record a clock belongs to (UUID version 8, from SHA-256):
 * the SERVICE clock of a document and the ANSWER clock of a (document, recipient) are
 * found again by id, with no column of their own in the deadline table, and cannot be
 * created twice.
 */
export function derivedClockId(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join(':')).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const serviceClockId = (documentId: string): string => derivedClockId('service-clock', documentId);
export const answerClockId = (documentId: string, partyId: string): string => derivedClockId('answer-clock', documentId, partyId);

/** The record a service command acts on, with the viewer's relation to its dispute, read after the dispute's lock. */
interface Target<R> {
  id: string;
  record: R;
  access: CaseFileAccess;
}

async function caseFileAccess(env: TransactionEnv, viewer: Viewer, dispute: Dispute): Promise<CaseFileAccess> {
  const { em } = env;
  const unmasked = (await DisputeRepository.unmaskedIds(em, viewer, [dispute.id])).has(dispute.id);
  const org = viewer.organizationId;
  if (!org) return { unmasked, holdsOpenProceeding: false, issuedADocument: false };
  const [open, issued] = await Promise.all([
    em.count(Proceeding, { dispute: dispute.id, organization: org, status: { $in: OPEN_PROCEEDING_STATUSES } }),
    em.count(LegalDocument, { disputeId: dispute.id, organizationId: org }),
  ]);
  return { unmasked, holdsOpenProceeding: open > 0, issuedADocument: issued > 0 };
}

/** Files of the dispute among `ids` (a pending upload or another dispute's file is not one). */
async function filesOfDispute(env: TransactionEnv, disputeId: string, ids: string[]): Promise<Set<string>> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (!valid.length) return new Set();
  const rows = await env.em.find(StoredFile, { id: { $in: valid }, disputeId }, { fields: ['id'] });
  return new Set(rows.map((f) => f.id));
}

export class ServiceRecordService {
  /** recordService: the service of an issued document on one of its recipients, with its evidence and completion date. */
  static record(ctx: HubContext, input: RecordServiceInput): Promise<DocumentService | BusinessError> {
    return ServiceRecordService.onDocument(ctx, 'recordService', input.documentId, (env, document, dispute) => ServiceRecordService.recordLocked(env, document, dispute, input));
  }

  /**
   * recordAnswer: the answer (答辩状) of a served recipient of a 答辩通知书. Its ANSWER clock
   * stops on the day received (MET, or MISSED when late: a late answer is still part of the
   * case file). Once per recipient; the issuing organization records it, like service.
   */
  static recordAnswer(ctx: HubContext, input: RecordAnswerInput): Promise<DocumentService | BusinessError> {
    return ServiceRecordService.onDocument(ctx, 'recordAnswer', input.documentId, (env, document, dispute) => ServiceRecordService.recordAnswerLocked(env, document, dispute, input));
  }

  /** The frame of a command on one issued document's service: locked through its dispute, allowed to whoever may serve it. */
  private static onDocument(
    ctx: HubContext,
    action: string,
    documentId: string,
    apply: (env: TransactionEnv, document: LegalDocument, dispute: Dispute) => Promise<DocumentService | BusinessError>,
  ): Promise<DocumentService | BusinessError> {
    return runCommand<Target<LegalDocument>, Dispute, never, never, DocumentService>(ctx, {
      action,
      notFound: `文书 ${documentId} 不存在。`,
      target: documentId,
      lock: async (env, viewer) => {
        const locked = await DisputeRepository.lockThrough(env.em, viewer, LegalDocument, documentId, (d) => d.disputeId);
        if (!locked) return null;
        return { record: { id: locked.record.id, record: locked.record, access: await caseFileAccess(env, viewer, locked.dispute) }, root: locked.dispute };
      },
      authorize: (viewer, { record: t }) => assertMayRecordService(viewer, t.record, t.access),
      // A record of the service (the document is immutable): the dispute's version rises.
      versioned: 'root',
      apply: (env, t, dispute) => apply(env, t.record, dispute),
    });
  }

  private static async recordAnswerLocked(env: TransactionEnv, document: LegalDocument, dispute: Dispute, input: RecordAnswerInput): Promise<DocumentService | BusinessError> {
    const { em } = env;
    if (document.kind !== DocumentKind.ANSWER_NOTICE) return ValidationError.of('documentId', '只有答辩通知书可以登记答辩', FieldErrorCode.INVALID);
    const service = isUuid(input.partyId) ? await em.findOne(DocumentService, { documentId: document.id, partyId: input.partyId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!service) return ValidationError.of('partyId', '该当事人尚未登记送达本答辩通知书，不能登记答辩', FieldErrorCode.INVALID);
    if (service.answerReceivedOn) return new InvalidTransitionError('ANSWERED', `该当事人的答辩状已于 ${service.answerReceivedOn} 登记收到，不能重复登记。`);

    const errors: FieldError[] = [];
    if (!isIsoDate(input.receivedOn)) errors.push(new FieldError('receivedOn', '收到日期无效', FieldErrorCode.INVALID));
    else if (compareDates(input.receivedOn, service.servedOn) < 0) errors.push(new FieldError('receivedOn', `收到日期不能早于送达日期（${service.servedOn}）`, FieldErrorCode.INVALID));
    else if (compareDates(input.receivedOn, env.today) > 0) errors.push(new FieldError('receivedOn', `收到日期不能晚于今天（${env.today}）`, FieldErrorCode.INVALID));
    const fileIds = input.fileIds ?? [];
    if (fileIds.length > MAX_EVIDENCE) errors.push(new FieldError('fileIds', `答辩材料最多 ${MAX_EVIDENCE} 个文件`, FieldErrorCode.INVALID));
    const found = await filesOfDispute(env, dispute.id, fileIds);
    const seen = new Set<string>();
    fileIds.forEach((id, i) => {
      if (!found.has(id)) errors.push(new FieldError(`fileIds.${i}`, '文件不存在或不属于本纠纷（请先上传到本纠纷）', FieldErrorCode.INVALID));
      else if (seen.has(id)) errors.push(new FieldError(`fileIds.${i}`, '同一文件重复列出', FieldErrorCode.INVALID));
      seen.add(id);
    });
    if (errors.length) return new ValidationError(errors);

    const [clock] = await DeadlineService.forUpdate(em, { id: answerClockId(document.id, service.partyId) });
    const late = !!clock && compareDates(input.receivedOn, clock.dueOn) > 0;
    if (clock?.open) DeadlineService.meet(clock, env.calendar, input.receivedOn);
    service.answerReceivedOn = input.receivedOn;
    service.answerFileIds = [...seen];
    service.answerRecordedBy = env.viewer!.userId;
    service.answerRecordedAt = env.now;
    env.targets.push(service.id, service.partyId);
    env.auditDetails = { documentId: document.id, receivedOn: input.receivedOn, late };
    Timeline.append(
      env,
      'ANSWER_RECEIVED',
      { disputeId: dispute.id, organizationId: document.organizationId, proceedingId: document.proceedingId },
      { documentId: document.id, serviceId: service.id, recipientRole: service.recipientRole, receivedOn: input.receivedOn, late },
      { number: document.number },
    );
    return service;
  }

  private static async recordLocked(env: TransactionEnv, document: LegalDocument, dispute: Dispute, input: RecordServiceInput): Promise<DocumentService | BusinessError> {
    const { em } = env;
    if (document.status === DocumentStatus.SUPERSEDED) {
      return ValidationError.of('documentId', '该文书已被更正版本取代，不再送达；请送达更正后的文书', FieldErrorCode.INVALID);
    }
    const party = isUuid(input.partyId) && document.recipientIds.includes(input.partyId) ? await em.findOne(Party, { id: input.partyId, dispute: dispute.id }) : null;
    if (!party) return ValidationError.of('partyId', '该当事人不是本文书的受送达人', FieldErrorCode.INVALID);
    const earlier = await em.findOne(DocumentService, { documentId: document.id, partyId: party.id });
    if (earlier) {
      return new InvalidTransitionError('SERVED', `该受送达人已于 ${earlier.completedOn} ${SERVICE_METHOD_LABELS[earlier.method]}，不能重复登记；登记有误的，请制发更正文书后重新送达。`);
    }

    const method = input.method;
    const errors: FieldError[] = [];
    const invalid = (field: string, message: string) => errors.push(new FieldError(field, message, FieldErrorCode.INVALID));
    const required = (field: string, message: string) => errors.push(new FieldError(field, message, FieldErrorCode.REQUIRED));

    // What the law refuses.
    if (method === ServiceMethod.LEFT_AT_RESIDENCE && document.kind === DocumentKind.MEDIATION_AGREEMENT) {
      invalid('method', '调解书应当直接送达当事人本人，不适用留置送达（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百三十三条）');
    }
    if (method === ServiceMethod.ELECTRONIC) {
      const confirmation = await em.findOne(ServiceAddressConfirmation, { partyId: party.id }, { orderBy: { recordedAt: 'desc', id: 'desc' } });
      if (!confirmation?.electronicConsent) {
        invalid('method', '受送达人未在送达地址确认书中同意电子送达，不能电子送达（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百三十六条）');
      }
    }

    // The date of the act: not before the document existed, not in the future.
    const issuedOn = chinaDateOf(document.issuedAt);
    if (!isIsoDate(input.servedOn)) invalid('servedOn', '送达日期无效');
    else if (compareDates(input.servedOn, issuedOn) < 0) invalid('servedOn', `送达日期不能早于文书制发日期（${issuedOn}）`);
    else if (compareDates(input.servedOn, env.today) > 0) invalid('servedOn', `送达日期不能晚于今天（${env.today}）`);

    // Who signed.
    const signs = method === ServiceMethod.DIRECT || method === ServiceMethod.ENTRUSTED;
    if (signs && !input.signer) required('signer', '直接送达、委托送达应当写明签收人（受送达人本人或者代收人）');
    if (!signs && method !== ServiceMethod.POSTAL && input.signer) invalid('signer', `${SERVICE_METHOD_LABELS[method]}没有签收人`);
    const signerName = textField('signerName', input.signerName, signs ? 1 : 0, 100, errors);

    // Method-specific facts.
    const postal = method === ServiceMethod.POSTAL;
    const notice = method === ServiceMethod.PUBLIC_NOTICE;
    const carrier = textField('carrier', input.carrier, postal ? 1 : 0, 50, errors);
    const trackingNumber = textField('trackingNumber', input.trackingNumber, postal ? 1 : 0, 40, errors);
    if (trackingNumber && !TRACKING_NUMBER.test(trackingNumber)) invalid('trackingNumber', '邮件单号应为 4 至 40 位字母、数字或连字符');
    if (!postal && (carrier || trackingNumber)) invalid(carrier ? 'carrier' : 'trackingNumber', '仅邮寄送达填写邮寄单位和邮件单号');
    const publishedWhere = textField('publishedWhere', input.publishedWhere, notice ? 2 : 0, 200, errors);
    const reason = textField('reason', input.reason, notice ? 2 : 0, 2000, errors);
    if (!notice && (publishedWhere || reason)) invalid(publishedWhere ? 'publishedWhere' : 'reason', '仅公告送达填写公告地点和公告原因');
    if (!notice && input.abroad) invalid('abroad', '仅公告送达区分受送达人是否在境外（公告期 60 日）');

    // Evidence: files of this dispute, of kinds that prove this method.
    const evidence = input.evidence ?? [];
    const rule = EVIDENCE_RULES[method];
    if (evidence.length > MAX_EVIDENCE) invalid('evidence', `送达凭证最多 ${MAX_EVIDENCE} 个文件`);
    const found = await filesOfDispute(
      env,
      dispute.id,
      evidence.map((e) => e.fileId),
    );
    const seen = new Set<string>();
    evidence.forEach((e, i) => {
      if (!found.has(e.fileId)) invalid(`evidence.${i}.fileId`, '文件不存在或不属于本纠纷（请先上传到本纠纷）');
      else if (seen.has(e.fileId)) invalid(`evidence.${i}.fileId`, '同一文件重复列出');
      seen.add(e.fileId);
      if (!rule.accepted.includes(e.kind)) invalid(`evidence.${i}.kind`, `${SERVICE_EVIDENCE_KIND_LABELS[e.kind]}不是${SERVICE_METHOD_LABELS[method]}的送达凭证`);
    });
    for (const group of rule.required) {
      if (!evidence.some((e) => group.includes(e.kind) && found.has(e.fileId))) {
        invalid('evidence', `${SERVICE_METHOD_LABELS[method]}应当附${group.map((k: ServiceEvidenceKind) => SERVICE_EVIDENCE_KIND_LABELS[k]).join('或')}`);
      }
    }
    if (errors.length) return new ValidationError(errors);

    const completion = completionOf(env.calendar, { method, servedOn: input.servedOn, abroad: notice && !!input.abroad });
    const service = em.create(DocumentService, {
      id: randomUUID(),
      documentId: document.id,
      disputeId: dispute.id,
      partyId: party.id,
      recipientRole: party.role,
      method,
      signer: input.signer ?? null,
      signerName,
      servedOn: input.servedOn,
      completedOn: completion.completedOn,
      abroad: notice && !!input.abroad,
      carrier,
      trackingNumber,
      publishedWhere,
      reason,
      evidence: evidence.map((e): ServiceEvidence => ({ kind: e.kind, fileId: e.fileId })),
      recordedBy: env.viewer!.userId,
      recordedAt: env.now,
    });
    env.targets.push(service.id, party.id);
    env.auditDetails = { documentId: document.id, method, servedOn: service.servedOn, completedOn: service.completedOn };
    Timeline.append(
      env,
      'DOCUMENT_SERVED',
      { disputeId: dispute.id, organizationId: document.organizationId, proceedingId: document.proceedingId },
      { documentId: document.id, serviceId: service.id, method, completedOn: service.completedOn, recipientRole: party.role },
      { title: document.title, number: document.number },
    );
    await ServiceRecordService.afterServed(env, document, dispute, party, service);
    return service;
  }

  /**
   * The clocks service moves: the document's SERVICE clock is met once every recipient is
   * served (on the day of the last act of service), and a 答辩通知书 served on a party who
   * answers starts that party's ANSWER clock from the day service is complete.
   */
  private static async afterServed(env: TransactionEnv, document: LegalDocument, dispute: Dispute, party: Party, service: DocumentService): Promise<void> {
    const { em } = env;
    const all = [...(await em.find(DocumentService, { documentId: document.id })).filter((s) => s.id !== service.id), service];
    const served = new Set(all.map((s) => s.partyId));
    if (document.recipientIds.every((id) => served.has(id))) {
      const lastAct = maxDate(all[0].servedOn, ...all.slice(1).map((s) => s.servedOn));
      for (const clock of await DeadlineService.forUpdate(em, { id: serviceClockId(document.id), open: true })) DeadlineService.meet(clock, env.calendar, lastAct);
    }
    if (document.kind !== DocumentKind.ANSWER_NOTICE) return;
    // A CLOSED or WITHDRAWN dispute has nothing left to answer: service may still be recorded, but no clock starts (closing cancelled them all).
    if (dispute.status === DisputeStatus.CLOSED || dispute.status === DisputeStatus.WITHDRAWN) return;
    const proceeding = document.proceedingId ? await em.findOne(Proceeding, { id: document.proceedingId }) : null;
    const matterId = proceeding?.matter?.id ?? dispute.matter?.id ?? null;
    const matter = matterId ? await em.findOne(Matter, { id: matterId }) : null;
    const limit = answerLimitFor(matter?.code);
    if (!limit || !limit.roles.includes(party.role)) return;
    const days = document.parts?.daysAllowed;
    const printed = typeof days === 'number' && Number.isInteger(days) && days > 0 ? { days, number: document.number } : null;
    DeadlineService.create(em, env.calendar, env.today, {
      id: answerClockId(document.id, party.id),
      kind: DeadlineKind.ANSWER,
      rule: answerClockRule(limit, printed),
      start: service.completedOn,
      disputeId: dispute.id,
      proceedingId: document.proceedingId,
      // The issuing organization waits for the answer and is told when the time has run.
      organizationId: document.organizationId,
    });
  }

  /**
   * 'document.issued': a document with recipients gets its SERVICE clock (the center's rule,
   * settings.serviceDueWorkingDays working days from the issue date); a correction ends the
   * clocks of the version it supersedes (that one is no longer served).
   */
  static async onDocumentIssued(env: TransactionEnv, document: LegalDocument, dispute: Dispute): Promise<null> {
    const { em } = env;
    if (document.supersedesId) {
      const old = await em.findOne(LegalDocument, { id: document.supersedesId });
      if (old) {
        const ids = [serviceClockId(old.id), ...old.recipientIds.map((p) => answerClockId(old.id, p))];
        for (const clock of await DeadlineService.forUpdate(em, { id: { $in: ids }, open: true })) DeadlineService.cancel(clock, env.calendar, env.today);
      }
    }
    if (!document.recipientIds.length) return null;
    DeadlineService.create(em, env.calendar, env.today, {
      id: serviceClockId(document.id),
      kind: DeadlineKind.SERVICE,
      rule: serviceClockRule(env.settings.serviceDueWorkingDays),
      start: chinaDateOf(document.issuedAt),
      disputeId: dispute.id,
      proceedingId: document.proceedingId,
      organizationId: document.organizationId,
    });
    return null;
  }

  /** recordServiceAddress: a party's 送达地址确认书 (addresses, consent to electronic service, the signed file). */
  static recordAddress(ctx: HubContext, input: RecordServiceAddressInput): Promise<ServiceAddressConfirmation | BusinessError> {
    return runCommand<Target<Party>, Dispute, never, never, ServiceAddressConfirmation>(ctx, {
      action: 'recordServiceAddress',
      notFound: `当事人 ${input.partyId} 不存在。`,
      target: input.partyId,
      lock: async (env, viewer) => {
        const locked = await DisputeRepository.lockThrough(env.em, viewer, Party, input.partyId, (p) => p.dispute.id);
        if (!locked) return null;
        return { record: { id: locked.record.id, record: locked.record, access: await caseFileAccess(env, viewer, locked.dispute) }, root: locked.dispute };
      },
      authorize: (viewer, { record: t, root }) => assertMayRecordServiceAddress(viewer, root, t.access),
      versioned: 'root',
      apply: (env, t, dispute) => ServiceRecordService.recordAddressLocked(env, t.record, dispute, input),
    });
  }

  private static async recordAddressLocked(env: TransactionEnv, party: Party, dispute: Dispute, input: RecordServiceAddressInput): Promise<ServiceAddressConfirmation | BusinessError> {
    const errors: FieldError[] = [];
    const consent = input.electronicConsent;
    const electronicAddress = textField('electronicAddress', input.electronicAddress, consent ? 3 : 0, 200, errors);
    const postalAddress = textField('postalAddress', input.postalAddress, 0, 300, errors);
    const fileId = input.fileId?.trim() || null;
    if (consent && !fileId) errors.push(new FieldError('fileId', '同意电子送达应当附当事人签署的送达地址确认书', FieldErrorCode.REQUIRED));
    if (fileId && !(await filesOfDispute(env, dispute.id, [fileId])).has(fileId)) {
      errors.push(new FieldError('fileId', '文件不存在或不属于本纠纷（请先上传到本纠纷）', FieldErrorCode.INVALID));
    }
    if (!consent && !electronicAddress && !postalAddress && !fileId) {
      errors.push(new FieldError('postalAddress', '请填写送达地址，或者附送达地址确认书', FieldErrorCode.REQUIRED));
    }
    if (errors.length) return new ValidationError(errors);
    // The newest record is the one in force: keep recordedAt strictly increasing per party (the dispute is
    // locked, so records of one party are written one after the other), even within one millisecond.
    const previous = await env.em.findOne(ServiceAddressConfirmation, { partyId: party.id }, { orderBy: { recordedAt: 'desc' }, fields: ['recordedAt'] });
    const recordedAt = previous && previous.recordedAt >= env.now ? new Date(previous.recordedAt.getTime() + 1) : env.now;
    const confirmation = env.em.create(ServiceAddressConfirmation, {
      id: randomUUID(),
      disputeId: dispute.id,
      partyId: party.id,
      electronicConsent: consent,
      electronicAddress,
      postalAddress,
      fileId,
      recordedBy: env.viewer!.userId,
      recordedAt,
    });
    env.targets.push(confirmation.id);
    env.auditDetails = { electronicConsent: consent, withFile: fileId !== null };
    return confirmation;
  }
}
