import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { loadConfig } from '../../../src/config';
import { startHttp } from '../../../src/main/http';
import { encode, signatureHeaders } from '../../harness/signed';
import { fixture, messageEvent, SIGNING_SECRET, SlackApiRecorder } from '../../harness/slack';

// A reply still in flight when a test ends must fail at once, not retry against a closed fake after the test.
const NO_RETRIES = { clientOptions: { retryConfig: { retries: 0 } } };

const GOV_API = 'https://slack-gov.example.com';

describe('HTTP mode (the real HTTPReceiver on loopback)', () => {
  let server: Server;
  let url: string;
  /** The graceful stop: it waits for every request still being handled, so what the bot did is all recorded. */
  let stop: (() => Promise<void>) | undefined;

  async function start(env: Record<string, string>) {
    const config = loadConfig({
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-1111-2222-testtoken',
      SLACK_API_URL: `${GOV_API}/api/`,
      LOG_LEVEL: 'error',
      ...env,
    });
    expect(config.mode).toBe('http');
    const started = await startHttp(config, { port: 0, host: '127.0.0.1' }, NO_RETRIES);
    ({ server } = started);
    let stopping: Promise<void> | undefined;
    stop = () => (stopping ??= started.stop());
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  }

  async function post(body: Record<string, unknown>, headers: Record<string, string> = {}) {
    const { raw, contentType } = encode(body);
    return fetch(url, {
      method: 'POST',
      body: raw,
      headers: { 'content-type': contentType, ...signatureHeaders(raw), ...headers },
    });
  }

  beforeEach(() => nock.enableNetConnect('127.0.0.1'));
  afterEach(async () => {
    await stop?.();
    stop = undefined;
    nock.disableNetConnect();
  });

  it('replies through SLACK_API_URL, and looks up the bot ids once at start when not configured', async () => {
    const api = new SlackApiRecorder(GOV_API);
    await start({});
    expect(api.methods()).toEqual(['auth.test']);
    const response = await post(messageEvent({}));
    expect(response.status).toBe(200);
    await api.answers(2);
    expect(api.methods()).toEqual(['auth.test', 'chat.postMessage']);
    expect(api.only('chat.postMessage')[0]).toMatchObject({ thread_ts: '1764150000.000100' });

    // The looked-up bot user id keeps the bot from answering itself.
    await post(messageEvent({ user: 'U0MFABOT01', ts: '1764150002.000001' }));
    await stop?.();
    expect(api.methods()).toEqual(['auth.test', 'chat.postMessage']);
  });

  it('rejects a bad signature with 401 and calls nothing', async () => {
    const api = new SlackApiRecorder(GOV_API);
    await start({ SLACK_BOT_ID: 'B0MFABOT01', SLACK_BOT_USER_ID: 'U0MFABOT01' });
    const body = messageEvent({});
    const { raw } = encode(body);
    const forged = signatureHeaders(raw, '0000000000000000ffffffffffffffff');
    const response = await post(body, forged);
    expect(response.status).toBe(401);
    const stale = await post(body, signatureHeaders(raw, SIGNING_SECRET, Math.floor(Date.now() / 1000) - 600));
    expect(stale.status).toBe(401);
    await stop?.();
    expect(api.calls).toEqual([]);
  });

  it('answers /mfa-explain in the HTTP response itself, privately', async () => {
    const api = new SlackApiRecorder(GOV_API);
    await start({ SLACK_BOT_ID: 'B0MFABOT01', SLACK_BOT_USER_ID: 'U0MFABOT01' });
    const response = await post(fixture('slash-command'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { response_type: string; blocks: unknown[] };
    expect(body.response_type).toBe('ephemeral');
    expect(JSON.stringify(body.blocks)).toContain('InvalidSmsRoleTrustRelationshipException');
    expect(api.calls).toEqual([]);
  });

  it('acks a button of an older version at once instead of a 404 after 3 s, and answers it privately', async () => {
    const api = new SlackApiRecorder(GOV_API);
    await start({ SLACK_BOT_ID: 'B0MFABOT01', SLACK_BOT_USER_ID: 'U0MFABOT01' });
    const response = await post(fixture('block-actions-unknown'));
    expect(response.status).toBe(200);
    // Until the answer is back with the bot: a respond still in flight when the test ends would hang on the removed
    // interceptor and log its time-out ten seconds later, into whichever test file runs then.
    await api.answers(1);
    expect(api.only('respond')[0]?.text).toContain('This button comes from an older version of the bot');
  });

  it('drops a retry (X-Slack-Retry-Num) though it is correctly signed', async () => {
    const api = new SlackApiRecorder(GOV_API);
    await start({ SLACK_BOT_ID: 'B0MFABOT01', SLACK_BOT_USER_ID: 'U0MFABOT01' });
    const response = await post(messageEvent({}), { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' });
    expect(response.status).toBe(200);
    await stop?.();
    expect(api.calls).toEqual([]);
  });
});
