import type { EntityManager } from '@mikro-orm/postgresql';
import type { ComplianceIssue } from '../../core/errors';
import { placeholders } from '../../core/db/read-model';
import { querySql } from '../../core/db/sql';
import { QualificationKind, type Channel, type ProceedingStatus } from '../../core/enums';
import { isUuid } from '../../core/validation/uuid';
import type { Viewer } from '../../core/viewer';
import type { StoredQualification } from './staff.entity';
import { readsCertificatesOf } from './staff.policy';
import { complianceIssues, handlerRuleFor, rulesApplyTo } from './staff-rules';
import { Qualification } from './staff.types';

/** A handler of a proceeding as other modules read it (StaffReads.handlersOf). */
export interface ProceedingHandlerInfo {
  userId: string;
  lead: boolean;
  qualifications: QualificationKind[];
  /** Holds 法律职业资格. */
  legalProfession: boolean;
}

/** One handler row with what masking needs: the holder's organization and the stored qualifications. */
export interface HandlerRow {
  proceedingId: string;
  userId: string;
  lead: boolean;
  organizationId: string | null;
  qualifications: StoredQualification[];
}

export function holdsLegalProfession(qualifications: readonly StoredQualification[] | null | undefined): boolean {
  return !!qualifications?.some((q) => q.kind === QualificationKind.LEGAL_PROFESSION);
}

/**
 * Staff reads for other modules and for this module's loaders. No visibility check: callers decide
 * whether their viewer may see the proceedings; certificate numbers leave only through `present`.
 */
export class StaffReads {
  /** Handler rows of proceedings, lead first, then co-handlers in the order named. */
  static async handlerRows(em: EntityManager, proceedingIds: readonly string[]): Promise<HandlerRow[]> {
    const ids = [...new Set(proceedingIds)].filter(isUuid);
    if (!ids.length) return [];
    const rows = await querySql<{ proceeding_id: string; user_id: string; lead: boolean; organization_id: string | null; qualifications: StoredQualification[] | null }>(
      em,
      `select h.proceeding_id, h.user_id, h.lead, u.organization_id, s.qualifications
         from proceeding_handler h join hub_user u on u.id = h.user_id left join staff_record s on s.user_id = h.user_id
        where h.proceeding_id in (${placeholders(ids.length)}) order by h.proceeding_id, h.position`,
      ids,
    );
    return rows.map((r) => ({ proceedingId: r.proceeding_id, userId: r.user_id, lead: r.lead, organizationId: r.organization_id, qualifications: r.qualifications ?? [] }));
  }

  /** For each proceeding id asked for (every one is a key): its handlers, lead first; [] when none are recorded. */
  static async handlersOf(em: EntityManager, proceedingIds: readonly string[]): Promise<Map<string, ProceedingHandlerInfo[]>> {
    const out = new Map<string, ProceedingHandlerInfo[]>(proceedingIds.map((id) => [id, []]));
    for (const r of await StaffReads.handlerRows(em, proceedingIds)) {
      out.get(r.proceedingId)?.push({
        userId: r.userId,
        lead: r.lead,
        qualifications: r.qualifications.map((q) => q.kind),
        legalProfession: holdsLegalProfession(r.qualifications),
      });
    }
    return out;
  }

  /** For each proceeding id asked for: its open compliance issues by the rules of its matter (staff-rules.data.ts). */
  static async complianceIssuesOf(em: EntityManager, proceedingIds: readonly string[]): Promise<Map<string, ComplianceIssue[]>> {
    const out = new Map<string, ComplianceIssue[]>(proceedingIds.map((id) => [id, []]));
    const ids = [...new Set(proceedingIds)].filter(isUuid);
    if (!ids.length) return out;
    // One after the other: inside a transaction (PGlite: always) both run on one connection.
    const procs = await querySql<{ id: string; channel: Channel; status: ProceedingStatus; outcome_kind: string | null; code: string | null }>(
      em,
      `select p.id, p.channel, p.status, p.outcome_kind, m.code from proceeding p left join matter m on m.id = p.matter_id where p.id in (${placeholders(ids.length)})`,
      ids,
    );
    const handlers = await StaffReads.handlersOf(em, ids);
    for (const p of procs) out.set(p.id, StaffReads.issuesOf(p.channel, p.code, p.status, p.outcome_kind, handlers.get(p.id) ?? []));
    return out;
  }

  /** The issues of one proceeding (pure): none for a proceeding refused at acceptance or withdrawn by the applicant. */
  static issuesOf(
    channel: Channel,
    matterCode: string | null,
    status: ProceedingStatus,
    outcomeKind: string | null,
    handlers: readonly { lead: boolean; legalProfession: boolean }[],
  ): ComplianceIssue[] {
    if (!rulesApplyTo(status) || outcomeKind === 'WITHDRAWN') return [];
    return complianceIssues(handlerRuleFor(channel, matterCode), handlers);
  }

  /** Qualifications as a viewer may read them: the certificate number only for the holder's organization and ADMIN. */
  static present(viewer: Viewer | null, holderOrganizationId: string | null, stored: readonly StoredQualification[]): Qualification[] {
    const numbers = readsCertificatesOf(viewer, holderOrganizationId);
    return stored.map((q) => Object.assign(new Qualification(), { kind: q.kind, certificateNumber: numbers ? q.number : null, issuedOn: q.issuedOn }));
  }
}
