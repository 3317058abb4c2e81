import nock from 'nock';
import { createLambdaDeferrer, HandOverError, isWorkerPayload, parseWorkerPayload } from '../../../src/slack/deferred';
import { neverAnswered } from '../../harness/aws-wire';
import { inFakeTime } from '../../harness/clock';
import { checkJob, jobDeps, useFakeAwsCredentials } from '../../harness/deferred';

useFakeAwsCredentials('eu-west-1');
afterEach(() => jest.useRealTimers());

const INVOKE_PATH = '/2015-03-31/functions/mfa-check-bot-prod/invocations';
const lambdaApi = () => nock('https://lambda.eu-west-1.amazonaws.com');

describe('createLambdaDeferrer', () => {
  it('hands the job to an asynchronous (Event) invocation of this function, carrying the whole job', async () => {
    let payload: unknown;
    const scope = lambdaApi()
      .matchHeader('x-amz-invocation-type', 'Event')
      .post(INVOKE_PATH, (body) => {
        payload = body;
        return true;
      })
      .reply(202);
    const job = checkJob({ args: { pool: 'eu-west-1_AbC123def', username: 'alice', account: 'prod' } });
    await createLambdaDeferrer({ functionName: 'mfa-check-bot-prod' }).defer(job, jobDeps());
    expect(scope.isDone()).toBe(true);
    expect(isWorkerPayload(payload)).toBe(true);
    expect(parseWorkerPayload(payload as never)).toEqual(job);
  });

  it('gives up on a hung Lambda API at its budget with a reason for the person, so the ack still fits in 3 s', async () => {
    lambdaApi().post(INVOKE_PATH).reply(neverAnswered);
    // The Lambda API never answers: a rejection for lack of time can only come from the 200 ms budget, spent in
    // fake time.
    const { result, fakeTimeMs } = await inFakeTime(
      () => createLambdaDeferrer({ functionName: 'mfa-check-bot-prod', budgetMs: 200 }).defer(checkJob(), jobDeps()),
      // No longer than an ack can afford.
      { deadlineMs: 3000 },
    );
    expect(result.status).toBe('rejected');
    const reason = (result as PromiseRejectedResult).reason;
    expect(reason).toBeInstanceOf(HandOverError);
    expect(reason).toMatchObject({
      localized: {
        en: 'the Lambda API did not answer in time; please try again',
        ja: 'Lambda API が時間内に応答しませんでした。もう一度お試しください',
      },
    });
    // It waited its budget out (and, by the deadline above, no longer than an ack can afford).
    expect(fakeTimeMs).toBeGreaterThanOrEqual(200);
  });

  it('rejects a refused hand-over (the role may not invoke the function) with the reason, and logs it', async () => {
    lambdaApi()
      .post(INVOKE_PATH)
      .times(2)
      .reply(
        403,
        { Message: 'User is not authorized to perform: lambda:InvokeFunction' },
        { 'x-amzn-errortype': 'AccessDeniedException' },
      );
    const deps = jobDeps();
    await expect(createLambdaDeferrer({ functionName: 'mfa-check-bot-prod' }).defer(checkJob(), deps)).rejects.toThrow(
      /^AccessDeniedException: .*lambda:InvokeFunction/,
    );
    expect(deps.logger.printed().some((l) => l.startsWith('error') && l.includes('hand-over failed'))).toBe(true);
  });
});

describe('parseWorkerPayload', () => {
  const valid = { mfaBotJob: checkJob() };

  it.each([
    ['an unknown kind', { mfaBotJob: { ...checkJob(), kind: 'drop-tables' } }, /unknown job kind/],
    ['no pool', { mfaBotJob: { ...checkJob(), args: {} } }, /args.pool/],
    [
      'a response_url outside Slack',
      { mfaBotJob: { ...checkJob(), reply: { responseUrl: 'https://attacker.example/collect' } } },
      /response_url host not allowed: attacker.example/,
    ],
    ['no requester', { mfaBotJob: { ...checkJob(), requestedBy: {} } }, /requestedBy/],
  ])('rejects a payload with %s', (_name, payload, message) => {
    expect(() => parseWorkerPayload(payload as never)).toThrow(message);
  });

  it('accepts a well-formed job, and tells an API Gateway event apart from a worker payload', () => {
    expect(parseWorkerPayload(valid)).toEqual(valid.mfaBotJob);
    expect(isWorkerPayload({ version: '2.0', rawPath: '/slack/events', headers: {} })).toBe(false);
  });
});
