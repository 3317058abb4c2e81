/**
 * "Check a user pool" under a diagnosis: the button appears when a check rule speaks to the diagnosed entry, opens
 * the pool modal, and the submission starts the check with that entry first, answering in the diagnosis' thread.
 */
import { AwsLambdaReceiver } from '@slack/bolt';
import { createApp } from '../../src/slack/app';
import { createInProcessDeferrer } from '../../src/slack/deferred';
import { jobRunners } from '../../src/slack/deferred/jobs';
import { captureAuditLines } from '../capture';
import { POOL_ID, serve } from '../checks/wire';
import { useFakeAwsCredentials } from '../deferred/helpers';
import {
  BOT_ID,
  BOT_TOKEN,
  BOT_USER_ID,
  encode,
  fixture,
  messageEvent,
  RecordingLogger,
  SIGNING_SECRET,
  SlackApiRecorder,
  signatureHeaders,
} from './harness';

useFakeAwsCredentials('eu-west-1');

const THREAD = '1764150000.000100';

function bot(allowedPools: string[] = []) {
  const logger = new RecordingLogger();
  const receiver = new AwsLambdaReceiver({ signingSecret: SIGNING_SECRET, logger });
  const deferrer = createInProcessDeferrer(jobRunners);
  createApp({
    receiver,
    token: BOT_TOKEN,
    botId: BOT_ID,
    botUserId: BOT_USER_ID,
    logger,
    clientOptions: { retryConfig: { retries: 0 } },
    check: { accounts: [], allowedPools, allowedUsers: [], allowedChannels: [] },
    deferrer,
  });
  const handler = receiver.toHandler();
  const send = async (body: Record<string, unknown>) => {
    const { raw, contentType } = encode(body);
    const form = contentType !== 'application/json';
    const event = {
      version: '2.0',
      rawPath: '/slack/events',
      headers: { 'content-type': contentType, ...signatureHeaders(raw) },
      body: form ? Buffer.from(raw).toString('base64') : raw,
      isBase64Encoded: form,
    };
    // biome-ignore lint/suspicious/noExplicitAny: the Lambda context is unused by Bolt
    const response = (await handler(event as any, {} as any)) as { statusCode: number; body: string };
    return { status: response.statusCode, body: response.body ? JSON.parse(response.body) : undefined };
  };
  return { send, idle: () => deferrer.idle() };
}

type Block = { type: string; elements?: { action_id?: string; value?: string }[] };
const checkButtons = (blocks: unknown) =>
  (blocks as Block[]).flatMap((b) => b.elements ?? []).filter((e) => e.action_id === 'diagnosis_check_pool');

const submission = (pool: string, username = '', metadata?: Record<string, unknown>) => {
  const body = fixture<{ view: Record<string, unknown> }>('view-submission');
  return {
    ...body,
    view: {
      ...body.view,
      callback_id: 'check_pool_submit',
      private_metadata: JSON.stringify(
        metadata ?? { channel: 'C0DEVOPS01', threadTs: THREAD, entry: 'session-expired' },
      ),
      state: {
        values: {
          pool: { value: { type: 'plain_text_input', value: pool } },
          username: { value: { type: 'plain_text_input', value: username || null } },
        },
      },
    },
  };
};

describe('Check a user pool (button on a diagnosis)', () => {
  beforeEach(() => {
    // The checks' audit lines go to stdout: captured here, anything else on stdout still shows.
    captureAuditLines();
  });

  it('is offered under a diagnosis a check rule speaks to, carrying the entry', async () => {
    const slack = new SlackApiRecorder();
    await bot().send(fixture('message-event'));
    const [post] = slack.only('chat.postMessage');
    expect(checkButtons(post?.blocks)).toEqual([expect.objectContaining({ value: 'session-expired' })]);
  });

  it('is not offered when no check can speak to the error (a wrong code typed by the user)', async () => {
    const slack = new SlackApiRecorder();
    await bot().send(
      messageEvent({
        text: 'CodeMismatchException: Invalid code received for user',
        channel_type: 'im',
        channel: 'D0DIRECT01',
      }),
    );
    const [post] = slack.only('chat.postMessage');
    expect(post).toBeDefined();
    expect(checkButtons(post?.blocks)).toEqual([]);
  });

  it('opens the pool modal, remembering the thread and the entry', async () => {
    const slack = new SlackApiRecorder();
    const actions = fixture<Record<string, unknown>>('block-actions');
    await bot().send({
      ...actions,
      actions: [
        {
          action_id: 'diagnosis_check_pool',
          block_id: 'diagnosis_actions',
          type: 'button',
          value: 'session-expired',
          action_ts: '1.2',
        },
      ],
    });
    const [open] = slack.only('views.open');
    expect(open?.trigger_id).toBe(actions.trigger_id);
    const view = open?.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('check_pool_submit');
    expect(JSON.parse(view.private_metadata)).toEqual({
      channel: 'C0DEVOPS01',
      threadTs: THREAD,
      entry: 'session-expired',
    });
  });

  it('keeps the modal open with the reason when the pool is not one, and reads nothing from AWS', async () => {
    const aws = serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = bot();
    const { body } = await send(submission('my-pool'));
    await idle();
    expect(body.response_action).toBe('errors');
    expect(body.errors.pool).toMatch(/"my-pool" is not a user pool id or ARN/);
    expect(aws.calls).toEqual([]);
    expect(slack.calls).toEqual([]);
  });

  it('keeps the modal open with the refusal when the pool is not allowed', async () => {
    const aws = serve();
    const { send, idle } = bot(['us-east-1_*']);
    const { body } = await send(submission(POOL_ID));
    await idle();
    expect(body.errors.pool).toMatch(/^Not checked: .*MFA_CHECK_ALLOWED_POOLS/);
    expect(aws.calls).toEqual([]);
  });

  it('starts the check, says so in the thread, then posts the report there privately with the entry first', async () => {
    serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = bot();
    const { status, body } = await send(submission(POOL_ID, 'alice'));
    expect(status).toBe(200);
    expect(body).toBeUndefined();
    await idle();
    const [checking, report, ...more] = slack.only('chat.postEphemeral');
    expect(more).toEqual([]);
    expect(checking).toMatchObject({ channel: 'C0DEVOPS01', user: 'U0BOB00001', thread_ts: THREAD });
    expect(String(checking?.text)).toMatch(/^Checking `eu-west-1_AbCdEfGhI` and user `alice`/);
    expect(report).toMatchObject({ channel: 'C0DEVOPS01', user: 'U0BOB00001', thread_ts: THREAD });
    const blocks = JSON.stringify(report?.blocks);
    const firstRule = /`([a-z-]+)`/.exec(blocks)?.[1];
    expect(firstRule).toBe('client-auth-session-validity');
  });
});
