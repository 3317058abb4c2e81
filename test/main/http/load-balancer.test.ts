/**
 * HTTP mode as run behind a load balancer (several instances): a health route for the balancer, and a duplicate
 * delivery answered once even when it reaches a second instance, through the shared DynamoDB claim.
 */
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { loadConfig } from '../../../src/config';
import { startHttp } from '../../../src/main/http';
import { useFakeAwsCredentials } from '../../harness/deferred';
import { dynamoDbTable } from '../../harness/dynamodb-table';
import { encode, signatureHeaders } from '../../harness/signed';
import { fixture, SIGNING_SECRET, SlackApiRecorder } from '../../harness/slack';

// A reply still in flight when a test ends must fail at once, not retry against a closed fake after the test.
const NO_RETRIES = { clientOptions: { retryConfig: { retries: 0 } } };

useFakeAwsCredentials('eu-west-1');

const running: { stop: () => Promise<void> }[] = [];

async function instance(env: Record<string, string> = {}) {
  const config = loadConfig({
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-1111-2222-testtoken',
    SLACK_BOT_ID: 'B0MFABOT01',
    SLACK_BOT_USER_ID: 'U0MFABOT01',
    LOG_LEVEL: 'error',
    ...env,
  });
  const { server, stop } = await startHttp(config, { port: 0, host: '127.0.0.1' }, NO_RETRIES);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The graceful stop: it waits for the requests still being handled, so none outlives the test.
  running.push({ stop });
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
  for (const { stop } of running.splice(0)) await stop();
});

async function deliver(url: string, body: Record<string, unknown>) {
  const { raw, contentType } = encode(body);
  return fetch(`${url}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...signatureHeaders(raw) },
    body: raw,
  });
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
    const table = dynamoDbTable('eu-west-1');
    const env = { IDEMPOTENCY_TABLE: 'mfa-check-bot-prod-idempotency' };
    const [a, b] = [await instance(env), await instance(env)];
    const event = fixture<Record<string, unknown>>('message-event');
    expect((await deliver(a, event)).status).toBe(200);
    expect((await deliver(b, event)).status).toBe(200);
    // Both instances asked the table; only the first got the claim, and only it replied.
    await Promise.all([table.answers(2), slack.answers(1)]);
    expect(table.requests.map((r) => r.target)).toEqual(['PutItem', 'PutItem']);
    expect([...table.items.keys()]).toEqual(['event:Ev0MSG000001']);
    expect(slack.only('chat.postMessage')).toHaveLength(1);
  });
});
