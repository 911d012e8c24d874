import { graphql } from '../../gql';

export const StatisticsDocument = graphql(`
  query DashboardStatistics($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      __typename
      ... on Statistics {
        from
        to
        asOf
        today
        organization {
          id
          name
        }
        disputesReceived
        referrals {
          made
          received
          answered
          accepted
          declined
          responseWorkingDaysMedian
          responseWorkingDaysP90
        }
        proceedings {
          received
          admitted
          notAccepted
          acceptanceRate
          concluded
          settled
          withdrawn
          resolutionRate
          concludedOnTime
          onTimeRate
          workingDaysToConcludeMedian
          workingDaysToConcludeP90
          openNow
          overdueNow
        }
        judicialConfirmation {
          applications
          notAccepted
          decided
          confirmed
          confirmationRate
        }
        courtDelegatedMediation {
          received
          concluded
          settled
          preFilingResolutionRate
        }
        followUps {
          visits
          unreachable
          performed
          performanceRate
          satisfied
          satisfactionRate
        }
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
      ... on ValidationError {
        fieldErrors {
          field
          message
        }
      }
    }
  }
`);

/** The trend chart: only the figures it draws, one query per month (or year) of the period. */
export const StatisticsTrendDocument = graphql(`
  query DashboardStatisticsTrend($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      __typename
      ... on Statistics {
        from
        disputesReceived
        proceedings {
          received
          concluded
          settled
          resolutionRate
          onTimeRate
        }
      }
      ... on ErrorResult {
        errorCode: code
        message
      }
    }
  }
`);

export const StatisticsOptionsDocument = graphql(`
  query DashboardStatisticsOptions($channel: Channel) {
    organizations {
      id
      name
      region
    }
    matters(channel: $channel) {
      code
      name
      channel
    }
  }
`);

export const PublicStatisticsDocument = graphql(`
  query DashboardPublicStatistics($year: Int!) {
    publicStatistics(year: $year) {
      year
      month
      channel
      suppressed
      received
      concluded
      resolutionRate
      onTimeRate
    }
  }
`);
