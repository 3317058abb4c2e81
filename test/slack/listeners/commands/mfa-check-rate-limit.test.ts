/**
 * The check rate limit through every way a check starts, on the real receiver. The clock is jest's: only `Date` is
 * faked (nock, the SDK and Bolt keep real timers), frozen 18 s into a minute, so the window's end is exact.
 */
import { DEFAULT_CHECK_RATE_LIMIT } from '../../../../src/config';
import { POOL_ID, serve } from '../../../harness/aws-wire';
import { inProcessBot } from '../../../harness/bots';
import { captureAuditLines } from '../../../harness/capture';
import { useFakeAwsCredentials } from '../../../harness/deferred';
import { dynamoDbTable } from '../../../harness/dynamodb-table';
import { fixture, messageEvent, SlackApiRecorder, visibleText } from '../../../harness/slack';
import {
  botDiagnosisMessage,
  nextReplyTs,
  parentMessage,
  THREAD_TS,
  threadBot,
  threadsSlack,
} from '../../../harness/threads';

useFakeAwsCredentials('eu-west-1');

const NOW = Date.UTC(2026, 10, 26, 8, 0, 18);

beforeEach(() => {
  jest.useFakeTimers({
    now: NOW,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
});

afterEach(() => {
  jest.useRealTimers();
});

// Every request Slack sends has its own trigger_id; a repeated one is a replay and is dropped before any listener.
let triggers = 0;
const trigger = () => `${++triggers}.1764150000.trigger`;

const command = (text: string, user = 'U0ALICE001') => ({
  ...fixture('slash-command'),
  trigger_id: trigger(),
  command: '/mfa-check',
  text,
  user_id: user,
});

const press = (value: string) => ({
  ...fixture('block-actions'),
  trigger_id: trigger(),
  container: { type: 'message', message_ts: '1764150001.000900', channel_id: 'C0DEVOPS01', is_ephemeral: true },
  message: undefined,
  actions: [{ action_id: 'mfa_check_share', block_id: 'mfa_check_actions', type: 'button', value, action_ts: '1.2' }],
});

const submission = (pool: string) => {
  const body = fixture<{ view: Record<string, unknown> }>('view-submission');
  return {
    ...body,
    trigger_id: trigger(),
    view: {
      ...body.view,
      callback_id: 'check_pool_submit',
      private_metadata: JSON.stringify({ channel: 'C0DEVOPS01', threadTs: THREAD_TS, entry: 'session-expired' }),
      state: {
        values: {
          pool: { value: { type: 'plain_text_input', value: pool } },
          username: { value: { type: 'plain_text_input', value: null } },
        },
      },
    },
  };
};

describe('/mfa-check rate limit', () => {
  let audit: Record<string, unknown>[];
  beforeEach(() => {
    audit = captureAuditLines();
  });

  it('refuses a 6th check from one person within the minute, says when to try again, and reads nothing for it', async () => {
    const aws = serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    const acks: string[] = [];
    for (let i = 0; i < 6; i++) acks.push((await send(command(`${POOL_ID} alice`))).ack.text);
    await idle();

    expect(acks.slice(0, 5).every((text) => text.startsWith('Checking'))).toBe(true);
    expect(acks[5]).toBe('Not checked: too many checks from you (at most 5 every 60 s), try again in 42 s.');
    expect(aws.calls.filter((c) => c === 'cognito-idp:AdminGetUser')).toHaveLength(5);
    expect(slack.only('respond')).toHaveLength(5);
    // The refusal is audited at once, the checks when they end.
    expect(audit.filter((a) => a.outcome === 'ok')).toHaveLength(5);
    expect(audit.filter((a) => a.outcome === 'refused')).toEqual([
      expect.objectContaining({ who: 'U0ALICE001', pool: POOL_ID, reason: 'rate-limited-user' }),
    ]);

    // 42 s later the next minute has begun.
    jest.setSystemTime(NOW + 42_000);
    expect((await send(command(POOL_ID))).ack.text).toMatch(/^Checking/);
    await idle();
  });

  it('limits everyone together too', async () => {
    serve();
    new SlackApiRecorder();
    const { send, idle } = inProcessBot({ rateLimit: { ...DEFAULT_CHECK_RATE_LIMIT, overall: 3 } });
    const acks: string[] = [];
    for (const user of ['U0ALICE001', 'U0BOB00001', 'U0CAROL001', 'U0DAVE0001']) {
      acks.push((await send(command(POOL_ID, user))).ack.text);
    }
    await idle();
    expect(acks[3]).toBe(
      'Not checked: too many checks right now (at most 3 every 60 s for everyone), try again in 42 s.',
    );
    expect(audit.filter((a) => a.outcome === 'refused')).toEqual([
      expect.objectContaining({ who: 'U0DAVE0001', reason: 'rate-limited-overall' }),
    ]);
  });

  it('counts every way of starting a check: the command, Share in channel and the Check a user pool modal', async () => {
    const aws = serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot({ rateLimit: { ...DEFAULT_CHECK_RATE_LIMIT, perUser: 1 } });
    // The fixtures' button comes from U0ALICE001, the modal from U0BOB00001: each starts one check first.
    expect((await send(command(POOL_ID, 'U0ALICE001'))).ack.text).toMatch(/^Checking/);
    expect((await send(command(POOL_ID, 'U0BOB00001'))).ack.text).toMatch(/^Checking/);
    await idle();
    const reads = aws.calls.length;

    await send(press(JSON.stringify({ pool: POOL_ID })));
    const { ack: modal } = await send(submission(POOL_ID));
    await idle();

    expect(aws.calls).toHaveLength(reads);
    const [, , shareRefusal] = slack.only('respond');
    expect(shareRefusal?.text).toBe('Not shared: too many checks from you (at most 1 every 60 s), try again in 42 s.');
    expect(modal.errors.pool).toBe('Not checked: too many checks from you (at most 1 every 60 s), try again in 42 s.');
    expect(audit.map((a) => a.reason ?? a.outcome)).toEqual(['ok', 'ok', 'rate-limited-user', 'rate-limited-user']);
  });

  it('counts "check <pool>" in a thread, and refuses in the thread’s language', async () => {
    const paste =
      'サインインでエラーになります: NotAuthorizedException: Invalid session for the user, session is expired.';
    const slack = threadsSlack({ [THREAD_TS]: [parentMessage(paste), botDiagnosisMessage(paste)] });
    const bot = threadBot();
    for (let i = 0; i < 6; i++) {
      const ts = nextReplyTs();
      await bot.send(messageEvent({ text: `${POOL_ID} をチェックして`, ts, event_ts: ts, thread_ts: THREAD_TS }));
    }
    expect(bot.jobs).toHaveLength(5);
    const notes = slack.api.only('chat.postEphemeral').map((m) => visibleText(m));
    expect(notes[5]).toContain(
      'チェックしませんでした: チェックの回数が多すぎます (1 人で 60 秒に 5 回まで)。42 秒後にもう一度お試しください。',
    );
    expect(audit.at(-1)).toMatchObject({ outcome: 'refused', reason: 'rate-limited-user' });
  });

  it('holds across instances sharing the idempotency table', async () => {
    const table = dynamoDbTable('eu-west-1');
    serve();
    new SlackApiRecorder();
    const shared = { rateLimit: { ...DEFAULT_CHECK_RATE_LIMIT, table: 'bot-idem' } };
    const a = inProcessBot(shared);
    const b = inProcessBot(shared);
    const acks: string[] = [];
    for (const instance of [a, b, a, b, a, b]) acks.push((await instance.send(command(POOL_ID))).ack.text);
    await Promise.all([a.idle(), b.idle()]);
    expect(acks.map((text) => text.startsWith('Checking'))).toEqual([true, true, true, true, true, false]);
    expect(acks[5]).toMatch(/too many checks from you .* try again in 42 s/);
    expect([...table.items.values()].map((item) => item.hits?.N)).toEqual(['5', '5']);
  });
});
