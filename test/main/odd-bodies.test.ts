/**
 * Correctly signed requests whose bodies Bolt cannot read: each gets a 400 at once, through the real HTTPReceiver
 * on loopback and through the real Lambda handler, and the bot goes on answering the next request.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import nock from 'nock';
import { loadConfig } from '../../src/config';
import { startHttp } from '../../src/main/http';
import { createHandler } from '../../src/main/lambda';
import { slackBodyProblem } from '../../src/slack/request-shape';
import { captureConsole } from '../harness/capture';
import { lambdaContext, lambdaEnv } from '../harness/lambda';
import { apiGatewayEvent, encode, signatureHeaders } from '../harness/signed';
import { messageEvent, SIGNING_SECRET, SlackApiRecorder } from '../harness/slack';

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';

/** Raw bodies Slack never sends, each correctly signed in the tests below. */
const ODD_BODIES: [string, string][] = [
  ['null', JSON_TYPE],
  ['[]', JSON_TYPE],
  ['"x"', JSON_TYPE],
  ['42', JSON_TYPE],
  ['{}', JSON_TYPE],
  ['{"type":"event_callback","event":null}', JSON_TYPE],
  ['{"type":"event_callback","event":"x"}', JSON_TYPE],
  ['{"type":"event_callback","event":{"type":"message","item":null}}', JSON_TYPE],
  ['{"type":"event_callback","event":{"type":"message","user":null}}', JSON_TYPE],
  ['{"type":"event_callback","event":{"type":"message"},"authorizations":[null]}', JSON_TYPE],
  ['{not json', JSON_TYPE],
  ['payload=null', FORM_TYPE],
  ['payload=%5B%5D', FORM_TYPE],
  [`payload=${encodeURIComponent('{"type":"block_actions","actions":[]}')}`, FORM_TYPE],
  [`payload=${encodeURIComponent('{"type":"view_submission","user":{"id":"U1"},"view":null}')}`, FORM_TYPE],
  [`payload=${encodeURIComponent('{"type":"shortcut","user":null}')}`, FORM_TYPE],
];

describe('slackBodyProblem', () => {
  it('names what Bolt would trip over, and passes what Slack sends', () => {
    expect(slackBodyProblem(null)).toBe('the body is null, not an object');
    expect(slackBodyProblem([])).toBe('the body is an array, not an object');
    expect(slackBodyProblem('x')).toBe('the body is a string, not an object');
    expect(slackBodyProblem({ type: 'event_callback', event: null })).toBe('event is not an object');
    expect(slackBodyProblem({ command: ['/mfa-check'] })).toBe('command is not a string');
    expect(slackBodyProblem({ type: 'block_actions', actions: 'x', user: { id: 'U1' } })).toBe(
      'actions is not an array',
    );
    expect(slackBodyProblem(messageEvent({}))).toBeUndefined();
    expect(slackBodyProblem({ type: 'url_verification', challenge: 'c' })).toBeUndefined();
    expect(slackBodyProblem({ command: '/mfa-check', text: '' })).toBeUndefined();
  });
});

describe('HTTP mode: odd but signed bodies', () => {
  let app: App;
  let server: Server;
  let base: string;

  beforeEach(async () => {
    nock.enableNetConnect('127.0.0.1');
    const config = loadConfig({
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-1111-2222-testtoken',
      SLACK_BOT_ID: 'B0MFABOT01',
      SLACK_BOT_USER_ID: 'U0MFABOT01',
      LOG_LEVEL: 'warn',
    });
    ({ app, server } = await startHttp(config, { port: 0, host: '127.0.0.1' }));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    await app.stop();
    nock.disableNetConnect();
  });

  const post = (raw: string, contentType: string, secret = SIGNING_SECRET) =>
    fetch(`${base}/slack/events`, {
      method: 'POST',
      body: raw,
      headers: { 'content-type': contentType, ...signatureHeaders(raw, secret) },
    });

  it('answers each with 400, logs why without the body, and goes on serving', async () => {
    const logged = captureConsole('warn');
    for (const [raw, contentType] of ODD_BODIES) {
      const response = await post(raw, contentType);
      expect({ raw, status: response.status }).toEqual({ raw, status: 400 });
    }
    expect(logged.filter((line) => line.includes('Refused a signed request'))).toHaveLength(ODD_BODIES.length);
    expect(logged.join('\n')).not.toContain('event_callback');

    const api = new SlackApiRecorder();
    const { raw, contentType } = encode(messageEvent({}));
    expect((await post(raw, contentType)).status).toBe(200);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await api.answers(1);
    expect(api.methods()).toEqual(['chat.postMessage']);
  });

  it('still answers a forged odd body with 401', async () => {
    const logged = captureConsole('warn');
    const response = await post('null', JSON_TYPE, '0000000000000000ffffffffffffffff');
    expect(response.status).toBe(401);
    expect(logged.join('\n')).toContain('Failed to parse and verify the request data');
  });
});

describe('Lambda: odd but signed bodies', () => {
  const event = (raw: string, contentType: string, secret = SIGNING_SECRET) =>
    apiGatewayEvent({}, { raw, contentType, secret });

  it('answers each with 400 instead of a 500 Slack would retry', async () => {
    const logged = captureConsole('warn');
    captureConsole('error');
    const handler = createHandler(lambdaEnv({ LOG_LEVEL: 'warn' }));
    for (const [raw, contentType] of ODD_BODIES) {
      // biome-ignore lint/suspicious/noExplicitAny: the Lambda context is not used by Bolt
      const response = (await handler(event(raw, contentType), lambdaContext as any)) as { statusCode: number };
      expect({ raw, status: response.statusCode }).toEqual({ raw, status: 400 });
    }
    expect(logged.filter((line) => line.includes('Refused a signed request'))).toHaveLength(ODD_BODIES.length);
  });

  it('still answers a forged odd body with 401', async () => {
    captureConsole('warn');
    captureConsole('error');
    const handler = createHandler(lambdaEnv());
    // biome-ignore lint/suspicious/noExplicitAny: the Lambda context is not used by Bolt
    const response = (await handler(event('null', JSON_TYPE, '0000000000000000ffffffffffffffff'), {} as any)) as {
      statusCode: number;
    };
    expect(response.statusCode).toBe(401);
  });
});
