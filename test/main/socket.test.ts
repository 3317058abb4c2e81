import type { App } from '@slack/bolt';
import nock from 'nock';
import { loadConfig } from '../../src/config';
import { startSocket } from '../../src/main/socket';
import { FakeSocketSlack } from '../harness/fake-socket-slack';
import { fixture, messageEvent } from '../harness/slack';

// A reply still in flight when a test ends must fail at once, not retry against a closed fake after the test.
const NO_RETRIES = { clientOptions: { retryConfig: { retries: 0 } } };

describe('Socket Mode (the real SocketModeReceiver against a local Slack)', () => {
  let slack: FakeSocketSlack;
  let app: App;

  beforeEach(async () => {
    nock.enableNetConnect('127.0.0.1');
    slack = new FakeSocketSlack();
    await slack.listen();
    const config = loadConfig({
      SLACK_APP_TOKEN: 'xapp-1-A0MFAAPP01-1234-abcdef',
      SLACK_BOT_TOKEN: 'xoxb-1111-2222-testtoken',
      SLACK_API_URL: slack.apiUrl,
      LOG_LEVEL: 'error',
    });
    expect(config.mode).toBe('socket');
    ({ app } = await startSocket(config, NO_RETRIES));
    await slack.connectedOnce;
  });

  afterEach(async () => {
    // Bolt's stop() does not wait for the closing handshake: wait for it here, so the SDK cleans up (timers
    // included) on a normal close instead of on the error a torn-down server causes.
    await app.stop();
    await slack.disconnected;
    await slack.close();
    nock.disableNetConnect();
  });

  it('connects with the app token, acks an event envelope and replies in the thread', async () => {
    expect(slack.apiCalls.map((c) => c.method)).toEqual(['auth.test', 'apps.connections.open']);
    slack.send({
      envelope_id: 'env-message-1',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: messageEvent({}),
    });
    await slack.when(() => slack.apiCalls.some((c) => c.method === 'chat.postMessage'));
    expect(slack.fromBot).toContainEqual(expect.objectContaining({ envelope_id: 'env-message-1' }));
    const post = slack.apiCalls.find((c) => c.method === 'chat.postMessage');
    expect(post?.args.thread_ts).toBe('1764150000.000100');
    expect(JSON.parse(post?.args.metadata ?? '{}')).toMatchObject({ event_payload: { entry: 'session-expired' } });
  });

  it('answers /mfa-explain in the envelope ack, privately', async () => {
    slack.send({
      envelope_id: 'env-command-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: fixture('slash-command'),
    });
    await slack.when(() => slack.fromBot.some((f) => f.envelope_id === 'env-command-1'));
    const ack = slack.fromBot.find((f) => f.envelope_id === 'env-command-1');
    expect(ack?.payload).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(ack?.payload)).toContain('InvalidSmsRoleTrustRelationshipException');
  });

  it('drops a redelivered envelope (retry_attempt > 0)', async () => {
    slack.send({
      envelope_id: 'env-retry-1',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 1,
      retry_reason: 'timeout',
      payload: messageEvent({}),
    });
    await slack.when(() => slack.fromBot.some((f) => f.envelope_id === 'env-retry-1'));
    // A first delivery sent after it is answered: by then the redelivery had its turn, and it posted nothing.
    slack.send({
      envelope_id: 'env-message-2',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: messageEvent({ ts: '1764150002.000001' }),
    });
    await slack.when(() => slack.apiCalls.some((c) => c.method === 'chat.postMessage'));
    const posts = slack.apiCalls.filter((c) => c.method === 'chat.postMessage');
    expect(posts.map((c) => c.args.thread_ts)).toEqual(['1764150002.000001']);
  });
});
