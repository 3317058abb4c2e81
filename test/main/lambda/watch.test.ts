/**
 * The watch through the real Lambda handler: the EventBridge schedule fans the pools out to self-invocations, a batch
 * checks its pools with the state in DynamoDB and posts through the Web API, a cold start does not repeat the
 * baseline, and CloudTrail events re-check only the pools they concern.
 */
import nock from 'nock';
import { createHandler } from '../../../src/main/lambda';
import { POOL_ID, reply, serve } from '../../harness/aws-wire';
import { useFakeAwsCredentials } from '../../harness/deferred';
import { dynamoDbTable } from '../../harness/dynamodb-table';
import { interceptInvocations, lambdaContext, lambdaEnv, REGION } from '../../harness/lambda';
import { SlackApiRecorder } from '../../harness/slack';

useFakeAwsCredentials(REGION);

const CHANNEL = 'C0WATCH01';
const env = () => lambdaEnv({ MFA_WATCH: `${POOL_ID}=${CHANNEL}`, IDEMPOTENCY_TABLE: 'mfa-bot-test' });
const scheduled = {
  version: '0',
  id: '53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa',
  'detail-type': 'Scheduled Event',
  source: 'aws.events',
  account: '123456789012',
  time: '2026-12-04T13:00:00Z',
  region: REGION,
  resources: [`arn:aws:events:${REGION}:123456789012:rule/mfa-check-bot-test-watch`],
  detail: {},
};
const cloudTrail = (source: string, eventName: string, requestParameters: Record<string, unknown>) => ({
  version: '0',
  id: '6f2b1c9e-0d5e-4a53-9a51-2a9b1f0c7e11',
  'detail-type': 'AWS API Call via CloudTrail',
  source,
  account: '123456789012',
  time: '2026-12-04T13:05:00Z',
  region: REGION,
  resources: [],
  detail: { eventSource: `${source.slice(4)}.amazonaws.com`, eventName, awsRegion: REGION, requestParameters },
});

// biome-ignore lint/suspicious/noExplicitAny: the Lambda context is not used by the watch
const run = (handler: ReturnType<typeof createHandler>, event: unknown) => handler(event, lambdaContext as any);

it('runs the schedule, the batch, a cold start and CloudTrail events with the state in DynamoDB', async () => {
  const table = dynamoDbTable(REGION);
  const invocations = interceptInvocations();
  const slack = new SlackApiRecorder();

  // The schedule only fans out: no check runs in its invocation.
  const aws = serve();
  expect(await run(createHandler(env()), scheduled)).toEqual({ status: 'fanned-out', pools: 1, batches: 1 });
  expect(aws.calls).toEqual([]);
  expect(invocations).toEqual([{ mfaBotWatch: { pools: [{ poolId: POOL_ID, channel: CHANNEL }] } }]);

  // The batch checks the pool and posts its baseline once.
  const batch = invocations[0];
  expect(await run(createHandler(env()), batch)).toMatchObject({ status: 'checked', pools: 1, failed: 0 });
  const posts = () => slack.calls.filter((c) => c.method === 'chat.postMessage');
  expect(posts()).toHaveLength(1);
  expect(posts()[0]?.args).toMatchObject({ channel: CHANNEL });
  expect(String(posts()[0]?.args.text)).toMatch(/^Watching /);
  expect([...table.items.keys()]).toEqual([`watch#${POOL_ID}@${CHANNEL}`]);
  expect(table.requests.map((r) => `${r.target} ${r.body.TableName}`)).toContain('PutItem mfa-bot-test');

  // A new instance (cold start) reads the same state: nothing to post.
  expect(await run(createHandler(env()), batch)).toMatchObject({ status: 'checked', pools: 1, worse: 0 });
  expect(posts()).toHaveLength(1);

  // An IAM change to another role concerns no watched pool; one to the pool's SMS role re-checks it.
  expect(await run(createHandler(env()), cloudTrail('aws.iam', 'PutRolePolicy', { roleName: 'Other' }))).toMatchObject({
    pools: 0,
  });
  // A role of the same name in another account is another role.
  const elsewhere = {
    ...cloudTrail('aws.iam', 'PutRolePolicy', { roleName: 'CognitoSmsRole' }),
    account: '999988887777',
  };
  expect(await run(createHandler(env()), elsewhere)).toMatchObject({ pools: 0 });
  nock.removeInterceptor({ hostname: 'monitoring.eu-west-1.amazonaws.com', path: '/', method: 'POST', proto: 'https' });
  serve({ 'cloudwatch:GetMetricStatistics': reply.smsSpend(50) });
  const role = await run(createHandler(env()), cloudTrail('aws.iam', 'PutRolePolicy', { roleName: 'CognitoSmsRole' }));
  expect(role).toMatchObject({ status: 'checked', pools: 1, worse: 1 });
  expect(posts()).toHaveLength(2);
  // In the thread of the baseline: the recorder answered the first post with ts …000001.
  expect(posts()[1]?.args).toMatchObject({ channel: CHANNEL, thread_ts: '1764159999.000001' });

  // A Cognito event names its pool; another pool's event checks nothing.
  const other = cloudTrail('aws.cognito-idp', 'UpdateUserPool', { userPoolId: 'eu-west-1_Other1234' });
  expect(await run(createHandler(env()), other)).toMatchObject({ pools: 0 });
  const mine = cloudTrail('aws.cognito-idp', 'SetUserPoolMfaConfig', { userPoolId: POOL_ID });
  expect(await run(createHandler(env()), mine)).toMatchObject({ status: 'checked', pools: 1, worse: 0 });
  expect(posts()).toHaveLength(2);

  // SMS settings changed in another account concern no watched pool; in the pool's own account and region they do.
  const sms = cloudTrail('aws.sns', 'SetSMSAttributes', { attributes: { MonthlySpendLimit: '100' } });
  expect(await run(createHandler(env()), { ...sms, account: '999988887777' })).toMatchObject({ pools: 0 });
  expect(await run(createHandler(env()), sms)).toMatchObject({ status: 'checked', pools: 1, worse: 0 });
  expect(posts()).toHaveLength(2);
});

it('a batch payload cannot widen the watch: an unwatched pool or channel is dropped', async () => {
  dynamoDbTable(REGION);
  new SlackApiRecorder();
  const aws = serve();
  const forged = {
    mfaBotWatch: {
      pools: [
        { poolId: 'eu-west-1_NotWatched1', channel: CHANNEL },
        { poolId: POOL_ID, channel: 'C0ELSEWHERE' },
      ],
    },
  };
  expect(await run(createHandler(env()), forged)).toMatchObject({ status: 'checked', pools: 0 });
  expect(aws.calls).toEqual([]);
});
