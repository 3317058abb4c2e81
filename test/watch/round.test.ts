/**
 * A round over a `*` watch through the real SDK clients: ListUserPools followed page by page, the allow-list applied
 * to what it lists, and one AssumeRole for every pool of the alias.
 */
import { loadConfig } from '../../src/config';
import { runWatchRound } from '../../src/watch/run';
import { type Reply, STATIC_CREDENTIALS, serve, stalled } from '../harness/aws-wire';
import { cliEnvironment } from '../harness/cli-env';
import { inFakeTime } from '../harness/clock';

cliEnvironment();
afterEach(() => jest.useRealTimers());

const page = (ids: string[], next?: string): Reply => ({
  status: 200,
  contentType: 'application/x-amz-json-1.1',
  body: JSON.stringify({ UserPools: ids.map((Id) => ({ Id, Name: Id })), ...(next ? { NextToken: next } : {}) }),
});

it('lists every page of pools, checks only the allowed ones once each, and assumes the alias role once', async () => {
  const served = serve({
    'cognito-idp:ListUserPools': (body) =>
      body.NextToken === 'page-2'
        ? page(['eu-west-1_Third333'])
        : page(['eu-west-1_First111', 'eu-west-1_Second22'], 'page-2'),
  });
  const config = loadConfig({
    MFA_CHECK_ACCOUNTS: 'prod=arn:aws:iam::123456789012:role/MfaCheckReadOnly',
    MFA_CHECK_ALLOWED_POOLS: 'eu-west-1_First*,eu-west-1_Third*',
    // The named pool is also listed by the * watch: it is checked once.
    MFA_WATCH: 'prod:*=C0WATCH01 prod:eu-west-1_First111=C0WATCH01',
    MFA_WATCH_REGIONS: 'eu-west-1',
  });
  const outcomes = await runWatchRound(config, undefined, {
    clientOptions: { credentials: STATIC_CREDENTIALS, maxAttempts: 1 },
  });
  expect(outcomes.map((o) => [o.target.ref.poolId, o.ok])).toEqual([
    ['eu-west-1_First111', true],
    ['eu-west-1_Third333', true],
  ]);
  expect(served.calls.filter((c) => c === 'cognito-idp:ListUserPools')).toHaveLength(2);
  expect(served.calls.filter((c) => c === 'sts:AssumeRole')).toHaveLength(1);
  // Every read after the AssumeRole is signed with the assumed role's keys, not the bot's own.
  expect(served.keys.get('cognito-idp:DescribeUserPool')).not.toBe(STATIC_CREDENTIALS.accessKeyId);
});

it('a `*` watch whose pool listing hangs is given up on and logged, and the named pools are still checked', async () => {
  serve({ 'cognito-idp:ListUserPools': stalled() });
  const config = loadConfig({
    MFA_WATCH: '*=C0WATCH01 eu-west-1_AbCdEfGhI=C0WATCH01',
    MFA_WATCH_REGIONS: 'eu-west-1',
  });
  const warnings: string[] = [];
  const { result, fakeTimeMs } = await inFakeTime(
    () =>
      runWatchRound(config, undefined, {
        clientOptions: { credentials: STATIC_CREDENTIALS, maxAttempts: 1 },
        logger: { warn: (m) => warnings.push(m) },
      }),
    { deadlineMs: 60_000 },
  );
  if (result.status === 'rejected') throw result.reason;
  expect(result.value.map((o) => [o.target.ref.poolId, o.ok])).toEqual([['eu-west-1_AbCdEfGhI', true]]);
  expect(warnings).toEqual(['watch: could not list the pools of the account in eu-west-1: TimeoutError']);
  // A timer ended it (here the SDK's connection timeout, before the listing's own 10 s a call and 60 s in all, the
  // deadline below), in fake time: the round did not hang on it.
  expect(fakeTimeMs).toBeGreaterThan(0);
});
