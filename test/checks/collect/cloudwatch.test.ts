/**
 * The month's SMS spend read through the real CloudWatch client (JSON 1.0, query-compatible errors) and what the
 * sns-sms-monthly-spend rule makes of it.
 */
import nock from 'nock';
import { parsePoolRef } from '../../../src/checks/pool-ref';
import { runCheck } from '../../../src/checks/run';
import type { Finding } from '../../../src/checks/types';
import { accessDenied, POOL_ID, parseBody, reply, STATIC_CREDENTIALS, serve, throttled } from '../../harness/aws-wire';

async function spendFinding(limit: string, replies: Parameters<typeof serve>[0]): Promise<Finding> {
  serve({
    'sns:GetSMSAttributes': reply.xml('sns', 'GetSMSAttributes', {
      entries: `<entry><key>MonthlySpendLimit</key><value>${limit}</value></entry>`,
    }),
    ...replies,
  });
  const ref = parsePoolRef([POOL_ID], []);
  if (!ref.ok) throw new Error(ref.message.en);
  const result = await runCheck({ ref: ref.ref, clientOptions: { credentials: STATIC_CREDENTIALS, maxAttempts: 1 } });
  if (!result.ok) throw new Error(result.message.en);
  const f = result.report.findings.find((x) => x.rule === 'sns-sms-monthly-spend');
  if (!f) throw new Error('no sns-sms-monthly-spend finding');
  return f;
}

it('asks CloudWatch in JSON 1.0 for the Maximum of SMSMonthToDateSpentUSD since the 1st of the month', async () => {
  const seen: { headers: Record<string, unknown>; body: Record<string, unknown> }[] = [];
  serve({});
  nock.removeInterceptor({ hostname: 'monitoring.eu-west-1.amazonaws.com', path: '/', method: 'POST', proto: 'https' });
  nock('https://monitoring.eu-west-1.amazonaws.com')
    .post('/')
    .reply(function (_uri, body) {
      seen.push({ headers: this.req.headers, body: parseBody(body) });
      return [200, JSON.stringify({ Datapoints: [] }), { 'content-type': 'application/x-amz-json-1.0' }];
    });
  const ref = parsePoolRef([POOL_ID], []);
  if (!ref.ok) throw new Error(ref.message.en);
  const result = await runCheck({ ref: ref.ref, clientOptions: { credentials: STATIC_CREDENTIALS, maxAttempts: 1 } });
  expect(result.ok).toBe(true);
  expect(seen).toHaveLength(1);
  const [{ headers, body }] = seen as [(typeof seen)[0]];
  expect(headers['x-amz-target']).toBe('GraniteServiceVersion20100801.GetMetricStatistics');
  expect(headers['content-type']).toBe('application/x-amz-json-1.0');
  expect(body).toMatchObject({
    Namespace: 'AWS/SNS',
    MetricName: 'SMSMonthToDateSpentUSD',
    Period: 86400,
    Statistics: ['Maximum'],
  });
  const start = new Date(Number(body.StartTime) * 1000);
  expect([start.getUTCDate(), start.getUTCHours(), start.getUTCMinutes()]).toEqual([1, 0, 0]);
});

it.each([
  ['50', [3.2, 12.5], 'pass', /25 % of this month's SMS spend limit in eu-west-1 is used/],
  ['50', [30, 41], 'warn', /82 % of this month's SMS spend limit .* SMS MFA codes stop when it is reached/],
  ['50', [44, 50], 'fail', /limit in eu-west-1 is reached: no SMS MFA code is sent/],
  ['', [0.4, 1.02], 'fail', /reached/],
  ['50', [], 'pass', /no SMS spend recorded this month/],
] as const)('limit "%s", daily maxima %j -> %s', async (limit, maxima, status, summary) => {
  const f = await spendFinding(limit, { 'cloudwatch:GetMetricStatistics': reply.smsSpend(...maxima) });
  expect(f).toMatchObject({ entry: 'sms-first-time-setup', status });
  expect(f.summary.en).toMatch(summary);
  expect(f.summary.ja).toMatch(/SMS/);
});

it('says what it saw: the spend against the limit, in both languages', async () => {
  const f = await spendFinding('50', { 'cloudwatch:GetMetricStatistics': reply.smsSpend(41) });
  expect(f.evidence.map((e) => e.en)).toContain('SMSMonthToDateSpentUSD: $41.00 of MonthlySpendLimit $50.00');
  expect(f.summary.ja).toContain('82 %');
});

it('a throttled read is a transient unknown, a denied one names the action and is not transient', async () => {
  const t = await spendFinding('50', { 'cloudwatch:GetMetricStatistics': throttled('cloudwatch:GetMetricStatistics') });
  expect(t).toMatchObject({ status: 'unknown', transient: true });
  expect(t.summary.en).toMatch(/throttled cloudwatch:GetMetricStatistics/);
  nock.cleanAll();
  const d = await spendFinding('50', {
    'cloudwatch:GetMetricStatistics': accessDenied('cloudwatch:GetMetricStatistics'),
  });
  expect(d).toMatchObject({ status: 'unknown', missingActions: ['cloudwatch:GetMetricStatistics'] });
  expect(d.transient).toBeUndefined();
});
