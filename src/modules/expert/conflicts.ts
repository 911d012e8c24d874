import { ExpertRelationshipKind, type PartyRole } from '../../core/enums';
import { EXPERT_RELATIONSHIP_KIND_LABELS, PARTY_ROLE_LABELS } from '../../core/labels';
import { addDays, compareDates, type IsoDate } from '../clock';
import { normalizeOrgName } from './sampler';
import type { ExpertRelationship } from './expert.entity';

/** What the conflict check reads of a party: its role, name and (for organizations) credit code. */
export interface PartyForConflict {
  role: PartyRole;
  name: string;
  creditCode: string | null;
}

/** What the conflict check reads of an expert. */
export interface ExpertForConflict {
  employer: string | null;
  employerCreditCode: string | null;
  relationships: readonly ExpertRelationship[];
}

/** Declared ties count for three years after they ended (政府采购法实施条例 art. 9: 前三年内). */
const LOOKBACK_DAYS = 3 * 365 + 1;

function matchOf(party: PartyForConflict, name: string | null, code: string | null): string | null {
  if (code && party.creditCode && code.toUpperCase() === party.creditCode.toUpperCase()) return '统一社会信用代码';
  if (name && normalizeOrgName(name) === normalizeOrgName(party.name)) return '名称';
  return null;
}

/**
 * Why an expert may not sit on a case of these parties: one Chinese reason per ground,
 * naming the ground and the party's role, never the party's name (the reasons are shown
 * with the draw and kept in the audit). Empty when there is no conflict.
 */
export function conflictReasons(expert: ExpertForConflict, parties: readonly PartyForConflict[], today: IsoDate): string[] {
  const reasons: string[] = [];
  const since = addDays(today, -LOOKBACK_DAYS);
  for (const party of parties) {
    const role = `本案${PARTY_ROLE_LABELS[party.role]}`;
    const employer = matchOf(party, expert.employer, expert.employerCreditCode);
    if (employer) reasons.push(`现任职单位即${role}（${employer}一致）`);
    for (const r of expert.relationships) {
      if (r.endedOn && compareDates(r.endedOn, since) < 0) continue;
      const m = matchOf(party, r.name, r.creditCode);
      if (!m) continue;
      reasons.push(r.kind === ExpertRelationshipKind.OTHER ? `声明与${role}存在其他可能影响公正的关系（${m}一致）` : `申报的${EXPERT_RELATIONSHIP_KIND_LABELS[r.kind]}即${role}（${m}一致）`);
    }
  }
  return [...new Set(reasons)];
}
