/**
 * HTTP mode as run behind a load balancer (several instances): a health route for the balancer, and a duplicate
 * delivery answered once even when it reaches a second instance, through the shared DynamoDB claim.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import nock from 'nock';
import { loadConfig } from '../../../src/config';
import { startHttp } from '../../../src/main/http';
import { useFakeAwsCredentials } from '../../harness/deferred';
import { encode, signatureHeaders } from '../../harness/signed';
import { fixture, SIGNING_SECRET, SlackApiRecorder } from '../../harness/slack';

// A reply still in flight when a test ends must fail at once, not retry against a closed fake after the test.
const NO_RETRIES = { clientOptions: { retryConfig: { retries: 0 } } };

useFakeAwsCredentials('eu-west-1');

const running: { app: App; server: Server; url: string }[] = [];

async function instance(env: Record<string, string> = {}) {
  const config = loadConfig({
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-1111-2222-testtoken',
    SLACK_BOT_ID: 'B0MFABOT01',
    SLACK_BOT_USER_ID: 'U0MFABOT01',
    LOG_LEVEL: 'error',
    ...env,
  });
  const { app, server } = await startHttp(config, { port: 0, host: '127.0.0.1' }, NO_RETRIES);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  running.push({ app, server, url });
  return url;
}

// The first claim loads the SDK (client and credential chain) inside its 1-second budget; on a busy CI machine, under
// jest's module loader, that load alone can run out the budget and make the claim fail open. Load it once up front.
beforeAll(async () => {
  await import('@aws-sdk/client-dynamodb');
  await import('@aws-sdk/credential-provider-node');
});

beforeEach(() => {
  nock.enableNetConnect('127.0.0.1');
});

afterEach(async () => {
  for (const { app } of running.splice(0)) await app.stop();
});

async function deliver(url: string, body: Record<string, unknown>) {
  const { raw, contentType } = encode(body);
  return fetch(`${url}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...signatureHeaders(raw) },
    body: raw,
  });
}

async function until(condition: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting for the bot');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('HTTP mode behind a load balancer', () => {
  it('answers the health check with 200 on GET /healthz, unsigned', async () => {
    const url = await instance();
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
  });

  it('replies once when Slack delivers the same event to two instances sharing IDEMPOTENCY_TABLE', async () => {
    const slack = new SlackApiRecorder();
    const claimed = new Set<string>();
    let claims = 0;
    nock('https://dynamodb.eu-west-1.amazonaws.com')
      .persist()
      .post('/')
      .reply((_uri, raw) => {
        claims += 1;
        const key = (JSON.parse(String(raw)) as { Item: { pk: { S: string } } }).Item.pk.S;
        if (claimed.has(key)) {
          return [
            400,
            {
              __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',
              message: 'The conditional request failed',
            },
            { 'content-type': 'application/x-amz-json-1.0' },
          ];
        }
        claimed.add(key);
        return [200, {}, { 'content-type': 'application/x-amz-json-1.0' }];
      });
    const env = { IDEMPOTENCY_TABLE: 'mfa-check-bot-prod-idempotency' };
    const [a, b] = [await instance(env), await instance(env)];
    const event = fixture<Record<string, unknown>>('message-event');
    expect((await deliver(a, event)).status).toBe(200);
    expect((await deliver(b, event)).status).toBe(200);
    // Both instances asked the table; only the first got the claim, and only it replied.
    await until(() => claims === 2 && slack.only('chat.postMessage').length >= 1);
    expect(claimed).toEqual(new Set(['event:Ev0MSG000001']));
    expect(slack.only('chat.postMessage')).toHaveLength(1);
  });
});
