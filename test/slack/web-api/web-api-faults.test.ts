/**
 * The bot's Web API client under faults, through the real app and the real WebClient against nock: a time limit on
 * every call, a short retry policy that logs each retry, and thread replies that appear once even when a post fails
 * after it may have reached Slack. Fake timers stand in for the waits.
 */
import { AwsLambdaReceiver } from '@slack/bolt';
import nock from 'nock';
import { diagnose } from '../../../src/diagnose';
import { packDiagnosis } from '../../../src/render/blocks/diagnosis-value';
import { createApp } from '../../../src/slack/app';
import { captureFeedbackLines } from '../../harness/capture';
import { FAKE_TIME } from '../../harness/clock';
import { RecordingLogger } from '../../harness/logger';
import { apiGatewayEvent } from '../../harness/signed';
import { BOT_ID, BOT_TOKEN, BOT_USER_ID, fixture, messageEvent, SIGNING_SECRET } from '../../harness/slack';

const THREAD_TS = '1764150000.000100';
const SESSION_EXPIRED = 'NotAuthorizedException: Invalid session for the user, session is expired.';

/** The app as deployed: no client options of the tests' own, so the production policy is what runs. */
function productionBot() {
  const logger = new RecordingLogger();
  const receiver = new AwsLambdaReceiver({ signingSecret: SIGNING_SECRET, logger });
  createApp({ receiver, token: BOT_TOKEN, botId: BOT_ID, botUserId: BOT_USER_ID, logger });
  const handler = receiver.toHandler();
  const send = (body: Record<string, unknown>) => {
    // biome-ignore lint/suspicious/noExplicitAny: the Lambda context is unused by Bolt
    return handler(apiGatewayEvent(body) as any, {} as any) as Promise<{ statusCode: number }>;
  };
  return { send, logger };
}

/** A form-encoded Web API call's arguments (nock hands matchers the form already split into fields). */
function form(body: unknown): Record<string, unknown> {
  const fields = Object.entries(body as Record<string, string>);
  return Object.fromEntries(
    fields.map(([key, value]) => [key, key === 'metadata' || key === 'blocks' ? JSON.parse(value) : value]),
  );
}

/** A network error as undici reports one: the connection closed after the request was written. */
function dropped(): Error {
  return Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
}

/** Slack's side of one thread: what chat.postMessage stored, what conversations.replies returns. */
class FakeThread {
  readonly stored: Record<string, unknown>[] = [];
  readonly lookups: Record<string, unknown>[] = [];

  /** The next post is stored, and then its connection drops before Slack's answer arrives. */
  storeThenDrop(): this {
    nock('https://slack.com')
      .post('/api/chat.postMessage', (body) => this.store(body))
      .replyWithError(dropped());
    return this;
  }

  /** The next post is lost on the way: nothing is stored. */
  dropBeforeStoring(): this {
    nock('https://slack.com').post('/api/chat.postMessage').replyWithError(dropped());
    return this;
  }

  storeAndAnswer(): this {
    nock('https://slack.com')
      .post('/api/chat.postMessage', (body) => this.store(body))
      .reply(200, { ok: true, ts: '1764150009.000001' });
    return this;
  }

  answerLookups(): this {
    nock('https://slack.com')
      .persist()
      .post('/api/conversations.replies', (body) => {
        this.lookups.push(form(body));
        return true;
      })
      .reply(200, () => ({ ok: true, messages: this.stored, has_more: false }));
    return this;
  }

  private store(body: unknown): boolean {
    const args = form(body);
    this.stored.push({
      type: 'message',
      user: BOT_USER_ID,
      bot_id: BOT_ID,
      ts: `1764150009.00000${this.stored.length}`,
      ...args,
    });
    return true;
  }
}

// nock delivers a network error on a timer of its own, out of fake timers' reach: these run on real timers, and
// nothing in them waits (a failure that may have reached Slack is never retried after a delay).
describe('a thread reply whose post fails after it may have reached Slack', () => {
  it('appears once when Slack stored it: the bot finds it in the thread before posting again', async () => {
    const thread = new FakeThread().storeThenDrop().storeAndAnswer().answerLookups();
    const bot = productionBot();
    expect((await bot.send(messageEvent({}))).statusCode).toBe(200);
    expect(thread.stored).toHaveLength(1);
    expect(thread.lookups).toEqual([
      expect.objectContaining({ channel: 'C0DEVOPS01', ts: THREAD_TS, include_all_metadata: 'true' }),
    ]);
    expect(thread.stored[0]?.metadata).toEqual({
      event_type: 'mfa_diagnosis',
      event_payload: expect.objectContaining({ entry: 'session-expired', reply_key: expect.any(String) }),
    });
    expect(bot.logger.lines).toContainEqual({
      level: 'warn',
      text: 'A Slack Web API call failed after it may have reached Slack (Error: other side closed (UND_ERR_SOCKET)); not repeating it blindly',
    });
    expect(bot.logger.errors()).toEqual([]);
  });

  it('is posted again, once, when Slack did not store it', async () => {
    const thread = new FakeThread().dropBeforeStoring().storeAndAnswer().answerLookups();
    const bot = productionBot();
    await bot.send(messageEvent({}));
    expect(thread.stored).toHaveLength(1);
    expect(thread.lookups).toHaveLength(1);
    expect(bot.logger.errors()).toEqual([]);
  });
});

const warnings = (logger: RecordingLogger) =>
  logger.lines.filter((l) => l.level === 'warn' && l.text.startsWith('A Slack Web API call')).map((l) => l.text);

/**
 * Slack answering chat.postMessage with these HTTP statuses in turn, through a stand-in for fetch: nock answers on
 * timers of its own that fake timers cannot reach, and these tests need fake time for the waits between retries.
 */
function slackAnswering(statuses: number[]) {
  const posts: string[] = [];
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    posts.push(String(input));
    const status = statuses[posts.length - 1] ?? 200;
    return status === 200
      ? new Response(JSON.stringify({ ok: true, ts: '1764150009.000001' }), {
          headers: { 'content-type': 'application/json' },
        })
      : new Response('internal_error', { status });
  });
  return posts;
}

describe('retries', () => {
  beforeEach(() => jest.useFakeTimers(FAKE_TIME));
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('retries an HTTP 500 twice within 6 s, logging each retry, and the reply goes out', async () => {
    const posts = slackAnswering([500, 500, 200]);
    const bot = productionBot();
    const done = bot.send(messageEvent({}));
    await jest.advanceTimersByTimeAsync(6_000);
    expect(posts).toHaveLength(3);
    await done;
    expect(warnings(bot.logger)).toEqual([
      'A Slack Web API call failed (HTTP 500); trying again (retry 1 of 2)',
      'A Slack Web API call failed (HTTP 500); trying again (retry 2 of 2)',
    ]);
    expect(bot.logger.errors()).toEqual([]);
  });

  it('gives up on a Slack that keeps answering 500 after three attempts, and says so', async () => {
    const posts = slackAnswering([500, 500, 500, 500]);
    const bot = productionBot();
    const done = bot.send(messageEvent({}));
    await jest.advanceTimersByTimeAsync(6_000);
    await done;
    expect(posts).toHaveLength(3);
    expect(warnings(bot.logger)).toEqual([
      'A Slack Web API call failed (HTTP 500); trying again (retry 1 of 2)',
      'A Slack Web API call failed (HTTP 500); trying again (retry 2 of 2)',
      'A Slack Web API call failed (HTTP 500); giving up after 3 attempts',
    ]);
    expect(bot.logger.errors()).toEqual([expect.stringContaining('statusCode = 500')]);
  });
});

describe('time limits', () => {
  beforeEach(() => jest.useFakeTimers(FAKE_TIME));
  afterEach(() => jest.useRealTimers());

  it('gives up on a call Slack never answers after 10 s, and looks for the reply before posting it again', async () => {
    const thread = new FakeThread().answerLookups();
    nock('https://slack.com')
      .post('/api/chat.postMessage')
      .reply(() => new Promise<never>(() => {}));
    thread.storeAndAnswer();
    const bot = productionBot();
    const done = bot.send(messageEvent({}));
    await jest.advanceTimersByTimeAsync(9_900);
    expect(thread.lookups).toEqual([]);
    await jest.advanceTimersByTimeAsync(200);
    await done;
    expect(warnings(bot.logger)).toEqual([
      'A Slack Web API call failed after it may have reached Slack (TimeoutError: no answer within 10 s); not repeating it blindly',
    ]);
    expect(thread.lookups).toHaveLength(1);
    expect(thread.stored).toHaveLength(1);
    expect(bot.logger.errors()).toEqual([]);
  });

  it("gives up on a button's response_url that never answers after 10 s, and logs it", async () => {
    nock('https://hooks.slack.com')
      .post(() => true)
      .reply(() => new Promise<never>(() => {}));
    const body = fixture<Record<string, unknown>>('block-actions');
    const value = packDiagnosis(diagnose(SESSION_EXPIRED));
    const press = {
      ...body,
      container: { ...(body.container as object), is_ephemeral: true },
      actions: [{ ...(body.actions as object[])[0], action_id: 'diagnosis_helpful', value }],
    };
    const feedback = captureFeedbackLines();
    const bot = productionBot();
    const done = bot.send(press);
    await jest.advanceTimersByTimeAsync(10_100);
    await done;
    expect(bot.logger.errors()).toEqual([expect.stringContaining('no answer within 10 s')]);
    // The press still counts, whatever became of its response_url.
    expect(feedback).toEqual([expect.objectContaining({ verdict: 'helpful', entry: 'session-expired' })]);
  });
});
