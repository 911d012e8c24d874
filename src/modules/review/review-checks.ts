import type { EntityManager } from '@mikro-orm/postgresql';
import { placeholders } from '../../core/db/read-model';
import { DEADLINE_KIND_LABELS, DOCUMENT_KIND_LABELS, SERVICE_EVIDENCE_KIND_LABELS, SERVICE_METHOD_LABELS } from '../../core/labels';
import {
  Channel,
  ComplianceIssueCode,
  DeadlineKind,
  DisputeEventType,
  DocumentKind,
  DocumentStatus,
  OutcomeKind,
  ReviewCheckCode,
  ReviewCheckStatus,
  ServiceMethod,
  ServiceEvidenceKind,
} from '../../core/enums';
import { chinaDateOf, computeDeadline, type ClockPause, type ClockRule, type IsoDate, type WorkCalendar } from '../clock';
import { remedyRuleOf } from '../document';
import { EVIDENCE_RULES } from '../service';
import { handlerRuleFor, StaffReads } from '../staff';
import type { ChecklistContent } from './review-checklist.data';
import type { CheckOutcome } from './review-scoring';

/**
 * The automatic checks of a case file (案卷评查 §4): computed from the proceeding's timeline
 * (dispute_event), its clocks (deadline, extension), its documents (legal_document) and service
 * records (document_service), read with fixed SQL here — never through DisputeRepository, and
 * never reading a party's name, number, phone or address. Each check names the evidence it found:
 * event seqs and dates, document numbers, clocks with their due and met dates.
 */

// ---------------------------------------------------------------- facts

export interface FileDocument {
  id: string;
  kind: DocumentKind;
  number: string;
  status: DocumentStatus;
  issuedOn: IsoDate;
  recipientCount: number;
  recipientIds: string[];
  parts: Record<string, unknown> | null;
}

export interface FileService {
  documentId: string;
  documentKind: DocumentKind;
  documentNumber: string;
  partyId: string;
  method: ServiceMethod;
  servedOn: IsoDate;
  completedOn: IsoDate;
  evidenceKinds: ServiceEvidenceKind[];
}

export interface FileClock {
  id: string;
  kind: DeadlineKind;
  startOn: IsoDate;
  dueOn: IsoDate;
  metOn: IsoDate | null;
  extended: number;
  open: boolean;
  rule: ClockRule;
  pauses: ClockPause[];
}

export interface FileEvent {
  seq: string;
  type: DisputeEventType;
  on: IsoDate;
  data: Record<string, unknown> | null;
}

/** Everything the checks and the masked file view read of one concluded proceeding. */
export interface FileFacts {
  proceedingId: string;
  disputeId: string;
  disputeCode: string;
  organizationId: string;
  channel: Channel;
  matterCode: string | null;
  outcome: OutcomeKind | null;
  outcomeDocumentNumber: string | null;
  receivedOn: IsoDate;
  acceptedOn: IsoDate | null;
  concludedOn: IsoDate | null;
  documents: FileDocument[];
  services: FileService[];
  clocks: FileClock[];
  extensions: { amount: number; on: IsoDate; at: Date }[];
  events: FileEvent[];
}

const CST = `at time zone 'Asia/Shanghai'`;

/** The facts of the given proceedings, keyed by proceeding id (fixed SQL; one statement per table). */
export async function loadFacts(em: EntityManager, proceedingIds: readonly string[]): Promise<Map<string, FileFacts>> {
  const out = new Map<string, FileFacts>();
  if (!proceedingIds.length) return out;
  const conn = em.getConnection();
  const trx = em.getTransactionContext();
  const ids = [...new Set(proceedingIds)];
  const inList = placeholders(ids.length);
  const q = <T>(sql: string) => conn.execute<T[]>(sql, ids, 'all', trx);
  const [procs, docs, services, clocks, extensions, events] = await Promise.all([
    q<{
      id: string;
      dispute_id: string;
      code: string;
      organization_id: string;
      channel: Channel;
      matter_code: string | null;
      outcome_kind: OutcomeKind | null;
      outcome_document_number: string | null;
      received_on: string;
      accepted_on: string | null;
      concluded_on: string | null;
    }>(
      `select p.id, p.dispute_id, d.code, p.organization_id, p.channel, m.code as matter_code, p.outcome_kind, p.outcome_document_number,
              to_char(p.received_at ${CST}, 'YYYY-MM-DD') as received_on, to_char(p.accepted_at ${CST}, 'YYYY-MM-DD') as accepted_on,
              to_char(p.outcome_at ${CST}, 'YYYY-MM-DD') as concluded_on
         from proceeding p join dispute d on d.id = p.dispute_id left join matter m on m.id = p.matter_id
        where p.id in (${inList})`,
    ),
    q<{ id: string; proceeding_id: string; kind: DocumentKind; number: string; status: DocumentStatus; issued_on: string; recipient_ids: string[]; parts: Record<string, unknown> | string | null }>(
      `select id, proceeding_id, kind, number, status, to_char(issued_at ${CST}, 'YYYY-MM-DD') as issued_on, recipient_ids, parts
         from legal_document where proceeding_id in (${inList}) order by issued_at, number`,
    ),
    q<{
      proceeding_id: string;
      document_id: string;
      kind: DocumentKind;
      number: string;
      party_id: string;
      method: ServiceMethod;
      served_on: string;
      completed_on: string;
      evidence: { kind: ServiceEvidenceKind }[] | string;
    }>(
      `select l.proceeding_id, s.document_id, l.kind, l.number, s.party_id, s.method, to_char(s.served_on, 'YYYY-MM-DD') as served_on,
              to_char(s.completed_on, 'YYYY-MM-DD') as completed_on, s.evidence
         from document_service s join legal_document l on l.id = s.document_id
        where l.proceeding_id in (${inList}) and l.status = 'ISSUED' order by s.served_on, l.number`,
    ),
    q<{
      id: string;
      proceeding_id: string;
      kind: DeadlineKind;
      start_on: string;
      due_on: string;
      met_on: string | null;
      extended: number;
      open: boolean;
      rule: ClockRule | string;
      pauses: ClockPause[] | string;
    }>(
      `select id, proceeding_id, kind, to_char(start_on, 'YYYY-MM-DD') as start_on, to_char(due_on, 'YYYY-MM-DD') as due_on,
              to_char(met_on, 'YYYY-MM-DD') as met_on, extended, open, rule, pauses
         from deadline where proceeding_id in (${inList}) order by start_on, kind, id`,
    ),
    q<{ proceeding_id: string; amount: number; at: Date }>(`select proceeding_id, amount, at from extension where proceeding_id in (${inList}) order by at, id`),
    q<{ proceeding_id: string; seq: string; type: DisputeEventType; on: string; data: Record<string, unknown> | string | null }>(
      `select proceeding_id, seq::text as seq, type, to_char(at ${CST}, 'YYYY-MM-DD') as on, data
         from dispute_event where proceeding_id in (${inList}) and type in ('PROCEEDING_ADMITTED', 'EXTENDED', 'CONCLUDED', 'HANDLERS_CHANGED', 'PAUSED', 'RESUMED')
        order by seq`,
    ),
  ]);
  const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
  for (const p of procs) {
    out.set(p.id, {
      proceedingId: p.id,
      disputeId: p.dispute_id,
      disputeCode: p.code,
      organizationId: p.organization_id,
      channel: p.channel,
      matterCode: p.matter_code,
      outcome: p.outcome_kind,
      outcomeDocumentNumber: p.outcome_document_number,
      receivedOn: p.received_on,
      acceptedOn: p.accepted_on,
      concludedOn: p.concluded_on,
      documents: [],
      services: [],
      clocks: [],
      extensions: [],
      events: [],
    });
  }
  for (const d of docs)
    out.get(d.proceeding_id)?.documents.push({
      id: d.id,
      kind: d.kind,
      number: d.number,
      status: d.status,
      issuedOn: d.issued_on,
      recipientIds: d.recipient_ids ?? [],
      recipientCount: (d.recipient_ids ?? []).length,
      parts: d.parts === null ? null : json(d.parts),
    });
  for (const s of services)
    out.get(s.proceeding_id)?.services.push({
      documentId: s.document_id,
      documentKind: s.kind,
      documentNumber: s.number,
      partyId: s.party_id,
      method: s.method,
      servedOn: s.served_on,
      completedOn: s.completed_on,
      evidenceKinds: [...new Set(json(s.evidence).map((e) => e.kind))],
    });
  for (const c of clocks)
    out.get(c.proceeding_id)?.clocks.push({
      id: c.id,
      kind: c.kind,
      startOn: c.start_on,
      dueOn: c.due_on,
      metOn: c.met_on,
      extended: c.extended,
      open: c.open,
      rule: json(c.rule),
      pauses: json(c.pauses),
    });
  for (const e of extensions) out.get(e.proceeding_id)?.extensions.push({ amount: e.amount, at: new Date(e.at), on: chinaDateOf(new Date(e.at)) });
  for (const e of events) out.get(e.proceeding_id)?.events.push({ seq: e.seq, type: e.type, on: e.on, data: e.data === null ? null : json(e.data) });
  return out;
}

/**
 * What the staff module records of the proceedings' handlers: how many, and whether the rules of
 * the matter (or channel) on qualifications are met. Read through the staff module's exported reads.
 */
export async function loadHandlerFacts(em: EntityManager, facts: ReadonlyMap<string, FileFacts>): Promise<Map<string, HandlerFacts>> {
  const ids = [...facts.keys()];
  const out = new Map<string, HandlerFacts>();
  if (!ids.length) return out;
  // One after the other: inside a transaction (PGlite: always) both run on one connection.
  const handlers = await StaffReads.handlersOf(em, ids);
  const issues = await StaffReads.complianceIssuesOf(em, ids);
  for (const id of ids) {
    const f = facts.get(id)!;
    const list = handlers.get(id) ?? [];
    const rule = handlerRuleFor(f.channel, f.matterCode);
    const missing = (issues.get(id) ?? []).filter((i) => i.code === ComplianceIssueCode.LEGAL_QUALIFICATION_MISSING);
    out.set(id, { count: list.length, qualified: rule && rule.legalProfession !== 'NONE' ? missing.length === 0 : null, issues: missing.map((i) => i.message) });
  }
  return out;
}

// ---------------------------------------------------------------- evidence

export interface CheckEvidence {
  /** One sentence, Chinese, naming documents by number and clocks by kind; never personal data. */
  summary: string;
  events: { seq: string; type: DisputeEventType; on: IsoDate }[];
  documents: { kind: DocumentKind; number: string; issuedOn: IsoDate }[];
  clocks: { kind: DeadlineKind; startOn: IsoDate; dueOn: IsoDate; metOn: IsoDate | null; extended: number; open: boolean }[];
  services: {
    documentKind: DocumentKind;
    documentNumber: string;
    method: ServiceMethod;
    servedOn: IsoDate;
    completedOn: IsoDate;
    evidenceKinds: ServiceEvidenceKind[];
    missingKinds: ServiceEvidenceKind[];
  }[];
  dates: { label: string; on: IsoDate }[];
  /** What the file lacks, as labels (document kinds, decision parts ...). */
  missing: string[];
}

export type ComputedCheck = CheckOutcome & { evidence: CheckEvidence };

function evidence(summary: string, more: Partial<Omit<CheckEvidence, 'summary'>> = {}): CheckEvidence {
  return { summary, events: [], documents: [], clocks: [], services: [], dates: [], missing: [], ...more };
}

const clockView = (c: FileClock) => ({ kind: c.kind, startOn: c.startOn, dueOn: c.dueOn, metOn: c.metOn, extended: c.extended, open: c.open });
const docView = (d: FileDocument) => ({ kind: d.kind, number: d.number, issuedOn: d.issuedOn });

/** What the staff module may tell about a proceeding's handlers; null where it records nothing. */
export interface HandlerFacts {
  count: number;
  /** Null: no rule of the matter or channel asks for a qualification. */
  qualified: boolean | null;
  /** What the staff rules find missing (names nobody). */
  issues: string[];
}

/** Per check: status and evidence (the checklist adds the item and the deduction). */
type Raw = { code: ReviewCheckCode; status: ReviewCheckStatus; evidence: CheckEvidence };

const ISSUED = (f: FileFacts) => f.documents.filter((d) => d.status === DocumentStatus.ISSUED);
/** Documents served on no one (the file's own receipts and letters to organizations). */
const NOT_SERVED: readonly DocumentKind[] = [DocumentKind.REFERRAL_LETTER, DocumentKind.SERVICE_RECEIPT];

function requiredDocuments(f: FileFacts, checklist: ChecklistContent): Raw {
  const code = ReviewCheckCode.REQUIRED_DOCUMENTS;
  const wanted = [...new Set(checklist.requiredDocuments.filter((r) => r.channel === f.channel && (r.outcome === null || r.outcome === f.outcome)).flatMap((r) => r.kinds))];
  if (!wanted.length) return { code, status: ReviewCheckStatus.NOT_APPLICABLE, evidence: evidence('该渠道和结果没有规定必备文书') };
  const issued = ISSUED(f);
  const present = issued.filter((d) => wanted.includes(d.kind));
  const missing = wanted.filter((k) => !issued.some((d) => d.kind === k));
  const names = (ks: DocumentKind[]) => ks.map((k) => DOCUMENT_KIND_LABELS[k]).join('、');
  return missing.length
    ? { code, status: ReviewCheckStatus.FAIL, evidence: evidence(`缺少${names(missing)}`, { documents: present.map(docView), missing: missing.map((k) => DOCUMENT_KIND_LABELS[k]) }) }
    : { code, status: ReviewCheckStatus.PASS, evidence: evidence(`必备文书齐全：${present.map((d) => d.number).join('、')}`, { documents: present.map(docView) }) };
}

function clockCheck(f: FileFacts, kind: DeadlineKind, code: ReviewCheckCode, asOf: IsoDate): Raw {
  const label = DEADLINE_KIND_LABELS[kind];
  // A clock that ended without being met (a superseded document's) decides nothing.
  const relevant = f.clocks.filter((c) => c.kind === kind && (c.open || c.metOn !== null));
  if (!relevant.length)
    return kind === DeadlineKind.HANDLING
      ? { code, status: ReviewCheckStatus.NOT_RECORDED, evidence: evidence(`未记录${label}`) }
      : { code, status: ReviewCheckStatus.NOT_APPLICABLE, evidence: evidence(`本案没有${label}`) };
  const missed = relevant.filter((c) => (c.metOn !== null && c.metOn > c.dueOn) || (c.metOn === null && c.dueOn < asOf));
  if (missed.length) {
    const first = missed[0];
    const how = first.metOn ? `应于 ${first.dueOn} 前完成，实际 ${first.metOn} 完成` : `应于 ${first.dueOn} 前完成，至 ${asOf} 仍未完成`;
    return { code, status: ReviewCheckStatus.FAIL, evidence: evidence(`${label}超期：${how}${missed.length > 1 ? `（共 ${missed.length} 项）` : ''}`, { clocks: missed.map(clockView) }) };
  }
  return { code, status: ReviewCheckStatus.PASS, evidence: evidence(`${label}均在期限内`, { clocks: relevant.map(clockView) }) };
}

/**
 * The time to answer is the respondent's: what the file must show is that the body did not decide
 * before it ran out unless the answer came (a decision within the period, without the answer, cut
 * the respondent's right to answer).
 */
function answerCheck(f: FileFacts): Raw {
  const code = ReviewCheckCode.CLOCK_ANSWER;
  const label = DEADLINE_KIND_LABELS[DeadlineKind.ANSWER];
  const relevant = f.clocks.filter((c) => c.kind === DeadlineKind.ANSWER && (c.open || c.metOn !== null));
  if (!relevant.length) return { code, status: ReviewCheckStatus.NOT_APPLICABLE, evidence: evidence(`本案没有${label}`) };
  const dates = f.concludedOn ? [{ label: '办结', on: f.concludedOn }] : [];
  const cut = relevant.filter((c) => c.metOn === null && f.concludedOn !== null && f.concludedOn < c.dueOn);
  if (cut.length)
    return {
      code,
      status: ReviewCheckStatus.FAIL,
      evidence: evidence(`答辩期限 ${cut[0].dueOn} 届满前、未收到答辩即于 ${f.concludedOn} 办结`, { clocks: cut.map(clockView), dates }),
    };
  return { code, status: ReviewCheckStatus.PASS, evidence: evidence('答辩期限届满或收到答辩后才作出处理', { clocks: relevant.map(clockView), dates }) };
}

function dateOrder(f: FileFacts): Raw {
  const code = ReviewCheckCode.DATE_ORDER;
  const wrong: { label: string; on: IsoDate }[] = [];
  const events = f.events.filter((e) => e.type === DisputeEventType.PROCEEDING_ADMITTED || e.type === DisputeEventType.CONCLUDED).map((e) => ({ seq: e.seq, type: e.type, on: e.on }));
  const dates: { label: string; on: IsoDate }[] = [{ label: '收案', on: f.receivedOn }];
  if (f.acceptedOn) dates.push({ label: '受理', on: f.acceptedOn });
  if (f.concludedOn) dates.push({ label: '办结', on: f.concludedOn });
  if (f.acceptedOn && f.acceptedOn < f.receivedOn) wrong.push({ label: '受理早于收案', on: f.acceptedOn });
  if (f.concludedOn && f.acceptedOn && f.concludedOn < f.acceptedOn) wrong.push({ label: '办结早于受理', on: f.concludedOn });
  const afterAcceptance: readonly DocumentKind[] = [DocumentKind.ANSWER_NOTICE, DocumentKind.SUSPENSION_NOTICE, DocumentKind.RESUMPTION_NOTICE, DocumentKind.EXTENSION_NOTICE, DocumentKind.DECISION];
  const docs = ISSUED(f);
  for (const d of docs) {
    if (d.issuedOn < f.receivedOn) wrong.push({ label: `${d.number} 早于收案`, on: d.issuedOn });
    if (f.acceptedOn && afterAcceptance.includes(d.kind) && d.issuedOn < f.acceptedOn) wrong.push({ label: `${d.number} 早于受理`, on: d.issuedOn });
    if (f.concludedOn && d.kind === DocumentKind.DECISION && d.issuedOn > f.concludedOn) wrong.push({ label: `${d.number} 晚于办结`, on: d.issuedOn });
  }
  for (const s of f.services) {
    const doc = docs.find((d) => d.id === s.documentId);
    if (doc && s.servedOn < doc.issuedOn) wrong.push({ label: `${s.documentNumber} 送达早于制作`, on: s.servedOn });
  }
  return wrong.length
    ? {
        code,
        status: ReviewCheckStatus.FAIL,
        evidence: evidence(`日期顺序有误：${wrong.map((w) => `${w.label}（${w.on}）`).join('；')}`, { events, dates: [...dates, ...wrong], documents: docs.map(docView) }),
      }
    : { code, status: ReviewCheckStatus.PASS, evidence: evidence('收案、受理、文书、送达、办结日期先后有序', { events, dates, documents: docs.map(docView) }) };
}

/** The evidence kinds the method requires that a service record lacks (one per unmet group). */
export function missingKinds(method: ServiceMethod, kinds: readonly ServiceEvidenceKind[]): ServiceEvidenceKind[] {
  return EVIDENCE_RULES[method].required.filter((group) => !group.some((k) => kinds.includes(k))).map((group) => group[0]);
}

function serviceView(s: FileService) {
  return {
    documentKind: s.documentKind,
    documentNumber: s.documentNumber,
    method: s.method,
    servedOn: s.servedOn,
    completedOn: s.completedOn,
    evidenceKinds: s.evidenceKinds,
    missingKinds: missingKinds(s.method, s.evidenceKinds),
  };
}

function serviceProof(f: FileFacts): Raw {
  const code = ReviewCheckCode.SERVICE_PROOF;
  const served = ISSUED(f).filter((d) => !NOT_SERVED.includes(d.kind) && d.recipientCount > 0);
  if (!served.length) return { code, status: ReviewCheckStatus.NOT_APPLICABLE, evidence: evidence('本案没有需要送达的文书') };
  const problems: string[] = [];
  const unrecorded: string[] = [];
  for (const d of served) {
    const records = f.services.filter((s) => s.documentId === d.id);
    const missingRecipients = d.recipientIds.filter((r) => !records.some((s) => s.partyId === r)).length;
    if (missingRecipients) {
      problems.push(`${d.number} 有 ${missingRecipients} 名受送达人无送达回证`);
      unrecorded.push(`${DOCUMENT_KIND_LABELS[d.kind]} ${d.number} 送达回证`);
    }
  }
  // 留置送达's own record is LEFT_AT_RESIDENCE_RECORD's: not counted twice.
  const records = f.services.filter((s) => served.some((d) => d.id === s.documentId));
  const wrongProof = records.filter((s) => s.method !== ServiceMethod.LEFT_AT_RESIDENCE && missingKinds(s.method, s.evidenceKinds).length);
  for (const s of wrongProof)
    problems.push(
      `${s.documentNumber}（${SERVICE_METHOD_LABELS[s.method]}）缺少${missingKinds(s.method, s.evidenceKinds)
        .map((k) => SERVICE_EVIDENCE_KIND_LABELS[k])
        .join('、')}`,
    );
  const more = { documents: served.map(docView), services: records.map(serviceView), missing: [...unrecorded, ...wrongProof.map((s) => `${s.documentNumber} ${SERVICE_METHOD_LABELS[s.method]}凭证`)] };
  return problems.length
    ? { code, status: ReviewCheckStatus.FAIL, evidence: evidence(problems.join('；'), more) }
    : { code, status: ReviewCheckStatus.PASS, evidence: evidence(`${served.length} 份文书均有与送达方式相符的送达凭证`, more) };
}

function leftAtResidence(f: FileFacts): Raw {
  const code = ReviewCheckCode.LEFT_AT_RESIDENCE_RECORD;
  const left = f.services.filter((s) => s.method === ServiceMethod.LEFT_AT_RESIDENCE);
  if (!left.length) return { code, status: ReviewCheckStatus.NOT_APPLICABLE, evidence: evidence('本案没有留置送达') };
  const bad = left.filter((s) => missingKinds(s.method, s.evidenceKinds).length);
  return bad.length
    ? {
        code,
        status: ReviewCheckStatus.FAIL,
        evidence: evidence(`留置送达无见证人签字或影像记录：${bad.map((s) => s.documentNumber).join('、')}`, { services: bad.map(serviceView), missing: ['见证人签字或照片、录像'] }),
      }
    : { code, status: ReviewCheckStatus.PASS, evidence: evidence('留置送达均有见证或影像记录', { services: left.map(serviceView) }) };
}

/** The decision's parts a file must show (document-inputs.ts names the same parts when issuing). */
const DECISION_PARTS: Record<string, string> = {
  claims: '请求事项',
  factsAndEvidence: '查明的事实和证据',
  legalBasis: '理由和法律依据',
  outcome: '处理结果',
  performance: '履行方式和期限',
};
const ARTICLE = /第[零〇一二三四五六七八九十百千\d]+条/;
const present = (parts: Record<string, unknown> | null, key: string) => typeof parts?.[key] === 'string' && (parts[key] as string).trim().length > 0;

function decisions(f: FileFacts): { docs: FileDocument[]; none: Raw | null } {
  const docs = ISSUED(f).filter((d) => d.kind === DocumentKind.DECISION);
  if (docs.length) return { docs, none: null };
  if (f.outcome !== OutcomeKind.DECISION) return { docs, none: { code: ReviewCheckCode.DECISION_PARTS, status: ReviewCheckStatus.NOT_APPLICABLE, evidence: evidence('本案不以决定书结案') } };
  const paper = f.outcomeDocumentNumber ? `（结案登记的文书号为 ${f.outcomeDocumentNumber}）` : '';
  return { docs, none: { code: ReviewCheckCode.DECISION_PARTS, status: ReviewCheckStatus.NOT_RECORDED, evidence: evidence(`决定书未在系统中制作${paper}，无法核对`) } };
}

function decisionParts(f: FileFacts): Raw[] {
  const { docs, none } = decisions(f);
  if (none) return [none, { ...none, code: ReviewCheckCode.LEGAL_BASIS_ARTICLE }, { ...none, code: ReviewCheckCode.REMEDY_NOTICE }];
  const missing = new Set<string>();
  let noArticle = false;
  const remedyMissing = new Set<string>();
  const rule = remedyRuleOf(f.matterCode);
  for (const d of docs) {
    for (const [key, label] of Object.entries(DECISION_PARTS)) if (!present(d.parts, key)) missing.add(label);
    if (!present(d.parts, 'legalBasis') || !ARTICLE.test(String(d.parts!.legalBasis))) noArticle = true;
    if (!present(d.parts, 'remedyNotice')) remedyMissing.add('救济途径告知');
    if (rule.routes.some((r) => r.kind === 'RECONSIDERATION') && !present(d.parts, 'reconsiderationBody')) remedyMissing.add('行政复议机关（全称）');
    if (rule.routes.some((r) => r.kind === 'LITIGATION') && !present(d.parts, 'court')) remedyMissing.add('人民法院（全称）');
  }
  const documents = docs.map(docView);
  const numbers = docs.map((d) => d.number).join('、');
  return [
    missing.size
      ? { code: ReviewCheckCode.DECISION_PARTS, status: ReviewCheckStatus.FAIL, evidence: evidence(`${numbers} 缺少${[...missing].join('、')}`, { documents, missing: [...missing] }) }
      : { code: ReviewCheckCode.DECISION_PARTS, status: ReviewCheckStatus.PASS, evidence: evidence(`${numbers} 载明请求、事实证据、依据、结果和履行方式期限`, { documents }) },
    noArticle
      ? { code: ReviewCheckCode.LEGAL_BASIS_ARTICLE, status: ReviewCheckStatus.FAIL, evidence: evidence(`${numbers} 的法律依据未引至条款`, { documents, missing: ['引用的条款'] }) }
      : { code: ReviewCheckCode.LEGAL_BASIS_ARTICLE, status: ReviewCheckStatus.PASS, evidence: evidence(`${numbers} 的法律依据引至条款`, { documents }) },
    remedyMissing.size
      ? { code: ReviewCheckCode.REMEDY_NOTICE, status: ReviewCheckStatus.FAIL, evidence: evidence(`${numbers} 缺少${[...remedyMissing].join('、')}`, { documents, missing: [...remedyMissing] }) }
      : { code: ReviewCheckCode.REMEDY_NOTICE, status: ReviewCheckStatus.PASS, evidence: evidence(`${numbers} 告知了救济途径并写明机关全称`, { documents }) },
  ];
}

function handlers(f: FileFacts, staff: HandlerFacts | null): Raw[] {
  const last = [...f.events].reverse().find((e) => e.type === DisputeEventType.HANDLERS_CHANGED);
  const events = last ? [{ seq: last.seq, type: last.type, on: last.on }] : [];
  let two: Raw;
  // The staff module's handler rows; the timeline's last HANDLERS_CHANGED where it records none.
  const count = staff && staff.count > 0 ? staff.count : last ? (last.data?.leadId ? 1 : 0) + ((last.data?.coHandlerIds as unknown[] | undefined)?.length ?? 0) : null;
  if (count === null) two = { code: ReviewCheckCode.TWO_HANDLERS, status: ReviewCheckStatus.NOT_RECORDED, evidence: evidence('未记录承办人') };
  else
    two =
      count >= 2
        ? { code: ReviewCheckCode.TWO_HANDLERS, status: ReviewCheckStatus.PASS, evidence: evidence(`承办人 ${count} 名`, { events }) }
        : { code: ReviewCheckCode.TWO_HANDLERS, status: ReviewCheckStatus.FAIL, evidence: evidence(`承办人仅 ${count} 名，少于二人`, { events, missing: ['第二名承办人'] }) };
  let qualified: Raw;
  if (!staff || staff.count === 0) qualified = { code: ReviewCheckCode.HANDLERS_QUALIFIED, status: ReviewCheckStatus.NOT_RECORDED, evidence: evidence('未记录承办人及其资格') };
  else if (staff.qualified === null) qualified = { code: ReviewCheckCode.HANDLERS_QUALIFIED, status: ReviewCheckStatus.NOT_APPLICABLE, evidence: evidence('该事项和渠道对承办人资格没有特别规定') };
  else
    qualified = staff.qualified
      ? { code: ReviewCheckCode.HANDLERS_QUALIFIED, status: ReviewCheckStatus.PASS, evidence: evidence(`承办人 ${staff.count} 名，具备规定的资格`) }
      : { code: ReviewCheckCode.HANDLERS_QUALIFIED, status: ReviewCheckStatus.FAIL, evidence: evidence(staff.issues.join('；') || '承办人缺少规定的资格', { missing: ['承办人资格'] }) };
  return [two, qualified];
}

function extensionsInTime(f: FileFacts, calendar: WorkCalendar): Raw {
  const code = ReviewCheckCode.EXTENSIONS_IN_TIME;
  if (!f.extensions.length) return { code, status: ReviewCheckStatus.NOT_APPLICABLE, evidence: evidence('本案没有延期') };
  const clock = f.clocks.find((c) => c.kind === DeadlineKind.HANDLING);
  if (!clock) return { code, status: ReviewCheckStatus.NOT_RECORDED, evidence: evidence('未记录办理期限，无法核对延期') };
  const dates: { label: string; on: IsoDate }[] = [];
  const late: string[] = [];
  let prior = 0;
  f.extensions.forEach((x, i) => {
    // The due date the clock had when the extension was approved: its rule, start and the pauses begun by then, and the extensions before it.
    const pauses = clock.pauses.filter((p) => p.from <= x.on).map((p) => ({ from: p.from, to: p.to !== null && p.to <= x.on ? p.to : null }));
    const before = computeDeadline(calendar, { rule: clock.rule, start: clock.startOn, pauses, extended: prior }, x.on).dueOn;
    dates.push({ label: `第 ${i + 1} 次延期前的届满日`, on: before }, { label: `第 ${i + 1} 次延期批准`, on: x.on });
    if (x.on > before) late.push(`第 ${i + 1} 次延期于 ${x.on} 批准，已过届满日 ${before}`);
    prior += x.amount;
  });
  const events = f.events.filter((e) => e.type === DisputeEventType.EXTENDED).map((e) => ({ seq: e.seq, type: e.type, on: e.on }));
  return late.length
    ? { code, status: ReviewCheckStatus.FAIL, evidence: evidence(late.join('；'), { dates, events, clocks: [clockView(clock)] }) }
    : { code, status: ReviewCheckStatus.PASS, evidence: evidence(`${f.extensions.length} 次延期均在期限届满前批准`, { dates, events, clocks: [clockView(clock)] }) };
}

/** Every automatic check of one file, scored by the checklist: the item (or veto) and the suggested deduction of each. */
export function computeChecks(f: FileFacts, checklist: ChecklistContent, calendar: WorkCalendar, asOf: IsoDate, staff: HandlerFacts | null = null): ComputedCheck[] {
  const raw: Raw[] = [
    requiredDocuments(f, checklist),
    clockCheck(f, DeadlineKind.ACCEPTANCE, ReviewCheckCode.CLOCK_ACCEPTANCE, asOf),
    clockCheck(f, DeadlineKind.HANDLING, ReviewCheckCode.CLOCK_HANDLING, asOf),
    answerCheck(f),
    clockCheck(f, DeadlineKind.SERVICE, ReviewCheckCode.CLOCK_SERVICE, asOf),
    dateOrder(f),
    serviceProof(f),
    leftAtResidence(f),
    ...decisionParts(f),
    ...handlers(f, staff),
    extensionsInTime(f, calendar),
  ];
  return raw.map((r) => {
    const rule = checklist.checks.find((c) => c.check === r.code);
    return {
      code: r.code,
      status: r.status,
      itemCode: rule?.itemCode ?? null,
      vetoCode: rule?.vetoCode ?? null,
      suggestedDeduction: r.status === ReviewCheckStatus.FAIL && rule?.itemCode ? rule.deduction : 0,
      evidence: r.evidence,
    };
  });
}
