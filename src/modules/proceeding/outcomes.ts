import { Channel, OutcomeKind } from '../../core/enums';

/**
 * Which outcomes settle the dispute, and in which channels each outcome can
 * occur. A handling opinion (land ownership) goes to the government for a
 * decision and an appraisal opinion is evidence, so neither settles.
 */
export const OUTCOME_RULES: Record<OutcomeKind, { settles: boolean; channels: Channel[] | 'any' }> = {
  AGREEMENT: { settles: true, channels: [Channel.MEDIATION] },
  MEDIATION_FAILED: { settles: false, channels: [Channel.MEDIATION] },
  DECISION: { settles: true, channels: [Channel.ADJUDICATION, Channel.RECONSIDERATION] },
  AWARD: { settles: true, channels: [Channel.ARBITRATION] },
  CERTIFICATE: { settles: true, channels: [Channel.NOTARIZATION] },
  APPRAISAL_OPINION: { settles: false, channels: [Channel.JUDICIAL_APPRAISAL] },
  REPLY: { settles: true, channels: [Channel.PETITION] },
  HANDLING_OPINION: { settles: false, channels: [Channel.ADJUDICATION] },
  JUDGMENT: { settles: true, channels: [Channel.LITIGATION] },
  DISMISSED: { settles: true, channels: [Channel.ADJUDICATION, Channel.RECONSIDERATION, Channel.ARBITRATION, Channel.LITIGATION, Channel.PETITION] },
  WITHDRAWN: { settles: false, channels: 'any' },
  TERMINATED: { settles: false, channels: 'any' },
};

export function outcomeFits(kind: OutcomeKind, channel: Channel): boolean {
  const rule = OUTCOME_RULES[kind];
  return rule.channels === 'any' || rule.channels.includes(channel);
}
