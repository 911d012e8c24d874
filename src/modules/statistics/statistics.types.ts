import { createUnionType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Channel } from '../../core/enums';
import { NotFoundError, ValidationError } from '../../core/errors';
import { DateScalar } from '../../core/scalars';

/** Said once for every rate: the figures are the hub's own definitions. */
const UNOFFICIAL = 'The official definition is not published (unverified); this is the hub’s.';

@InputType({ description: 'A slice of the hub’s work: a period and, optionally, one organization, channel, matter and region.' })
export class StatisticsFilter {
  @Field(() => DateScalar, { description: 'First day of the period (China Standard Time), included.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period (China Standard Time), included; the period spans at most 5 years.' })
  to!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only this organization’s work. ADMIN and REVIEWER: any organization, or none for the whole city. Every other role: only its own organization, which is also the default; another organization is FORBIDDEN.',
  })
  organizationId?: string | null;

  @Field(() => Channel, { nullable: true, description: 'Only this channel: of the proceeding, of the referral, or (disputes received) of the matter chosen at registration.' })
  channel?: Channel | null;

  @Field(() => String, { nullable: true, description: 'Only this matter (catalog code): of the proceeding, of the referral, or (disputes received) the matter chosen at registration.' })
  matterCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only disputes of this region, as registered (exact match, e.g. 富阳区).' })
  region?: string | null;
}

@ObjectType({ description: 'Referrals (转办 / 交办 / 委派 / 委托) of the slice.' })
export class ReferralStatistics {
  @Field(() => Int, { description: 'Referrals sent in the period (REFERRED events dated in it) by the organization; without an organization, every referral.' })
  made!: number;

  @Field(() => Int, { description: 'Referrals sent to the organization in the period; without an organization, every referral (equal to `made`).' })
  received!: number;

  @Field(() => Int, {
    description:
      'Referrals the organization (without an organization: every receiver) accepted or declined in the period (REFERRAL_ACCEPTED / REFERRAL_DECLINED dated in it). A cancelled referral was not answered.',
  })
  answered!: number;

  @Field(() => Int, { description: 'Of `answered`, the accepted ones.' })
  accepted!: number;

  @Field(() => Int, { description: 'Of `answered`, the declined ones (returned to the sender).' })
  declined!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Median response time of the answers counted in `answered`, in working days: the working days after the day of the referral up to and including the day of the answer, on the official calendar (an answer on the day of the referral is 0). Interpolated (percentile_cont); null without answers.',
  })
  responseWorkingDaysMedian!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of the same response times (percentile_cont); null without answers.' })
  responseWorkingDaysP90!: number | null;
}

@ObjectType({ description: 'Proceedings (cases at one organization) of the slice.' })
export class ProceedingStatistics {
  @Field(() => Int, { description: 'Cases taken in during the period: proceedings opened by an accepted referral (REFERRAL_ACCEPTED dated in the period).' })
  received!: number;

  @Field(() => Int, {
    description: 'Acceptance reviews that ended in admission in the period (PROCEEDING_ADMITTED). A proceeding opened without an acceptance review is neither admitted nor not accepted.',
  })
  admitted!: number;

  @Field(() => Int, { description: 'Acceptance reviews that ended in a decision not to accept in the period (PROCEEDING_NOT_ACCEPTED).' })
  notAccepted!: number;

  @Field(() => Float, { nullable: true, description: `Acceptance rate: admitted ÷ (admitted + notAccepted); null when both are 0. ${UNOFFICIAL}` })
  acceptanceRate!: number | null;

  @Field(() => Int, {
    description: 'Proceedings concluded in the period (CONCLUDED events dated in it), whatever the outcome, withdrawals by the applicant included. A case not accepted is not concluded.',
  })
  concluded!: number;

  @Field(() => Int, { description: 'Of `concluded`, those whose outcome settles the dispute (an agreement, a decision, an award, ...; Outcome.settles).' })
  settled!: number;

  @Field(() => Int, { description: 'Of `concluded`, those the applicant withdrew.' })
  withdrawn!: number;

  @Field(() => Float, { nullable: true, description: `Resolution rate (化解成功率): settled ÷ concluded; null when nothing was concluded. ${UNOFFICIAL}` })
  resolutionRate!: number | null;

  @Field(() => Int, {
    description:
      'Of `concluded`, those concluded (the day of the CONCLUDED event) on or before the due date of the proceeding’s handling clock, pauses and extensions included, as the clock computed it. A proceeding that ended before any handling clock started (withdrawn during its acceptance review) counts as on time.',
  })
  concludedOnTime!: number;

  @Field(() => Float, { nullable: true, description: `On-time rate (按期办结率): concludedOnTime ÷ concluded; null when nothing was concluded. ${UNOFFICIAL}` })
  onTimeRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Median time to conclude, in working days: the working days after the day the case reached the organization (Proceeding.receivedAt, the day of the referral) up to and including the day it was concluded, over the proceedings counted in `concluded`. Interpolated; null when nothing was concluded.',
  })
  workingDaysToConcludeMedian!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of the same working days (percentile_cont); null when nothing was concluded.' })
  workingDaysToConcludeP90!: number | null;

  @Field(() => Int, { description: 'Proceedings of the slice open at `asOf`: opened and neither concluded nor not accepted. The period does not apply.' })
  openNow!: number;

  @Field(() => Int, { description: 'Of `openNow`, those with a running (not paused) acceptance or handling clock whose due date is before `today`.' })
  overdueNow!: number;
}

@ObjectType({ description: 'Judicial confirmation (司法确认) of mediation agreements of the slice, counted for the mediating organization and for the court.' })
export class JudicialConfirmationStatistics {
  @Field(() => Int, { description: 'Applications filed in the period (JUDICIAL_CONFIRMATION_REQUESTED dated in it).' })
  applications!: number;

  @Field(() => Int, { description: 'Applications the court declined to accept in the period (JUDICIAL_CONFIRMATION_NOT_ACCEPTED).' })
  notAccepted!: number;

  @Field(() => Int, { description: 'Applications decided in the period (JUDICIAL_CONFIRMATION_DECIDED): confirmed or rejected.' })
  decided!: number;

  @Field(() => Int, { description: 'Of `decided`, the confirmed ones.' })
  confirmed!: number;

  @Field(() => Float, { nullable: true, description: `Confirmation rate: confirmed ÷ decided; null when nothing was decided. ${UNOFFICIAL}` })
  confirmationRate!: number | null;
}

@ObjectType({ description: 'Pre-filing court-delegated mediation (诉前委派调解): proceedings opened from a referral of kind COURT_DELEGATED.' })
export class CourtDelegatedMediationStatistics {
  @Field(() => Int, { description: 'Delegated cases taken in during the period (as in ProceedingStatistics.received).' })
  received!: number;

  @Field(() => Int, { description: 'Delegated cases concluded in the period (as in ProceedingStatistics.concluded).' })
  concluded!: number;

  @Field(() => Int, { description: 'Of `concluded`, those settled before filing (an agreement).' })
  settled!: number;

  @Field(() => Float, { nullable: true, description: `Pre-filing resolution rate (诉前化解率): settled ÷ concluded; null when nothing was concluded. ${UNOFFICIAL}` })
  preFilingResolutionRate!: number | null;
}

@ObjectType({
  description:
    'Follow-up visits (回访) of resolved and closed disputes: each FOLLOW_UP_RECORDED event (a visit) and each follow-up closed as unreachable dated in the period, for the handling organization, with the channel and matter of the concluding proceeding (else of the dispute’s matter).',
})
export class FollowUpStatistics {
  @Field(() => Int, { description: 'Visits recorded in the period (the party was reached and answered).' })
  visits!: number;

  @Field(() => Int, { description: 'Follow-ups closed in the period because the party could not be reached.' })
  unreachable!: number;

  @Field(() => Int, { description: 'Visits whose party reported the outcome performed (已履行).' })
  performed!: number;

  @Field(() => Int, { description: 'Visits whose party reported the outcome partly performed (部分履行).' })
  partlyPerformed!: number;

  @Field(() => Int, { description: 'Visits whose party reported the outcome not performed (未履行).' })
  notPerformed!: number;

  @Field(() => Float, { nullable: true, description: `Performance rate (履行率): performed ÷ (visits − visits with nothing to perform); null when there is none. ${UNOFFICIAL}` })
  performanceRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean professionalism score (1–5) of the visits; null without visits.' })
  professionalismAverage!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean ease score (1–5) of the visits; null without visits.' })
  easeAverage!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean timeliness score (1–5) of the visits; null without visits.' })
  timelinessAverage!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean fairness score (1–5) of the visits; null without visits.' })
  fairnessAverage!: number | null;

  @Field(() => Int, { description: 'Satisfied visits: the mean of the visit’s four scores is at least 4.' })
  satisfied!: number;

  @Field(() => Float, {
    nullable: true,
    description: `Satisfaction rate (回访满意率): satisfied visits ÷ visits, a visit being satisfied when the mean of its four scores (professionalism, ease, timeliness, fairness) is at least 4; unreachable parties are not counted; null without visits. ${UNOFFICIAL}`,
  })
  satisfactionRate!: number | null;
}

@ObjectType({
  description:
    'How the slice’s disputes were handled, computed from the timeline: each figure counts the events of its kind dated in the period (China Standard Time), working days are counted on the official calendar, and each rate is defined in its description. The official definitions of these rates are not published (unverified).',
})
export class Statistics {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;

  /** Resolved by StatisticsResolver.organization. */
  organizationId!: string | null;

  @Field(() => Channel, { nullable: true })
  channel!: Channel | null;

  @Field(() => String, { nullable: true })
  matterCode!: string | null;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => Date, { description: 'When the figures were computed (the hub’s clock).' })
  asOf!: Date;

  @Field(() => DateScalar, { description: 'The day of `asOf` in China Standard Time, against which `overdueNow` is judged.' })
  today!: string;

  @Field(() => Int, {
    description:
      'Disputes registered in the period (REGISTERED events dated in it), by the organization that registered them. Channel and matter are those of the matter chosen at registration: a dispute registered without a matter counts only without a channel or matter filter.',
  })
  disputesReceived!: number;

  @Field(() => ReferralStatistics)
  referrals!: ReferralStatistics;

  @Field(() => ProceedingStatistics)
  proceedings!: ProceedingStatistics;

  @Field(() => JudicialConfirmationStatistics)
  judicialConfirmation!: JudicialConfirmationStatistics;

  @Field(() => CourtDelegatedMediationStatistics)
  courtDelegatedMediation!: CourtDelegatedMediationStatistics;

  @Field(() => FollowUpStatistics)
  followUps!: FollowUpStatistics;
}

export const StatisticsResult = createUnionType({
  name: 'StatisticsResult',
  types: () => [Statistics, ValidationError, NotFoundError] as const,
});

@ObjectType({
  description: 'One channel in one month, for the center’s publicity. A cell is published only when both counts are at least 5; otherwise its counts and rates are null and `suppressed` is true.',
})
export class PublicStatisticsCell {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '1–12.' })
  month!: number;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => Boolean, { description: 'True when a count is below 5: nothing of the cell is published.' })
  suppressed!: boolean;

  @Field(() => Int, { nullable: true, description: 'Cases taken in by organizations of the channel in the month (proceedings opened by an accepted referral).' })
  received!: number | null;

  @Field(() => Int, { nullable: true, description: 'Proceedings of the channel concluded in the month, whatever the outcome.' })
  concluded!: number | null;

  @Field(() => Float, { nullable: true, description: `Settled ÷ concluded (as Statistics.proceedings.resolutionRate). ${UNOFFICIAL}` })
  resolutionRate!: number | null;

  @Field(() => Float, { nullable: true, description: `Concluded on time ÷ concluded (as Statistics.proceedings.onTimeRate). ${UNOFFICIAL}` })
  onTimeRate!: number | null;

  @Field(() => Int, { nullable: true, description: 'Follow-up visits (回访) of the channel recorded in the month; null when the cell is suppressed or there were fewer than 5.' })
  followUpVisits!: number | null;

  @Field(() => Float, { nullable: true, description: `Satisfaction rate of those visits (as Statistics.followUps.satisfactionRate); null when followUpVisits is. ${UNOFFICIAL}` })
  satisfactionRate!: number | null;
}
