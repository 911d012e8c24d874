import { CHANNEL_RULES } from './channel-rules.data';
import type { ChannelRuleSeed } from '../matter';
import { ProcedureTrack, ReferralKind, TimeUnit } from '../../core/enums';
import type { ClockRule } from '../clock';
import type { TimeLimit } from '../matter';

// Time limits that belong to no catalog matter: court referral kinds, judicial
// confirmation and the center's own referral-response rule. They ship with the
// code (court practice rules and the center's configuration), next to the
// matter catalog's limits in the database.

type RuleKind = ChannelRuleSeed['kind'];

function channelRule(kind: RuleKind): TimeLimit {
  const seed = CHANNEL_RULES.find((r) => r.kind === kind);
  if (!seed) throw new Error(`no channel rule ${kind}`);
  const l = seed.limit;
  return { ...l, pauseReasons: [...l.pauseReasons], unit: l.unit as TimeUnit } as TimeLimit;
}

export function toClockRule(limit: TimeLimit): ClockRule {
  return {
    amount: limit.amount,
    unit: limit.unit,
    startsFrom: limit.startsFrom,
    extensible: limit.extensible,
    maxExtension: limit.maxExtension,
    legalBasis: limit.legalBasis,
    action: limit.action ?? '办结',
  };
}

/** The center's rule: the receiver answers within `days` working days (REFERRAL_RESPONSE_DAYS). */
export function referralResponseLimit(days: number): TimeLimit {
  return { ...channelRule('REFERRAL_RESPONSE'), amount: days };
}

/** A court's kind of referral sets the mediation's limit, not the receiving organization's default. */
export function courtReferralLimit(kind: ReferralKind, procedure: ProcedureTrack): TimeLimit | null {
  if (kind === ReferralKind.COURT_DELEGATED) return channelRule('COURT_DELEGATED');
  if (kind === ReferralKind.COURT_ENTRUSTED) return channelRule(procedure === ProcedureTrack.SIMPLIFIED ? 'COURT_ENTRUSTED_SIMPLE' : 'COURT_ENTRUSTED');
  return null;
}

export const judicialConfirmationLimits = {
  application: () => channelRule('JC_APPLICATION'),
  acceptance: () => channelRule('JC_ACCEPTANCE'),
  decision: () => channelRule('JC_DECISION'),
};
