import { POOL_ID, serve } from '../../../harness/aws-wire';
import { inProcessBot } from '../../../harness/bots';
import { captureAuditLines } from '../../../harness/capture';
import { useFakeAwsCredentials } from '../../../harness/deferred';
import { fixture, messageEvent, SlackApiRecorder } from '../../../harness/slack';

useFakeAwsCredentials('eu-west-1');

const THREAD = '1764150000.000100';

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
    await inProcessBot().send(fixture('message-event'));
    const [post] = slack.only('chat.postMessage');
    expect(checkButtons(post?.blocks)).toEqual([expect.objectContaining({ value: 'session-expired' })]);
  });

  it('is not offered when no check can speak to the error (a wrong code typed by the user)', async () => {
    const slack = new SlackApiRecorder();
    await inProcessBot().send(
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
    await inProcessBot().send({
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
      lang: 'en',
    });
  });

  it('keeps the modal open with the reason when the pool is not one, and reads nothing from AWS', async () => {
    const aws = serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    const { ack: body } = await send(submission('my-pool'));
    await idle();
    expect(body.response_action).toBe('errors');
    expect(body.errors.pool).toMatch(/"my-pool" is not a user pool id or ARN/);
    expect(aws.calls).toEqual([]);
    expect(slack.methods()).toEqual(['users.info']);
  });

  it('keeps the modal open when the username is a secret, without repeating it or asking AWS', async () => {
    const aws = serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl';
    const { ack: body } = await send(submission(POOL_ID, jwt));
    await idle();
    expect(body.errors.pool).toMatch(/^Not checked: the username looks like a JWT/);
    expect(JSON.stringify(body)).not.toContain('eyJzdWIi');
    expect(aws.calls).toEqual([]);
    expect(slack.methods()).toEqual(['users.info']);
  });

  it('keeps the modal open with the refusal when the pool is not allowed', async () => {
    const aws = serve();
    const { send, idle } = inProcessBot({ allowedPools: ['us-east-1_*'] });
    const { ack: body } = await send(submission(POOL_ID));
    await idle();
    expect(body.errors.pool).toMatch(/^Not checked: .*MFA_CHECK_ALLOWED_POOLS/);
    expect(aws.calls).toEqual([]);
  });

  it('starts the check, says so in the thread, then posts the report there privately with the entry first', async () => {
    serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    const { status, ack: body } = await send(submission(POOL_ID, 'alice'));
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
