import nock from 'nock';
import { createLambdaDeferrer, isWorkerPayload, parseWorkerPayload } from '../../src/slack/deferred';
import { checkJob, jobDeps, useFakeAwsCredentials } from './helpers';

useFakeAwsCredentials('eu-west-1');

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

  it('gives up on a slow Lambda API within its budget and tells the person, so the ack still fits in 3 s', async () => {
    lambdaApi().post(INVOKE_PATH).delay(900).reply(202);
    let text = '';
    const hooks = nock('https://hooks.slack.com')
      .post('/commands/T0TEAM/1234/abcdef', (body) => {
        text = body.text;
        return true;
      })
      .reply(200, 'ok');
    const started = Date.now();
    await createLambdaDeferrer({ functionName: 'mfa-check-bot-prod', budgetMs: 200 }).defer(checkJob(), jobDeps());
    expect(Date.now() - started).toBeLessThan(2500);
    expect(hooks.isDone()).toBe(true);
    expect(text).toContain('could not be started in time');
  });

  it('reports a refused hand-over (the role may not invoke the function) instead of losing the job', async () => {
    lambdaApi()
      .post(INVOKE_PATH)
      .times(2)
      .reply(
        403,
        { Message: 'User is not authorized to perform: lambda:InvokeFunction' },
        { 'x-amzn-errortype': 'AccessDeniedException' },
      );
    let text = '';
    nock('https://hooks.slack.com')
      .post('/commands/T0TEAM/1234/abcdef', (body) => {
        text = body.text;
        return true;
      })
      .reply(200, 'ok');
    await createLambdaDeferrer({ functionName: 'mfa-check-bot-prod' }).defer(checkJob(), jobDeps());
    expect(text).toMatch(/^The check of `us-east-1_AbC123def` failed: AccessDeniedException: .*lambda:InvokeFunction/);
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
      /reply target/,
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
