/**
 * The real Lambda handler (src/main/lambda/index.ts) end to end: signed API Gateway v2 events in, the HTTP response out,
 * Slack's Web API and response_url recorded, AWS intercepted with nock.
 */
import nock from 'nock';
import { DEFAULT_CONNECTION_TIMEOUT_MS } from '../../../src/checks/aws/clients';
import { createHandler } from '../../../src/main/lambda';
import { neverAnswered, serve } from '../../harness/aws-wire';
import { captureAuditLines, captureConsole } from '../../harness/capture';
import { inFakeTime } from '../../harness/clock';
import { useFakeAwsCredentials } from '../../harness/deferred';
import { dynamoDbTable } from '../../harness/dynamodb-table';
import { INVOKE_PATH, interceptInvocations, lambdaContext, lambdaEnv, REGION } from '../../harness/lambda';
import { apiGatewayEvent } from '../../harness/signed';
import { fixture, SlackApiRecorder } from '../../harness/slack';

useFakeAwsCredentials(REGION);

/** Every check the worker runs or the listener refuses writes one audit line on stdout: each test asserts its own. */
let audit: Record<string, unknown>[];
beforeEach(() => {
  audit = captureAuditLines();
});
afterEach(() => jest.useRealTimers());

const POOL = 'eu-west-1_AbCdEfGhI';
const slashCommand = (text: string, extra: Record<string, string> = {}) =>
  ({ ...fixture('slash-command'), command: '/mfa-check', text, ...extra }) as Record<string, unknown>;

type Handler = ReturnType<typeof createHandler>;
const call = async (handler: Handler, event: unknown) =>
  // biome-ignore lint/suspicious/noExplicitAny: the Lambda context is not used by Bolt
  (await handler(event, lambdaContext as any)) as { statusCode: number; body: string };

describe('Lambda handler: /mfa-check', () => {
  it('acks at once with AWS hanging, and hands the check to an async invocation', async () => {
    const slack = new SlackApiRecorder();
    const aws = serve({}, { stalled: true });
    const invocations = interceptInvocations();
    const handler = createHandler(lambdaEnv());

    const response = await call(handler, apiGatewayEvent(slashCommand(POOL)));

    // The ack waited on no AWS read (none would ever answer): it is in time whatever the machine's speed.
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.parse(response.body).text).toContain(`Checking \`${POOL}\``);
    // The check itself did not run in the request: no AWS read, no report yet; only the requester's locale was read.
    expect(aws.calls).toEqual([]);
    expect(slack.methods()).toEqual(['users.info']);
    expect(invocations).toHaveLength(1);
    expect(invocations[0]).toEqual({
      mfaBotJob: {
        kind: 'check',
        id: expect.any(String),
        args: { pool: POOL, lang: 'en' },
        reply: { responseUrl: fixture('slash-command').response_url },
        requestedBy: { user: 'U0ALICE001', channel: 'C0DEVOPS01', team: 'T0TEAM0001' },
      },
    });
  });

  it('still acks within 3 seconds when the Lambda API hangs, saying in the ack that the check did not start', async () => {
    const slack = new SlackApiRecorder();
    serve({}, { stalled: true });
    nock(`https://lambda.${REGION}.amazonaws.com`).post(INVOKE_PATH).reply(neverAnswered);
    const errors = captureConsole('error');
    const handler = createHandler(lambdaEnv());
    // The Lambda API never answers: "did not answer in time" can only come from the hand-over's own budget, spent
    // here in fake time, and the ack still leaves inside Slack's 3 seconds.
    const { result } = await inFakeTime(() => call(handler, apiGatewayEvent(slashCommand(POOL))), { deadlineMs: 3000 });
    if (result.status === 'rejected') throw result.reason;
    const response = result.value;
    expect(JSON.parse(response.body)).toEqual({
      response_type: 'ephemeral',
      text: `The check of \`${POOL}\` could not start: the Lambda API did not answer in time; please try again`,
    });
    expect(slack.methods()).toEqual(['users.info']);
    expect(errors).toEqual([expect.stringMatching(/deferred job check .*: hand-over failed: AbortError/)]);
  });

  it('answers bad input and refusals in the ack itself, without invoking anything', async () => {
    const invocations = interceptInvocations();
    const handler = createHandler(lambdaEnv({ MFA_CHECK_ALLOWED_POOLS: 'us-east-1_*' }));
    const bad = await call(handler, apiGatewayEvent(slashCommand('not-a-pool')));
    expect(JSON.parse(bad.body).text).toContain('"not-a-pool" is not a user pool id or ARN');
    // A second command has a trigger_id of its own: the same one would be dropped as a replay.
    const refused = await call(handler, apiGatewayEvent(slashCommand(POOL, { trigger_id: '8123456789012.2.second' })));
    expect(JSON.parse(refused.body).text).toMatch(/^Not checked: .*MFA_CHECK_ALLOWED_POOLS/);
    expect(invocations).toEqual([]);
    expect(audit).toEqual([expect.objectContaining({ pool: POOL, outcome: 'refused', reason: 'not-allowed' })]);
  });

  it('the worker invocation runs the check and posts the report privately to response_url, with a share button', async () => {
    const slack = new SlackApiRecorder();
    const aws = serve();
    const invocations = interceptInvocations();
    const handler = createHandler(lambdaEnv());
    await call(handler, apiGatewayEvent(slashCommand(`${POOL} alice`)));
    const payload = invocations[0];
    expect(payload).toBeDefined();

    const result = await handler(payload, lambdaContext as never);
    expect(result).toMatchObject({ status: 'done' });
    expect(aws.calls).toContain('cognito-idp:DescribeUserPool');
    expect(aws.calls).toContain('cognito-idp:AdminGetUser');
    const [report, ...more] = slack.only('respond');
    expect(more).toEqual([]);
    expect(report).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(report?.text)).toContain(POOL);
    const blocks = report?.blocks as { type: string; elements?: { action_id?: string; value?: string }[] }[];
    const share = blocks.at(-1)?.elements?.[0];
    expect(share).toMatchObject({ action_id: 'mfa_check_share' });
    expect(JSON.parse(String(share?.value))).toEqual({ pool: POOL, username: 'alice', lang: 'en' });
    expect(audit).toEqual([
      expect.objectContaining({ who: 'U0ALICE001', pool: POOL, userChecked: true, outcome: 'ok' }),
    ]);
  });

  it('fits the check into the invocation time left: with AWS hanging, a report still arrives before the timeout', async () => {
    const slack = new SlackApiRecorder();
    serve({}, { stalled: true });
    const handler = createHandler(lambdaEnv());
    const payload = {
      mfaBotJob: {
        kind: 'check',
        id: 'job-short-on-time',
        args: { pool: POOL, lang: 'en' },
        reply: { responseUrl: fixture('slash-command').response_url },
        requestedBy: { user: 'U0ALICE001', channel: 'C0DEVOPS01' },
      },
    };
    // Fake time: the invocation had 4 s left, and the report must come inside them whatever the machine's speed.
    await inFakeTime(() => handler(payload, { getRemainingTimeInMillis: () => 4000 } as never), { deadlineMs: 4000 });
    const [message] = slack.only('respond');
    expect(message).toMatchObject({ response_type: 'ephemeral' });
    // The reads that did not finish are named as such instead of the report never coming.
    expect(String(message?.text)).toMatch(new RegExp(`${POOL}: 0 fail, 0 warn, \\d+ unknown, 0 pass`));
    expect(JSON.stringify(message?.blocks)).toContain('cognito-idp:DescribeUserPool timed out');
    nock.abortPendingRequests();
    // The SDK clears a connection attempt's timer only on connect, not when the call is aborted: let the hung
    // attempts reach their connection timeout in fake time, so none of those timers outlives the test.
    await jest.advanceTimersByTimeAsync(DEFAULT_CONNECTION_TIMEOUT_MS);
  });

  it('a redelivered worker invocation (same job) posts nothing the second time', async () => {
    const slack = new SlackApiRecorder();
    serve();
    const handler = createHandler(lambdaEnv());
    const payload = {
      mfaBotJob: {
        kind: 'check',
        id: 'job-redelivered',
        args: { pool: POOL, lang: 'en' },
        reply: { responseUrl: fixture('slash-command').response_url },
        requestedBy: { user: 'U0ALICE001', channel: 'C0DEVOPS01' },
      },
    };
    expect(await handler(payload, lambdaContext as never)).toMatchObject({ status: 'done' });
    expect(await handler(payload, lambdaContext as never)).toMatchObject({ status: 'duplicate' });
    expect(slack.only('respond')).toHaveLength(1);
    expect(audit).toHaveLength(1);
  });

  it('tells the person when the deferred check fails (pool not found), instead of staying silent', async () => {
    const slack = new SlackApiRecorder();
    serve({
      'cognito-idp:DescribeUserPool': {
        status: 400,
        contentType: 'application/x-amz-json-1.1',
        body: JSON.stringify({ __type: 'ResourceNotFoundException', message: `User pool ${POOL} does not exist.` }),
      },
    });
    const errors = captureConsole('error');
    const handler = createHandler(lambdaEnv());
    const payload = {
      mfaBotJob: {
        kind: 'check',
        id: 'job-missing-pool',
        args: { pool: POOL, lang: 'en' },
        reply: { responseUrl: fixture('slash-command').response_url },
        requestedBy: { user: 'U0ALICE001', channel: 'C0DEVOPS01' },
      },
    };
    await handler(payload, lambdaContext as never);
    const [message] = slack.only('respond');
    expect(message).toMatchObject({ response_type: 'ephemeral' });
    expect(String(message?.text)).toMatch(
      new RegExp(`^The check of \`${POOL}\` failed: User pool ${POOL} was not found`),
    );
    expect(errors).toEqual([expect.stringContaining(`deferred job check job-missing-pool failed: User pool ${POOL}`)]);
    expect(audit).toEqual([expect.objectContaining({ outcome: 'failed', reason: 'pool-not-found' })]);
  });

  it('rejects a worker payload that did not come from a hand-over (reply target outside Slack)', async () => {
    const errors = captureConsole('error');
    const handler = createHandler(lambdaEnv());
    const result = await handler(
      {
        mfaBotJob: {
          kind: 'check',
          id: 'x',
          args: { pool: POOL, lang: 'en' },
          reply: { responseUrl: 'https://evil.example/' },
          requestedBy: { user: 'U1' },
        },
      },
      lambdaContext as never,
    );
    expect(result).toMatchObject({ status: 'rejected' });
    expect(errors).toEqual([expect.stringContaining('response_url host not allowed: evil.example')]);
    expect(audit).toEqual([]);
  });
});

describe('Lambda handler against a local Slack stand-in (SLACK_API_URL)', () => {
  const STAND_IN = 'http://slack.local:4000';
  const env = () => lambdaEnv({ SLACK_API_URL: `${STAND_IN}/api/` });

  it('hands over a command whose response_url is the stand-in, and the worker posts the report there', async () => {
    const slack = new SlackApiRecorder(STAND_IN);
    const reports: Record<string, unknown>[] = [];
    nock(STAND_IN)
      .post('/respond/1', (body) => {
        reports.push(body);
        return true;
      })
      .reply(200, 'ok');
    serve();
    const invocations = interceptInvocations();
    const handler = createHandler(env());
    const response = await call(
      handler,
      apiGatewayEvent(slashCommand(POOL, { response_url: `${STAND_IN}/respond/1` })),
    );
    expect(JSON.parse(response.body).text).toContain(`Checking \`${POOL}\``);
    expect(slack.methods()).toEqual(['users.info']);
    expect(invocations).toHaveLength(1);
    await handler(invocations[0], lambdaContext as never);
    expect(reports).toHaveLength(1);
    expect(String(reports[0]?.text)).toMatch(/^MFA check: /);
    expect(audit).toEqual([expect.objectContaining({ pool: POOL, outcome: 'ok' })]);
  });

  it('refuses at once, in the ack, a command whose response_url is neither Slack nor the stand-in', async () => {
    new SlackApiRecorder(STAND_IN);
    const aws = serve();
    const invocations = interceptInvocations();
    const handler = createHandler(env());
    const response = await call(
      handler,
      apiGatewayEvent(slashCommand(POOL, { response_url: 'http://elsewhere.local:4000/respond/1' })),
    );
    expect(JSON.parse(response.body).text).toBe(
      'Not checked: the report could not be delivered: its response_url goes to `elsewhere.local:4000`, which is neither Slack (hooks.slack.com) nor the host of SLACK_API_URL.',
    );
    expect(invocations).toEqual([]);
    expect(aws.calls).toEqual([]);
    expect(audit).toEqual([expect.objectContaining({ outcome: 'refused', reason: 'response-url-not-allowed' })]);
  });
});

describe('Lambda handler: Share in channel', () => {
  it('acks the button and hands a shared re-check to the worker, which posts in the channel', async () => {
    const slack = new SlackApiRecorder();
    serve();
    const invocations = interceptInvocations();
    const handler = createHandler(lambdaEnv());
    const actions = fixture<Record<string, unknown>>('block-actions');
    const body = {
      ...actions,
      container: { type: 'message', message_ts: '1764150001.000900', channel_id: 'C0DEVOPS01', is_ephemeral: true },
      message: undefined,
      actions: [
        {
          action_id: 'mfa_check_share',
          block_id: 'mfa_check_actions',
          type: 'button',
          value: JSON.stringify({ pool: POOL }),
          action_ts: '1764150300.555555',
        },
      ],
    };
    const response = await call(handler, apiGatewayEvent(body));
    expect(response.statusCode).toBe(200);
    expect(invocations).toHaveLength(1);
    const job = (invocations[0] as { mfaBotJob: { args: unknown; reply: unknown } }).mfaBotJob;
    expect(job.args).toEqual({ pool: POOL, share: true, lang: 'en' });
    expect(job.reply).toEqual({ responseUrl: actions.response_url });

    await handler(invocations[0], lambdaContext as never);
    const [shared] = slack.only('respond');
    expect(shared).toMatchObject({ response_type: 'in_channel' });
    const blocks = shared?.blocks as { type: string; elements?: { text?: string }[] }[];
    expect(blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Shared by <@U0ALICE001>' }] });
  });
});

describe('Lambda handler: Share in channel when the hand-over is refused', () => {
  it('tells the person privately that it was not shared, with the reason', async () => {
    const slack = new SlackApiRecorder();
    nock(`https://lambda.${REGION}.amazonaws.com`)
      .post(INVOKE_PATH)
      .times(2)
      .reply(
        403,
        { Message: 'not authorized to perform: lambda:InvokeFunction' },
        { 'x-amzn-errortype': 'AccessDeniedException' },
      );
    const errors = captureConsole('error');
    const handler = createHandler(lambdaEnv());
    const body = {
      ...fixture<Record<string, unknown>>('block-actions'),
      actions: [
        {
          action_id: 'mfa_check_share',
          block_id: 'mfa_check_actions',
          type: 'button',
          value: JSON.stringify({ pool: POOL }),
          action_ts: '1.2',
        },
      ],
    };
    expect((await call(handler, apiGatewayEvent(body))).statusCode).toBe(200);
    const [note] = slack.only('respond');
    expect(note).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(note?.text)).toMatch(/^Not shared: AccessDeniedException: .*lambda:InvokeFunction/);
    expect(errors).toEqual([expect.stringMatching(/hand-over failed: AccessDeniedException: .*lambda:InvokeFunction/)]);
  });
});

describe('Lambda handler: events, retries, signatures', () => {
  const catalogueError = () => fixture<Record<string, unknown>>('message-event');

  it('answers a pasted error once; the same event delivered again, or retried, gets no second reply', async () => {
    const slack = new SlackApiRecorder();
    const handler = createHandler(lambdaEnv());
    expect((await call(handler, apiGatewayEvent(catalogueError()))).statusCode).toBe(200);
    expect(slack.only('chat.postMessage')).toHaveLength(1);

    await call(handler, apiGatewayEvent(catalogueError()));
    await call(
      handler,
      apiGatewayEvent(catalogueError(), {
        headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
      }),
    );
    expect(slack.only('chat.postMessage')).toHaveLength(1);
  });

  it('a duplicate that lands on another instance is dropped by the shared DynamoDB claim', async () => {
    const slack = new SlackApiRecorder();
    const table = dynamoDbTable(REGION);
    const env = lambdaEnv({ IDEMPOTENCY_TABLE: 'mfa-check-bot-test-idempotency' });
    const instanceA = createHandler(env);
    const instanceB = createHandler(env);
    await call(instanceA, apiGatewayEvent(catalogueError()));
    await call(instanceB, apiGatewayEvent(catalogueError()));
    expect([...table.items.keys()]).toEqual(['event:Ev0MSG000001']);
    expect(slack.only('chat.postMessage')).toHaveLength(1);
  });

  it('refuses a request with a bad signature (401) and runs nothing', async () => {
    const slack = new SlackApiRecorder();
    const invocations = interceptInvocations();
    const handler = createHandler(lambdaEnv());
    const forged = await call(
      handler,
      apiGatewayEvent(slashCommand(POOL), { secret: 'not-the-signing-secret-000000' }),
    );
    expect(forged.statusCode).toBe(401);
    const stale = await call(
      handler,
      apiGatewayEvent(catalogueError(), {
        headers: { 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000) - 600) },
      }),
    );
    expect(stale.statusCode).toBe(401);
    expect(invocations).toEqual([]);
    expect(slack.calls).toEqual([]);
  });

  it('answers an event that is neither a Slack request nor a job with 400 and a reason', async () => {
    const errors = captureConsole('error');
    const handler = createHandler(lambdaEnv());
    const response = await call(handler, { key1: 'value1' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toBe('Expected a Slack request through API Gateway or a deferred job.');
    // The operator finds the misrouted trigger in the function's log.
    expect(errors).toEqual([expect.stringContaining('unexpected event: neither an API Gateway HTTP request')]);
  });

  it('answers Slack URL verification with the challenge', async () => {
    const handler = createHandler(lambdaEnv());
    const response = await call(handler, apiGatewayEvent({ type: 'url_verification', challenge: 'c-123', token: 'x' }));
    expect(JSON.parse(response.body)).toEqual({ challenge: 'c-123' });
  });
});

describe('Lambda handler: secrets from SSM', () => {
  it('reads the token and signing secret from SSM once per instance, and verifies with the secret it read', async () => {
    const env = lambdaEnv({
      SLACK_BOT_TOKEN_PARAMETER: '/mfa-check-bot/test/slack-bot-token',
      SLACK_SIGNING_SECRET_PARAMETER: '/mfa-check-bot/test/slack-signing-secret',
    });
    const values: Record<string, string> = {
      '/mfa-check-bot/test/slack-bot-token': env.SLACK_BOT_TOKEN as string,
      '/mfa-check-bot/test/slack-signing-secret': env.SLACK_SIGNING_SECRET as string,
    };
    delete env.SLACK_BOT_TOKEN;
    delete env.SLACK_SIGNING_SECRET;
    let reads = 0;
    nock(`https://ssm.${REGION}.amazonaws.com`)
      .persist()
      .post('/')
      .reply((_uri, raw) => {
        reads += 1;
        const { Name } = JSON.parse(String(raw)) as { Name: string };
        return [200, { Parameter: { Name, Type: 'SecureString', Value: values[Name] } }];
      });
    const handler = createHandler(env);
    const first = await call(handler, apiGatewayEvent({ type: 'url_verification', challenge: 'c-1', token: 'x' }));
    const second = await call(handler, apiGatewayEvent({ type: 'url_verification', challenge: 'c-2', token: 'x' }));
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(reads).toBe(2);
    const forged = await call(
      handler,
      apiGatewayEvent({ type: 'url_verification', challenge: 'c-3' }, { secret: 'ffff0000ffff0000' }),
    );
    expect(forged.statusCode).toBe(401);
  });

  it('fails the invocation with a message naming the parameter when a secret cannot be read, then retries later', async () => {
    const env = lambdaEnv({ SLACK_BOT_TOKEN_PARAMETER: '/mfa-check-bot/test/missing' });
    delete env.SLACK_BOT_TOKEN;
    nock(`https://ssm.${REGION}.amazonaws.com`)
      .post('/')
      .reply(400, { __type: 'ParameterNotFound', message: '' }, { 'x-amzn-errortype': 'ParameterNotFound' });
    const handler = createHandler(env);
    const event = apiGatewayEvent({ type: 'url_verification', challenge: 'c', token: 'x' });
    await expect(call(handler, event)).rejects.toThrow(
      /SLACK_BOT_TOKEN could not be read from SSM parameter \/mfa-check-bot\/test\/missing/,
    );
    nock(`https://ssm.${REGION}.amazonaws.com`)
      .post('/')
      .reply(200, { Parameter: { Name: '/mfa-check-bot/test/missing', Type: 'SecureString', Value: 'xoxb-9-late' } });
    expect((await call(handler, event)).statusCode).toBe(200);
  });
});
