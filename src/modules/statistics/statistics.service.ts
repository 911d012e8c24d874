import type { HubContext } from '../../core/context';
import { Channel, FieldErrorCode } from '../../core/enums';
import { FieldError, NotFoundError, ValidationError } from '../../core/errors';
import { badUserInput } from '../../core/graphql-errors';
import { CHANNEL_LABELS } from '../../core/labels';
import { isKnownRegion } from '../../core/validation/regions';
import { isUuid } from '../../core/validation/uuid';
import { requireViewer } from '../../core/viewer';
import { addDays, addMonths, chinaDateOf, type IsoDate } from '../clock';
import { statisticsOrganization } from './statistics.policy';
import { readPublicFollowUps, readPublicYear, readSlice, type CountRow, type FactKind, type FollowUpRow, type SliceFigures } from './statistics.queries';
import {
  CourtDelegatedMediationStatistics,
  FollowUpStatistics,
  JudicialConfirmationStatistics,
  ProceedingStatistics,
  PublicStatisticsCell,
  ReferralStatistics,
  Statistics,
  type StatisticsFilter,
} from './statistics.types';

/** The years the working-day ordinals cover (stat_work_day); statistics outside them would count nothing. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;
const MAX_PERIOD_MONTHS = 60;
/** The public view publishes no count below this (nor the rates computed from it). */
export const PUBLIC_MIN_CELL = 5;

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/**
 * PostgreSQL's percentile_cont over the values a histogram stands for: the value at position
 * p × (n − 1) of the sorted values, interpolated between the two values around it; null for none.
 */
export function percentile(histogram: readonly { wd: number; n: number }[], p: number): number | null {
  const bins = [...histogram].filter((b) => b.n > 0).sort((a, b) => a.wd - b.wd);
  const total = bins.reduce((n, b) => n + b.n, 0);
  if (!total) return null;
  const position = p * (total - 1);
  const lower = Math.floor(position);
  // The value of the k-th smallest (0-based).
  const at = (k: number) => {
    let seen = 0;
    for (const b of bins) {
      seen += b.n;
      if (k < seen) return b.wd;
    }
    return bins[bins.length - 1].wd;
  };
  const a = at(lower);
  return lower === position ? a : a + (position - lower) * (at(lower + 1) - a);
}

/** Sums the counts of one kind whose flags match. */
function count(rows: CountRow[], kind: FactKind, where: Partial<Omit<CountRow, 'kind' | 'n'>> = {}): number {
  let n = 0;
  for (const r of rows) {
    if (r.kind !== kind) continue;
    if (Object.entries(where).some(([k, v]) => r[k as keyof CountRow] !== v)) continue;
    n += Number(r.n);
  }
  return n;
}

export class StatisticsService {
  static async statistics(ctx: HubContext, filter: StatisticsFilter): Promise<Statistics | ValidationError | NotFoundError> {
    const viewer = requireViewer(ctx);
    const organizationId = statisticsOrganization(viewer, filter.organizationId);
    const errors = await StatisticsService.check(ctx, filter);
    if (errors.length) return new ValidationError(errors);
    if (organizationId && !(isUuid(organizationId) && (await ctx.loaders.organization.load(organizationId)))) return new NotFoundError(`单位 ${organizationId} 不存在。`);

    const asOf = ctx.services.now();
    const today = chinaDateOf(asOf);
    const channel = filter.channel ?? null;
    const matterCode = filter.matterCode ?? null;
    const region = filter.region ?? null;
    const figures = await readSlice(ctx.em, { from: filter.from, to: filter.to, organizationId, channel, matterCode, region, today });
    return Object.assign(new Statistics(), { from: filter.from, to: filter.to, organizationId, channel, matterCode, region, asOf, today }, StatisticsService.figures(figures, organizationId !== null));
  }

  /** The figures of a slice from its fact counts; `oneOrganization`: the rows are one organization's, of either side. */
  static figures(f: SliceFigures, oneOrganization: boolean): Pick<Statistics, 'disputesReceived' | 'referrals' | 'proceedings' | 'judicialConfirmation' | 'courtDelegatedMediation' | 'followUps'> {
    const c = f.counts;
    const duration = (kind: 'ANSWERED' | 'CONCLUDED') => {
      const histogram = f.durations.filter((d) => d.kind === kind);
      return { p50: percentile(histogram, 0.5), p90: percentile(histogram, 0.9) };
    };

    const answered = count(c, 'ANSWERED');
    const accepted = count(c, 'ANSWERED', { accepted: true });
    const referrals = Object.assign(new ReferralStatistics(), {
      made: count(c, 'REFERRED', { side: 0 }),
      // One organization's received referrals are its side-1 facts; the city's are every referral once.
      received: count(c, 'REFERRED', { side: oneOrganization ? 1 : 0 }),
      answered,
      accepted,
      declined: answered - accepted,
      responseWorkingDaysMedian: duration('ANSWERED').p50,
      responseWorkingDaysP90: duration('ANSWERED').p90,
    });

    const admitted = count(c, 'ADMITTED');
    const notAccepted = count(c, 'NOT_ACCEPTED');
    const concluded = count(c, 'CONCLUDED');
    const settled = count(c, 'CONCLUDED', { settled: true });
    const onTime = count(c, 'CONCLUDED', { on_time: true });
    const proceedings = Object.assign(new ProceedingStatistics(), {
      received: count(c, 'OPENED'),
      admitted,
      notAccepted,
      acceptanceRate: ratio(admitted, admitted + notAccepted),
      concluded,
      settled,
      withdrawn: count(c, 'CONCLUDED', { withdrawn: true }),
      resolutionRate: ratio(settled, concluded),
      concludedOnTime: onTime,
      onTimeRate: ratio(onTime, concluded),
      workingDaysToConcludeMedian: duration('CONCLUDED').p50,
      workingDaysToConcludeP90: duration('CONCLUDED').p90,
      openNow: f.open.open,
      overdueNow: f.open.overdue,
    });

    const decided = count(c, 'JC_DECIDED');
    const confirmed = count(c, 'JC_DECIDED', { confirmed: true });
    const judicialConfirmation = Object.assign(new JudicialConfirmationStatistics(), {
      applications: count(c, 'JC_REQUESTED'),
      notAccepted: count(c, 'JC_NOT_ACCEPTED'),
      decided,
      confirmed,
      confirmationRate: ratio(confirmed, decided),
    });

    const delegatedConcluded = count(c, 'CONCLUDED', { court_delegated: true });
    const delegatedSettled = count(c, 'CONCLUDED', { court_delegated: true, settled: true });
    const courtDelegatedMediation = Object.assign(new CourtDelegatedMediationStatistics(), {
      received: count(c, 'OPENED', { court_delegated: true }),
      concluded: delegatedConcluded,
      settled: delegatedSettled,
      preFilingResolutionRate: ratio(delegatedSettled, delegatedConcluded),
    });

    return { disputesReceived: count(c, 'RECEIVED'), referrals, proceedings, judicialConfirmation, courtDelegatedMediation, followUps: StatisticsService.followUps(f.followUps) };
  }

  /** The follow-up figures from their fact sums (a visit's scores are 1–5; an unreachable follow-up has none). */
  static followUps(rows: FollowUpRow[]): FollowUpStatistics {
    const visited = rows.filter((r) => r.kind === 'VISITED');
    const sum = (pick: (r: FollowUpRow) => number, of: FollowUpRow[] = visited) => of.reduce((n, r) => n + pick(r), 0);
    const visits = sum((r) => r.n);
    const byPerformance = (p: string) =>
      sum(
        (r) => r.n,
        visited.filter((r) => r.performance === p),
      );
    const performed = byPerformance('PERFORMED');
    const satisfied = sum((r) => r.satisfied);
    return Object.assign(new FollowUpStatistics(), {
      visits,
      unreachable: sum(
        (r) => r.n,
        rows.filter((r) => r.kind === 'UNREACHABLE'),
      ),
      performed,
      partlyPerformed: byPerformance('PARTLY'),
      notPerformed: byPerformance('NOT_PERFORMED'),
      performanceRate: ratio(performed, visits - byPerformance('NOT_APPLICABLE')),
      professionalismAverage: ratio(
        sum((r) => r.professionalism),
        visits,
      ),
      easeAverage: ratio(
        sum((r) => r.ease),
        visits,
      ),
      timelinessAverage: ratio(
        sum((r) => r.timeliness),
        visits,
      ),
      fairnessAverage: ratio(
        sum((r) => r.fairness),
        visits,
      ),
      satisfied,
      satisfactionRate: ratio(satisfied, visits),
    });
  }

  /** What is wrong with the filter (the dates are real dates already: the Date scalar checked them). */
  private static async check(ctx: HubContext, filter: StatisticsFilter): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    const inRange = (d: IsoDate) => Number(d.slice(0, 4)) >= FIRST_YEAR && Number(d.slice(0, 4)) <= LAST_YEAR;
    if (!inRange(filter.from)) errors.push(new FieldError('from', `应在 ${FIRST_YEAR} 年至 ${LAST_YEAR} 年之间`, FieldErrorCode.INVALID));
    if (!inRange(filter.to)) errors.push(new FieldError('to', `应在 ${FIRST_YEAR} 年至 ${LAST_YEAR} 年之间`, FieldErrorCode.INVALID));
    if (!errors.length) {
      if (filter.to < filter.from) errors.push(new FieldError('to', '结束日期不能早于开始日期', FieldErrorCode.INVALID));
      else if (filter.to > addDays(addMonths(filter.from, MAX_PERIOD_MONTHS), -1)) errors.push(new FieldError('to', '统计期间最长 5 年', FieldErrorCode.TOO_LONG));
    }
    if (filter.matterCode !== null && filter.matterCode !== undefined) {
      const matter = [...(await ctx.services.matters.byId()).values()].find((m) => m.code === filter.matterCode);
      if (!matter) errors.push(new FieldError('matterCode', '未知的事项', FieldErrorCode.NOT_FOUND));
      else if (filter.channel && matter.channel !== filter.channel) {
        errors.push(new FieldError('matterCode', `${matter.code}是${CHANNEL_LABELS[matter.channel]}事项，不是${CHANNEL_LABELS[filter.channel]}事项`, FieldErrorCode.INVALID));
      }
    }
    if (filter.region !== null && filter.region !== undefined && !isKnownRegion(filter.region)) {
      errors.push(new FieldError('region', '应为杭州市已知的行政区划（如 杭州市、西湖区、桐庐县）', FieldErrorCode.UNKNOWN_REGION));
    }
    return errors;
  }

  /** Anonymous: per channel and month of one year, cases taken in and concluded and their rates; small cells suppressed. */
  static async publicStatistics(ctx: HubContext, year: number): Promise<PublicStatisticsCell[]> {
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) throw badUserInput(`year 应在 ${FIRST_YEAR} 至 ${LAST_YEAR} 之间`, 'year');
    const rows = await readPublicYear(ctx.em, year);
    const followUps = await readPublicFollowUps(ctx.em, year);
    const cells: PublicStatisticsCell[] = [];
    for (let month = 1; month <= 12; month++) {
      for (const channel of Object.values(Channel)) {
        const mine = rows.filter((r) => r.month === month && r.channel === channel);
        const sum = (pick: (r: (typeof rows)[number]) => boolean) => mine.filter(pick).reduce((n, r) => n + r.n, 0);
        const received = sum((r) => r.kind === 'OPENED');
        const concluded = sum((r) => r.kind === 'CONCLUDED');
        const suppressed = received < PUBLIC_MIN_CELL || concluded < PUBLIC_MIN_CELL;
        const visited = followUps.filter((r) => r.month === month && r.channel === channel);
        const visits = visited.reduce((n, r) => n + r.visits, 0);
        // Satisfaction is published only in a published cell, and from at least 5 visits.
        const showVisits = !suppressed && visits >= PUBLIC_MIN_CELL;
        cells.push(
          Object.assign(new PublicStatisticsCell(), {
            year,
            month,
            channel,
            suppressed,
            received: suppressed ? null : received,
            concluded: suppressed ? null : concluded,
            resolutionRate: suppressed
              ? null
              : ratio(
                  sum((r) => r.kind === 'CONCLUDED' && r.settled),
                  concluded,
                ),
            onTimeRate: suppressed
              ? null
              : ratio(
                  sum((r) => r.kind === 'CONCLUDED' && r.on_time),
                  concluded,
                ),
            followUpVisits: showVisits ? visits : null,
            satisfactionRate: showVisits
              ? ratio(
                  visited.reduce((n, r) => n + r.satisfied, 0),
                  visits,
                )
              : null,
          }),
        );
      }
    }
    return cells;
  }
}
