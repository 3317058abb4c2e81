/**
 * The AWS clients take their endpoint from the SDK's standard configuration: with AWS_ENDPOINT_URL pointing at a
 * loopback server, every read of a check goes there (no hard-coded endpoint anywhere).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import nock from 'nock';
import {
  encodedPolicy,
  POOL_ID,
  parseBody,
  reply,
  responder,
  STATIC_CREDENTIALS,
  targetAction,
} from '../../harness/aws-wire';
import { runCli } from '../../harness/run-cli';

const KEYS = [
  'AWS_ENDPOINT_URL',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_MAX_ATTEMPTS',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_PROFILE',
];
const saved: Record<string, string | undefined> = {};
let server: Server;
let served: ReturnType<typeof responder>['served'];

// IAM and SNS share the query protocol; their action names do not overlap, so the Action says which service it is.
const SNS_ACTIONS = new Set(['GetSMSSandboxAccountStatus', 'GetSMSAttributes', 'ListSMSSandboxPhoneNumbers']);

beforeAll(async () => {
  nock.enableNetConnect('127.0.0.1');
  const r = responder({
    'iam:GetRole': reply.xml('iam', 'GetRole', { trustPolicy: encodedPolicy('trust.other-external-id.json') }),
  });
  served = r.served;
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = parseBody(Buffer.concat(chunks).toString('utf8'));
      const target = req.headers['x-amz-target'];
      const action = target
        ? targetAction(target)
        : `${SNS_ACTIONS.has(body.Action ?? '') ? 'sns' : 'iam'}:${body.Action}`;
      const out = r.answer(action, body, req.headers.authorization);
      res.writeHead(out.status, { 'content-type': out.contentType, ...out.headers }).end(out.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  for (const k of KEYS) saved[k] = process.env[k];
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    AWS_ACCESS_KEY_ID: STATIC_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: STATIC_CREDENTIALS.secretAccessKey,
    AWS_MAX_ATTEMPTS: '1',
    AWS_CONFIG_FILE: join(__dirname, 'no-such-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(__dirname, 'no-such-aws-config'),
  });
  delete process.env.AWS_PROFILE;
});

afterAll(async () => {
  for (const k of KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  await new Promise((resolve) => server.close(resolve));
  nock.disableNetConnect();
});

it('sends every read to AWS_ENDPOINT_URL and reports the mismatched ExternalId', async () => {
  const run = await runCli(['check', POOL_ID, '--json']);
  expect(run.code).toBe(1);
  const body = JSON.parse(run.stdout) as { findings: { rule: string; status: string; summary: string }[] };
  expect(body.findings[0]).toMatchObject({ rule: 'sms-role-trust', status: 'fail' });
  expect(served.calls).toEqual(
    expect.arrayContaining(['cognito-idp:DescribeUserPool', 'iam:GetRole', 'sns:GetSMSAttributes']),
  );
});
