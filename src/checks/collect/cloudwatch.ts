/** What the SMS region's account has spent on SMS this month (cloudwatch): the figure the spend limit is held against. */
import {
  type CloudWatchClient,
  GetMetricStatisticsCommand,
  type GetMetricStatisticsOutput,
} from '@aws-sdk/client-cloudwatch';
import { type CallContext, service } from '../aws/call';
import type { Outcome } from '../facts';

const DAY_SECONDS = 86_400;

/** The start of the calendar month, UTC: SNS resets the month-to-date figure then, and the limit applies to it. */
function monthStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/**
 * `SMSMonthToDateSpentUSD` only grows within a month, so the Maximum over daily periods since the 1st is the spend so
 * far. No datapoint means nothing was sent this month (SNS publishes the metric only once SMS is sent): `null`.
 */
export async function collectSmsSpend(input: {
  ctx: CallContext;
  cloudwatch: CloudWatchClient;
  now: Date;
}): Promise<Outcome<number | null>> {
  const cw = service(input.ctx, 'cloudwatch', input.cloudwatch);
  return cw(
    new GetMetricStatisticsCommand({
      Namespace: 'AWS/SNS',
      MetricName: 'SMSMonthToDateSpentUSD',
      StartTime: monthStart(input.now),
      EndTime: input.now,
      Period: DAY_SECONDS,
      Statistics: ['Maximum'],
    }),
    (o: GetMetricStatisticsOutput) => {
      const values = (o.Datapoints ?? []).map((d) => d.Maximum).filter((v): v is number => typeof v === 'number');
      return values.length ? Math.max(...values) : null;
    },
  );
}
