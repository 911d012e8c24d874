import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../core/context';
import {
  Channel,
  ClockStart,
  DeadlineKind,
  DisputeStatus,
  DocumentKind,
  DocumentStatus,
  FieldErrorCode,
  FileOrigin,
  MaterialStatus,
  OutcomeKind,
  PauseReason,
  ProceedingStatus,
  TimeUnit,
} from '../../core/enums';
import { CHANNEL_LABELS, DOCUMENT_KIND_LABELS } from '../../core/labels';
import { FieldError, InvalidTransitionError, NotFoundError, ValidationError, VersionConflictError, type BusinessError } from '../../core/errors';
import type { TransactionEnv } from '../../core/unit-of-work';
import { isUuid } from '../../core/validation/uuid';
import { isAdmin, requireViewer, type Viewer } from '../../core/viewer';
import { chinaDateOf } from '../clock';
import { Deadline, DeadlineService } from '../deadline';
import { Dispute, DisputeRepository, Party } from '../dispute';
import { checklistOf, storeFile } from '../material';
import { Matter } from '../matter';
import { Organization } from '../organization';
import { OPEN_PROCEEDING_STATUSES, OUTCOME_RULES, Proceeding, ProceedingPause, ProceedingService } from '../proceeding';
import { Referral } from '../referral';
import { Timeline } from '../timeline';
import { handlingOf, waysOpenFor } from './document-case';
import { chineseDate, fieldValues, fillSections, placeholdersIn, quantityText, validateTemplate, type CaseFacts, type CaseParty } from './document-fields';
import { checkDocumentArgs, type DocumentArgs } from './document-inputs';
import { formatDocumentNumber, prefixFor, takeSerial, EVERY_KIND, PREFIX_PATTERN } from './document-numbering';
import { DOCX_CONTENT_TYPE, PDF_CONTENT_TYPE, renderDocx, renderPdf, type RenderableDocument } from './document-renderer';
import { DocumentTemplate, type DocumentSection } from './document-template.entity';
import { wordsFor } from './document-templates.data';
import { assertActsForDocument, issuingOrganization } from './document.policy';
import { DocumentNumberPrefix, type CorrectDocumentInput, type IssueDocumentInput, type SaveDocumentTemplateInput, type SetDocumentNumberPrefixInput } from './document.types';
import { LegalDocument } from './legal-document.entity';
import { remedyParagraph, remedyRuleOf, DEFAULT_REMEDY } from './remedy-rules.data';

declare module '../../core/unit-of-work' {
  interface DomainEvents {
    /** A legal document was issued (a correction too: a new version); the service module starts serving it on its recipients. */
    'document.issued': { document: LegalDocument; dispute: Dispute };
  }
}

const K = DocumentKind;
const S = ProceedingStatus;

/** Kinds that belong to a proceeding, and the proceeding statuses each may be issued in. */
const PROCEEDING_STATUSES: Readonly<Partial<Record<DocumentKind, readonly ProceedingStatus[]>>> = {
  ACCEPTANCE_NOTICE: [S.IN_PROGRESS, S.PAUSED],
  NON_ACCEPTANCE_DECISION: [S.ACCEPTANCE_REVIEW, S.NOT_ACCEPTED],
  ANSWER_NOTICE: [S.IN_PROGRESS, S.PAUSED],
  SUSPENSION_NOTICE: [S.IN_PROGRESS, S.PAUSED],
  RESUMPTION_NOTICE: [S.IN_PROGRESS, S.PAUSED],
  EXTENSION_NOTICE: [S.IN_PROGRESS, S.PAUSED],
  DECISION: [S.IN_PROGRESS, S.PAUSED],
  MEDIATION_AGREEMENT: [S.IN_PROGRESS, S.PAUSED, S.CONCLUDED],
};

/** Kinds that may name a proceeding without needing one, in any status but closed ones. */
const OPTIONAL_PROCEEDING_STATUSES: readonly ProceedingStatus[] = [...OPEN_PROCEEDING_STATUSES];

/** The template for a case: the organization's own before the hub's; within each, the matter's, then the channel's, then the default. */
export function rankTemplates<T extends Pick<DocumentTemplate, 'organizationId' | 'matterCode' | 'channel'>>(templates: readonly T[], organizationId: string | null): T[] {
  const rank = (t: T) => (t.organizationId && t.organizationId === organizationId ? 0 : 10) + (t.matterCode ? 0 : t.channel ? 1 : 2);
  return [...templates].sort((a, b) => rank(a) - rank(b));
}

export async function activeTemplate(em: EntityManager, kind: DocumentKind, organizationId: string, matterCode: string | null, channel: Channel | null): Promise<DocumentTemplate | null> {
  const candidates = await em.find(DocumentTemplate, {
    kind,
    active: true,
    $and: [
      { $or: [{ organizationId: null }, { organizationId }] },
      matterCode ? { $or: [{ matterCode: null }, { matterCode }] } : { matterCode: null },
      channel ? { $or: [{ channel: null }, { channel }] } : { channel: null },
    ],
  });
  return rankTemplates(candidates, organizationId)[0] ?? null;
}

/**
 * A CLOSED or WITHDRAWN dispute takes no new document nor correction: closing cancelled its clocks, and a
 * document would start new ones (service, supplement) that nothing would ever end (found by fuzz-mutations).
 */
function endedRefusal(dispute: Dispute): InvalidTransitionError | null {
  if (dispute.status !== DisputeStatus.CLOSED && dispute.status !== DisputeStatus.WITHDRAWN) return null;
  return new InvalidTransitionError(dispute.status, '纠纷已办结或者已撤回，不能再制发或者更正文书。');
}

/** What an issue is made of once the dispute is locked and the viewer authorized. */
interface Production {
  dispute: Dispute;
  proceeding: Proceeding | null;
  organization: Organization;
  kind: DocumentKind;
  args: DocumentArgs;
  /** A correction: the version it supersedes. */
  supersedes: LegalDocument | null;
}

function toCaseParty(p: Party): CaseParty {
  return { id: p.id, role: p.role, kind: p.kind, name: p.name, address: p.address };
}

function argsOf(input: IssueDocumentInput | CorrectDocumentInput): DocumentArgs {
  const parts = input.parts ?? {};
  const out: DocumentArgs = {
    recipientPartyIds: input.recipientPartyIds,
    daysAllowed: input.daysAllowed,
    reason: input.reason,
    content: input.content,
    servedDocumentId: input.servedDocumentId,
    ...parts,
  };
  // Only what was given: a correction merges it over the issued values.
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined && v !== null)) as DocumentArgs;
}

export class DocumentService {
  static issue(ctx: HubContext, input: IssueDocumentInput): Promise<LegalDocument | BusinessError> {
    const viewer = requireViewer(ctx);
    return ctx.services.uow.run<LegalDocument>({ services: ctx.services, em: ctx.em, viewer }, 'issueDocument', async (env) => {
      env.targets.push(input.disputeId);
      const dispute = await DisputeRepository.lockVisible(env.em, viewer, input.disputeId);
      if (!dispute) return new NotFoundError(`纠纷 ${input.disputeId} 不存在。`);
      const label = DOCUMENT_KIND_LABELS[input.kind];
      let proceeding: Proceeding | null = null;
      if (input.proceedingId) {
        proceeding = isUuid(input.proceedingId) ? await env.em.findOne(Proceeding, { id: input.proceedingId, dispute: dispute.id }, { refresh: true }) : null;
        if (!proceeding) return new NotFoundError(`本纠纷没有案件 ${input.proceedingId}。`);
        env.targets.push(proceeding.id);
      }
      const statuses = PROCEEDING_STATUSES[input.kind];
      if (statuses && !proceeding) return ValidationError.of('proceedingId', `制发${label}须指明所属案件`, FieldErrorCode.REQUIRED);
      const viewerOrgHasOpenProceeding =
        !!viewer.organizationId && (await env.em.count(Proceeding, { dispute: dispute.id, organization: viewer.organizationId, status: { $in: OPEN_PROCEEDING_STATUSES } })) > 0;
      const unmasked = (await DisputeRepository.unmaskedIds(env.em, viewer, [dispute.id])).has(dispute.id);
      const orgId = issuingOrganization(viewer, dispute, proceeding, unmasked, viewerOrgHasOpenProceeding);
      const ended = endedRefusal(dispute);
      if (ended) return ended;
      if (proceeding && !(statuses ?? OPTIONAL_PROCEEDING_STATUSES).includes(proceeding.status)) {
        return new InvalidTransitionError(proceeding.status, `案件当前状态不能制发${label}。`);
      }
      if (input.kind === K.DECISION && proceeding) {
        const channels = OUTCOME_RULES.DECISION.channels;
        if (channels !== 'any' && !channels.includes(proceeding.channel)) return ValidationError.of('kind', `${CHANNEL_LABELS[proceeding.channel]}程序不制作处理决定书`, FieldErrorCode.INVALID);
      }
      const organization = await env.em.findOneOrFail(Organization, { id: orgId });
      return DocumentService.produce(env, viewer, { dispute, proceeding, organization, kind: input.kind, args: argsOf(input), supersedes: null });
    });
  }

  /** A correction: a new version, numbered anew in the series, that supersedes the document (both stay in the case file). */
  static correct(ctx: HubContext, input: CorrectDocumentInput): Promise<LegalDocument | BusinessError> {
    const viewer = requireViewer(ctx);
    return ctx.services.uow.run<LegalDocument>({ services: ctx.services, em: ctx.em, viewer }, 'correctDocument', async (env) => {
      env.targets.push(input.documentId);
      const locked = await DisputeRepository.lockThrough(env.em, viewer, LegalDocument, input.documentId, (d) => d.disputeId);
      if (!locked) return new NotFoundError(`文书 ${input.documentId} 不存在。`);
      const { record: old, dispute } = locked;
      const unmasked = (await DisputeRepository.unmaskedIds(env.em, viewer, [dispute.id])).has(dispute.id);
      assertActsForDocument(viewer, old, unmasked);
      const ended = endedRefusal(dispute);
      if (ended) return ended;
      if (old.status !== DocumentStatus.ISSUED) return new InvalidTransitionError(old.status, '该文书已被更正，只能更正其最新版本。');
      const proceeding = old.proceedingId ? await env.em.findOneOrFail(Proceeding, { id: old.proceedingId }) : null;
      const organization = await env.em.findOneOrFail(Organization, { id: old.organizationId });
      // The inputs the document was issued with (recipients too, when they were chosen), overridden by those given now.
      const args: DocumentArgs = { ...((old.parts ?? {}) as DocumentArgs), ...argsOf(input) };
      return DocumentService.produce(env, viewer, { dispute, proceeding, organization, kind: old.kind, args, supersedes: old });
    });
  }

  /**
   * Issues one document: checks the inputs, fills the active template, takes the next
   * number of the series, renders the PDF and the DOCX, stores both files and the
   * document, appends DOCUMENT_ISSUED and tells the other modules; all in the env's
   * transaction, so a failure anywhere leaves no number taken, no file and no document.
   */
  private static async produce(env: TransactionEnv, viewer: Viewer, x: Production): Promise<LegalDocument | BusinessError> {
    const { em } = env;
    const { dispute, proceeding, organization, kind, supersedes } = x;
    const label = DOCUMENT_KIND_LABELS[kind];
    const matterId = proceeding?.matter?.id ?? dispute.matter?.id ?? null;
    const matter = matterId ? await em.findOneOrFail(Matter, { id: matterId }) : null;
    const channel = proceeding?.channel ?? matter?.channel ?? null;
    const template = await activeTemplate(em, kind, organization.id, matter?.code ?? null, channel);
    if (!template) return ValidationError.of('kind', `没有可用的${label}模板，请联系管理员`, FieldErrorCode.NOT_FOUND);
    const usesRemedy = kind === K.DECISION || template.sections.some((s) => placeholdersIn(`${s.heading ?? ''}\n${s.text}`).includes('remedyNotice'));
    const remedy = usesRemedy ? (kind === K.DECISION ? remedyRuleOf(matter?.code) : DEFAULT_REMEDY) : null;

    const parties = (await em.find(Party, { dispute: dispute.id }, { orderBy: { position: 'asc' } })).map(toCaseParty);
    const { errors, checked } = checkDocumentArgs(kind, x.args, parties, remedy);
    if (errors.length) return new ValidationError(errors, errors[0].field === 'parts' ? errors[0].message : undefined);
    const args = checked.args;

    let servedDocument: LegalDocument | null = null;
    if (kind === K.SERVICE_RECEIPT) {
      servedDocument = isUuid(args.servedDocumentId!) ? await em.findOne(LegalDocument, { id: args.servedDocumentId!, disputeId: dispute.id }) : null;
      if (!servedDocument) return ValidationError.of('servedDocumentId', '不是本纠纷的文书', FieldErrorCode.NOT_FOUND);
    }
    const named = kind === K.SERVICE_RECEIPT && !args.recipientPartyIds ? parties.filter((p) => servedDocument!.recipientIds.includes(p.id)) : checked.namedParties;

    let referral: { toOrganization: string; reason: string } | null = null;
    if (kind === K.REFERRAL_LETTER) {
      const [r] = await em.find(Referral, { dispute: dispute.id, fromOrganization: organization.id }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 1, populate: ['toOrganization'] });
      if (!r) return ValidationError.of('kind', `该纠纷没有由${organization.name}发出的转办，不能制发转办函`, FieldErrorCode.INVALID);
      referral = { toOrganization: r.toOrganization.getEntity().name, reason: r.reason };
    }

    const materials = kind === K.MATERIALS_RECEIPT || kind === K.SUPPLEMENT_NOTICE ? await checklistOf(em, dispute.id) : [];
    if (kind === K.SUPPLEMENT_NOTICE) {
      if (!materials.some((m) => m.required && m.status === MaterialStatus.MISSING)) return ValidationError.of('kind', '材料清单中没有缺少的必需材料，无需补正', FieldErrorCode.INVALID);
      if (!supersedes) {
        const open = await em.findOne(Deadline, { disputeId: dispute.id, kind: DeadlineKind.SUPPLEMENT, open: true });
        if (open) return new InvalidTransitionError('SUPPLEMENT_PENDING', '已发出的补正通知书尚未补正完毕：补正应当一次性告知，请先登记补正或者更正原通知书。');
      }
    }

    const words = wordsFor(matter?.code, channel);
    const answer = kind === K.ANSWER_NOTICE ? { amount: args.daysAllowed ?? words.answerPeriod.amount, unit: words.answerPeriod.unit } : null;

    // The number: taken last before rendering, in this transaction (document-numbering.ts).
    const year = Number(env.today.slice(0, 4));
    const serial = await takeSerial(env, organization.id, kind, year);
    const number = formatDocumentNumber(await prefixFor(em, organization, kind), year, serial);

    let supplementDueOn: string | null = null;
    if (kind === K.SUPPLEMENT_NOTICE) {
      // A correction keeps the supplement clock of the notice it corrects, running or already met
      // (a corrected text is no new request to supplement: found by fuzz-mutations, seed 264131829).
      const earlier = supersedes ? await em.findOne(Deadline, { disputeId: dispute.id, kind: DeadlineKind.SUPPLEMENT }, { orderBy: { open: 'desc', createdAt: 'desc', id: 'desc' } }) : null;
      const clock =
        earlier ??
        DeadlineService.create(em, env.calendar, env.today, {
          kind: DeadlineKind.SUPPLEMENT,
          rule: {
            amount: args.daysAllowed!,
            unit: TimeUnit.WORKING_DAYS,
            startsFrom: ClockStart.RECEIPT,
            extensible: false,
            maxExtension: null,
            legalBasis: `补正通知书（${number}）规定的补正期限`,
            action: '补正材料',
          },
          start: env.today,
          disputeId: dispute.id,
          proceedingId: proceeding?.id ?? null,
          organizationId: organization.id,
        });
      supplementDueOn = clock.dueOn;
    }

    const facts: CaseFacts = {
      kind,
      organizationName: organization.name,
      title: template.title,
      number,
      issuedOn: env.today,
      dispute: { code: dispute.code, title: dispute.title, facts: dispute.facts, receivedOn: chinaDateOf(dispute.receivedAt) },
      matter: matter ? { name: matter.name, legalBasis: matter.legalBasis } : null,
      channelLabel: channel ? CHANNEL_LABELS[channel] : null,
      roles: words,
      parties,
      recipients: named,
      proceeding: proceeding ? await handlingOf(em, proceeding) : null,
      materials,
      daysAllowed: args.daysAllowed && kind === K.SUPPLEMENT_NOTICE ? quantityText(args.daysAllowed, TimeUnit.WORKING_DAYS) : null,
      supplementDueOn,
      answerDays: answer ? quantityText(answer.amount, answer.unit) : null,
      reason: args.reason ?? (referral ? referral.reason.replace(/[。；，,.;\s]+$/u, '') : null),
      content: args.content ?? null,
      decision: args,
      remedyNotice: remedy ? remedyParagraph(remedy, { reconsiderationBody: args.reconsiderationBody ?? null, court: args.court ?? null }) : null,
      waysOpen: kind === K.NOTICE_OF_RIGHTS ? await waysOpenFor(em, dispute, matter) : [],
      servedDocument: servedDocument ? { title: servedDocument.title, number: servedDocument.number } : null,
      referral,
      referralResponseDays: env.settings.referralResponseDays,
    };
    const sections: DocumentSection[] = fillSections(template.sections, fieldValues(facts));

    const renderable: RenderableDocument = { organizationName: organization.name, title: template.title, number, sections, dateText: chineseDate(env.today), issuedAt: env.now };
    const pdf = await renderPdf(renderable);
    const docx = await renderDocx(renderable);
    const fileName = `${template.title}（${number}）`;
    const common = { disputeId: dispute.id, origin: FileOrigin.GENERATED, organizationId: organization.id, uploadedBy: viewer.userId };
    const pdfFile = storeFile(env, { ...common, fileName: `${fileName}.pdf`, contentType: PDF_CONTENT_TYPE, bytes: pdf });
    const docxFile = storeFile(env, { ...common, fileName: `${fileName}.docx`, contentType: DOCX_CONTENT_TYPE, bytes: docx });

    const doc = em.create(LegalDocument, {
      id: randomUUID(),
      disputeId: dispute.id,
      proceedingId: proceeding?.id ?? null,
      organizationId: organization.id,
      kind,
      title: template.title,
      number,
      year,
      serial,
      version: supersedes ? supersedes.version + 1 : 1,
      supersedesId: supersedes?.id ?? null,
      status: DocumentStatus.ISSUED,
      templateId: template.id,
      templateVersion: template.version,
      sections,
      // The inputs as given and checked (a correction starts from them), and the remedy paragraph as printed.
      parts: { ...args, ...(facts.remedyNotice ? { remedyNotice: facts.remedyNotice } : {}) } as Record<string, unknown>,
      recipientIds: checked.recipients.map((p) => p.id),
      pdfFileId: pdfFile.id,
      docxFileId: docxFile.id,
      sha256: pdfFile.sha256,
      issuedBy: viewer.userId,
      issuedAt: env.now,
    });
    if (supersedes) {
      supersedes.status = DocumentStatus.SUPERSEDED;
      supersedes.supersededById = doc.id;
    }
    env.targets.push(doc.id);
    env.auditDetails = { kind, number, version: doc.version, supersedesId: doc.supersedesId };
    Timeline.append(
      env,
      'DOCUMENT_ISSUED',
      { disputeId: dispute.id, organizationId: organization.id, proceedingId: proceeding?.id ?? null },
      { documentId: doc.id, kind, number, version: doc.version, supersedesId: doc.supersedesId },
      { organization: organization.name, title: template.title },
    );

    // A 补正通知书 stops the handling clock where its rule counts no time for supplementing (财政部令第94号).
    if (kind === K.SUPPLEMENT_NOTICE && !supersedes && proceeding?.status === S.IN_PROGRESS && proceeding.handlingRule.pauseReasons.includes(PauseReason.MATERIALS_SUPPLEMENT)) {
      const paused = await ProceedingService.pauseWithin(env, proceeding, PauseReason.MATERIALS_SUPPLEMENT, `补正通知书 ${number}`);
      if (!(paused instanceof Proceeding)) return paused;
    }
    return (await env.emit('document.issued', { document: doc, dispute })) ?? doc;
  }

  /** The applicant acknowledged the 告知书 (signed at the counter). */
  static acknowledge(ctx: HubContext, documentId: string): Promise<LegalDocument | BusinessError> {
    return DocumentService.onDocument(ctx, 'acknowledgeNotice', documentId, async (env, doc, dispute) => {
      if (doc.kind !== K.NOTICE_OF_RIGHTS) return ValidationError.of('documentId', '只有告知书需要当事人确认', FieldErrorCode.INVALID);
      if (doc.status !== DocumentStatus.ISSUED) return new InvalidTransitionError(doc.status, '该告知书已被更正，请确认其最新版本。');
      if (doc.acknowledgedAt) return new InvalidTransitionError('ACKNOWLEDGED', '当事人已确认过该告知书。');
      doc.acknowledgedAt = env.now;
      doc.acknowledgedBy = env.viewer!.userId;
      Timeline.append(env, 'NOTICE_ACKNOWLEDGED', { disputeId: dispute.id, organizationId: doc.organizationId, proceedingId: doc.proceedingId }, { documentId: doc.id }, { number: doc.number });
      return doc;
    });
  }

  /** The materials a 补正通知书 asked for were supplemented: its clock is met and the proceeding's clock runs again. */
  static recordSupplementReceived(ctx: HubContext, documentId: string): Promise<LegalDocument | BusinessError> {
    return DocumentService.onDocument(ctx, 'recordSupplementReceived', documentId, async (env, doc) => {
      if (doc.kind !== K.SUPPLEMENT_NOTICE) return ValidationError.of('documentId', '只能对补正通知书登记补正', FieldErrorCode.INVALID);
      const clocks = await DeadlineService.forUpdate(env.em, { disputeId: doc.disputeId, kind: DeadlineKind.SUPPLEMENT, open: true });
      if (!clocks.length) return new InvalidTransitionError('SUPPLEMENTED', '该补正通知书的补正已经登记。');
      for (const d of clocks) DeadlineService.meet(d, env.calendar, env.today);
      env.auditDetails = { documentId: doc.id, number: doc.number };
      if (doc.proceedingId) {
        const p = await env.em.findOneOrFail(Proceeding, { id: doc.proceedingId });
        const pause = await env.em.findOne(ProceedingPause, { proceedingId: p.id, endedAt: null, reason: PauseReason.MATERIALS_SUPPLEMENT });
        if (p.status === S.PAUSED && pause) {
          const resumed = await ProceedingService.resumeWithin(env, p);
          if (!(resumed instanceof Proceeding)) return resumed;
        }
      }
      return doc;
    });
  }

  /** Frame of actions on an issued document: found through its visible dispute (locked), by its issuing organization. */
  private static onDocument(ctx: HubContext, action: string, documentId: string, fn: (env: TransactionEnv, doc: LegalDocument, dispute: Dispute) => Promise<LegalDocument | BusinessError>) {
    const viewer = requireViewer(ctx);
    return ctx.services.uow.run<LegalDocument>({ services: ctx.services, em: ctx.em, viewer }, action, async (env) => {
      env.targets.push(documentId);
      const locked = await DisputeRepository.lockThrough(env.em, viewer, LegalDocument, documentId, (d) => d.disputeId);
      if (!locked) return new NotFoundError(`文书 ${documentId} 不存在。`);
      const unmasked = (await DisputeRepository.unmaskedIds(env.em, viewer, [locked.dispute.id])).has(locked.dispute.id);
      assertActsForDocument(viewer, locked.record, unmasked);
      return fn(env, locked.record, locked.dispute);
    });
  }

  /**
   * 'proceeding.concluded': a conclusion with outcome DECISION is linked to the issued
   * decision of the proceeding (its number becomes the outcome's document number when
   * none was typed); without one, DECISION_WITHOUT_DOCUMENT records a decision made on
   * paper, which the case-file review flags. The conclusion goes ahead either way.
   */
  static async afterConclusion(env: TransactionEnv, proceeding: Proceeding, dispute: Dispute): Promise<null> {
    if (proceeding.outcomeKind !== OutcomeKind.DECISION) return null;
    const [decision] = await env.em.find(LegalDocument, { proceedingId: proceeding.id, kind: K.DECISION, status: DocumentStatus.ISSUED }, { orderBy: { version: 'desc', issuedAt: 'desc' }, limit: 1 });
    if (decision) {
      env.auditDetails = { ...(env.auditDetails ?? {}), decisionDocumentId: decision.id, decisionDocumentNumber: decision.number };
      proceeding.outcomeDocumentNumber ??= decision.number;
      return null;
    }
    const org = await env.em.findOneOrFail(Organization, { id: proceeding.organization.id });
    Timeline.append(env, 'DECISION_WITHOUT_DOCUMENT', { disputeId: dispute.id, organizationId: org.id, proceedingId: proceeding.id }, { proceedingId: proceeding.id }, { organization: org.name });
    return null;
  }

  // ---------------------------------------------------------------- administration

  /** Active templates: an administrator sees every organization's, others the hub's and their own organization's. With a matter: those that apply to it, in order of precedence. */
  static async templates(ctx: HubContext, kind: DocumentKind | null | undefined, matterCode: string | null | undefined): Promise<DocumentTemplate[]> {
    const viewer = requireViewer(ctx);
    const admin = isAdmin(viewer);
    const where: Record<string, unknown> = { active: true };
    if (kind) where.kind = kind;
    if (!admin) where.$or = [{ organizationId: null }, ...(viewer.organizationId ? [{ organizationId: viewer.organizationId }] : [])];
    if (matterCode) {
      const matter = await ctx.em.findOne(Matter, { code: matterCode });
      if (!matter) return [];
      where.$and = [{ $or: [{ matterCode: matter.code }, { matterCode: null, channel: matter.channel }, { matterCode: null, channel: null }] }];
    }
    const rows = await ctx.em.find(DocumentTemplate, where, { orderBy: { kind: 'asc', organizationId: 'asc', matterCode: 'asc', channel: 'asc' } });
    return matterCode ? rankTemplates(rows, viewer.organizationId) : rows;
  }

  /** Saves a new version of a template line (the old one stays, inactive, for the documents issued with it); audited. */
  static saveTemplate(ctx: HubContext, input: SaveDocumentTemplateInput): Promise<DocumentTemplate | BusinessError> {
    const viewer = requireViewer(ctx);
    return ctx.services.uow.run<DocumentTemplate>({ services: ctx.services, em: ctx.em, viewer }, 'saveDocumentTemplate', async (env) => {
      const { em } = env;
      const errors: FieldError[] = [];
      const matterCode = input.matterCode?.trim() || null;
      const channel = input.channel ?? null;
      if (matterCode && channel) errors.push(new FieldError('channel', '模板适用于一个事项或者一个渠道，不能同时指定', FieldErrorCode.INVALID));
      if (matterCode && !(await em.findOne(Matter, { code: matterCode }))) errors.push(new FieldError('matterCode', '事项不存在', FieldErrorCode.NOT_FOUND));
      const organizationId = input.organizationId ?? null;
      // An empty id is no organization either (it is not "the hub's template": that is null).
      if (organizationId !== null && !(isUuid(organizationId) && (await em.findOne(Organization, { id: organizationId }))))
        errors.push(new FieldError('organizationId', '单位不存在', FieldErrorCode.NOT_FOUND));
      const sections: DocumentSection[] = input.sections.map((s) => ({ heading: s.heading?.trim() || null, text: s.text.replace(/\r\n?/g, '\n').trim() }));
      const title = input.title.trim();
      errors.push(...validateTemplate(input.kind, title, sections));
      if (errors.length) return new ValidationError(errors);

      const line = [input.kind, matterCode ?? '', channel ?? '', organizationId ?? '00000000-0000-0000-0000-000000000000'];
      const trx = em.getTransactionContext();
      await em.getConnection().execute(`select pg_advisory_xact_lock(hashtext(?))`, [`document_template:${line.join('|')}`], 'run', trx);
      const [latest] = await em.getConnection().execute<{ version: number; active_version: number | null }[]>(
        `select coalesce(max(version), 0)::int as version, max(version) filter (where active)::int as active_version from document_template
          where kind = ? and coalesce(matter_code, '') = ? and coalesce(channel, '') = ? and coalesce(organization_id, '00000000-0000-0000-0000-000000000000'::uuid) = ?::uuid`,
        line,
        'all',
        trx,
      );
      const active = latest.active_version ?? 0;
      if (input.expectedVersion != null && input.expectedVersion !== active) return new VersionConflictError(active, input.expectedVersion);
      await em
        .getConnection()
        .execute(
          `update document_template set active = false where active and kind = ? and coalesce(matter_code, '') = ? and coalesce(channel, '') = ? and coalesce(organization_id, '00000000-0000-0000-0000-000000000000'::uuid) = ?::uuid`,
          line,
          'run',
          trx,
        );
      const template = em.create(DocumentTemplate, {
        id: randomUUID(),
        kind: input.kind,
        matterCode,
        channel,
        organizationId,
        version: latest.version + 1,
        active: true,
        title,
        sections,
        createdBy: viewer.userId,
        createdAt: env.now,
      });
      env.targets.push(template.id, ...(organizationId ? [organizationId] : []));
      env.auditDetails = { kind: input.kind, matterCode, channel, organizationId, version: template.version };
      return template;
    });
  }

  /** Sets an organization's number prefix for a kind (or its base prefix); used from the next number on. */
  static setPrefix(ctx: HubContext, input: SetDocumentNumberPrefixInput): Promise<DocumentNumberPrefix | BusinessError> {
    const viewer = requireViewer(ctx);
    return ctx.services.uow.run<DocumentNumberPrefix>({ services: ctx.services, em: ctx.em, viewer }, 'setDocumentNumberPrefix', async (env) => {
      env.targets.push(input.organizationId);
      const organization = isUuid(input.organizationId) ? await env.em.findOne(Organization, { id: input.organizationId }) : null;
      if (!organization) return new NotFoundError(`单位 ${input.organizationId} 不存在。`);
      const prefix = input.prefix.trim();
      if (!PREFIX_PATTERN.test(prefix)) return ValidationError.of('prefix', '文号前缀为 1 至 20 个汉字、字母或者数字（年份和“号”由系统加上），如“杭财采监”', FieldErrorCode.INVALID_FORMAT);
      const kind = input.kind ?? null;
      await env.em
        .getConnection()
        .execute(
          `insert into document_number_prefix (organization_id, kind, prefix) values (?, ?, ?) on conflict (organization_id, kind) do update set prefix = excluded.prefix`,
          [organization.id, kind ?? EVERY_KIND, prefix],
          'run',
          env.em.getTransactionContext(),
        );
      env.auditDetails = { kind: kind ?? EVERY_KIND, prefix };
      const example = formatDocumentNumber(kind ? await prefixFor(env.em, organization, kind) : prefix, Number(env.today.slice(0, 4)), 1);
      return Object.assign(new DocumentNumberPrefix(), { organizationId: organization.id, kind, prefix, example });
    });
  }
}
