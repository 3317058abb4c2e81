/**
 * The deployable bundle itself (scripts/bundle.mjs output), run in a fresh `node` process as Lambda would: it
 * answers signed events, and the AWS SDK file next to it loads only when a request needs AWS.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { FUNCTION_NAME, lambdaEnv } from '../../harness/lambda';
import { apiGatewayEvent } from '../../harness/signed';
import { fixture } from '../../harness/slack';

const ROOT = join(__dirname, '../../..');

/** Requires the bundle, answers one event, reports the response and whether aws-sdk.js was loaded. */
const CHILD = `
const { handler } = require(process.argv[2]);
const event = JSON.parse(require('node:fs').readFileSync(process.argv[3], 'utf8'));
handler(event, {}).then((response) => {
  const sdkLoaded = Object.keys(require.cache).some((file) => file.endsWith('aws-sdk.js'));
  process.stdout.write(JSON.stringify({ response, sdkLoaded }));
});
`;

let dir: string;
let server: Server;
let url: string;
const seen: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bundle-test-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), join(dir, 'lambda')], { stdio: 'pipe' });
  writeFileSync(join(dir, 'child.js'), CHILD);
  nock.enableNetConnect('127.0.0.1');
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      seen.push(`${req.method} ${req.url}`);
      if (req.url?.startsWith('/2015-03-31/')) res.writeHead(202).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"ts":"1.000100"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

function runBundle(event: unknown): Promise<{ response: { statusCode: number; body: string }; sdkLoaded: boolean }> {
  const eventFile = join(dir, 'event.json');
  writeFileSync(eventFile, JSON.stringify(event));
  const env = {
    PATH: process.env.PATH,
    ...lambdaEnv({ SLACK_API_URL: `${url}/api/` }),
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'AKIAEXAMPLEBUNDLE001',
    AWS_SECRET_ACCESS_KEY: 'bundleSecretKeyEXAMPLE0123456789abcdefg',
    AWS_ENDPOINT_URL_LAMBDA: url,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(dir, 'child.js'), join(dir, 'lambda', 'index.js'), eventFile], { env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', () => {
      try {
        resolve(JSON.parse(out));
      } catch {
        reject(new Error(`bundle run failed: ${out}\n${err}`));
      }
    });
  });
}

describe('dist/lambda bundle', () => {
  it('answers a pasted error in a fresh process without loading the AWS SDK', async () => {
    seen.length = 0;
    const { response, sdkLoaded } = await runBundle(apiGatewayEvent(fixture('message-event')));
    expect(response.statusCode).toBe(200);
    expect(seen).toEqual(['POST /api/chat.postMessage']);
    expect(sdkLoaded).toBe(false);
  }, 30_000);

  it('acks /mfa-check and hands it over through the SDK file, loaded for that request', async () => {
    seen.length = 0;
    const command = { ...fixture('slash-command'), command: '/mfa-check', text: 'eu-west-1_AbCdEfGhI' };
    const { response, sdkLoaded } = await runBundle(apiGatewayEvent(command));
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body).text).toContain('Checking');
    // The requester's locale first (the language of the ack and the report), then the hand-over.
    expect(seen).toEqual(['POST /api/users.info', `POST /2015-03-31/functions/${FUNCTION_NAME}/invocations`]);
    expect(sdkLoaded).toBe(true);
  }, 30_000);
});
