/**
 * Stopping HTTP mode and Socket Mode in the middle of a /mfa-check, through the real receivers on loopback: the stop
 * takes no new work, waits for the check, and the person gets the report (with its audit line) before it returns.
 * AWS holds its first answer until the test lets it go, so nothing here waits on the clock.
 */
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { loadConfig } from '../../src/config';
import { startHttp } from '../../src/main/http';
import { startSocket } from '../../src/main/socket';
import { POOL_ID, REGION, reply, serve } from '../harness/aws-wire';
import { captureAuditLines } from '../harness/capture';
import { useFakeAwsCredentials } from '../harness/deferred';
import { FakeSocketSlack } from '../harness/fake-socket-slack';
import { encode, signatureHeaders } from '../harness/signed';
import { fixture, SIGNING_SECRET, SlackApiRecorder } from '../harness/slack';

useFakeAwsCredentials(REGION);

/** DescribeUserPool answers only once `release` is called; `arrived` resolves when the check has asked. */
function heldDescribeUserPool() {
  let release = () => {};
  let arrive = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  const answer = reply.cognito('DescribeUserPool');
  nock(`https://cognito-idp.${REGION}.amazonaws.com`)
    .post('/')
    .matchHeader('x-amz-target', 'AWSCognitoIdentityProviderService.DescribeUserPool')
    .reply(async () => {
      arrive();
      await released;
      return [answer.status, answer.body, { 'content-type': answer.contentType }];
    });
  return { arrived, release };
}

describe('HTTP mode: stopping while a check runs', () => {
  beforeEach(() => nock.enableNetConnect('127.0.0.1'));
  afterEach(() => nock.disableNetConnect());

  it('waits for the check: the report and its audit line come before the stop returns', async () => {
    const audit = captureAuditLines();
    const slack = new SlackApiRecorder();
    const aws = heldDescribeUserPool();
    serve();
    const config = loadConfig({
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-1111-2222-testtoken',
      SLACK_BOT_ID: 'B0MFABOT01',
      SLACK_BOT_USER_ID: 'U0MFABOT01',
      LOG_LEVEL: 'error',
    });
    const { server, stop } = await startHttp(config, { port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
    const { raw, contentType } = encode({ ...fixture('slash-command'), command: '/mfa-check', text: POOL_ID });
    const ack = await fetch(url, {
      method: 'POST',
      body: raw,
      headers: { 'content-type': contentType, ...signatureHeaders(raw) },
    });
    expect(((await ack.json()) as { text: string }).text).toContain(`Checking \`${POOL_ID}\``);

    await aws.arrived;
    let stopped = false;
    const stopping = stop().then(() => {
      stopped = true;
    });
    // No new connection is taken once stopping.
    await expect(fetch(url, { method: 'POST', body: raw })).rejects.toThrow();
    expect(stopped).toBe(false);
    expect(slack.only('respond')).toEqual([]);

    aws.release();
    await stopping;
    const reports = slack.only('respond');
    expect(reports).toHaveLength(1);
    expect(JSON.stringify(reports[0])).toContain('"action_id":"mfa_check_share"');
    expect(audit).toEqual([expect.objectContaining({ pool: POOL_ID, outcome: 'ok' })]);
  });
});

describe('Socket Mode: stopping while a check runs', () => {
  beforeEach(() => nock.enableNetConnect('127.0.0.1'));
  afterEach(() => nock.disableNetConnect());

  it('closes the connection, waits for the check, and the report and its audit line come before the stop returns', async () => {
    const audit = captureAuditLines();
    const hooks = new SlackApiRecorder();
    const aws = heldDescribeUserPool();
    serve();
    const slack = new FakeSocketSlack();
    await slack.listen();
    const config = loadConfig({
      SLACK_APP_TOKEN: 'xapp-1-A0MFAAPP01-1234-abcdef',
      SLACK_BOT_TOKEN: 'xoxb-1111-2222-testtoken',
      SLACK_BOT_ID: 'B0MFABOT01',
      SLACK_BOT_USER_ID: 'U0MFABOT01',
      SLACK_API_URL: slack.apiUrl,
      LOG_LEVEL: 'error',
    });
    const { stop } = await startSocket(config, { clientOptions: { retryConfig: { retries: 0 } } });
    await slack.connectedOnce;
    slack.send({
      envelope_id: 'env-check-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: { ...fixture<Record<string, unknown>>('slash-command'), command: '/mfa-check', text: POOL_ID },
    });
    await aws.arrived;
    let stopped = false;
    const stopping = stop().then(() => {
      stopped = true;
    });
    await slack.disconnected;
    expect(stopped).toBe(false);
    expect(hooks.only('respond')).toEqual([]);

    aws.release();
    await stopping;
    expect(hooks.only('respond')).toHaveLength(1);
    expect(audit).toEqual([expect.objectContaining({ pool: POOL_ID, outcome: 'ok' })]);
    await slack.close();
  });
});
