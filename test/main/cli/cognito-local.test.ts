/**
 * `cognito-mfa check --json` end to end against a real Cognito emulator, cognito-local (npm), next to the wire
 * fixtures: pools of the shapes the rules must judge are created through the real SDK, and the CLI runs in-process
 * with Cognito pointed at the emulator and IAM and SNS at a closed port. Loopback only: the emulator runs as a child
 * process on a free port of 127.0.0.1, in a temporary directory it leaves nothing outside of, and is stopped here.
 *
 * Where cognito-local answers differently from AWS's documented shapes, the wire fixtures (test/fixtures/aws/) stay
 * the authority; these differences are asserted below so that a new emulator version that changes them is noticed:
 * - it drops AuthSessionValidity from app clients (every client reads as the default 3 minutes);
 * - it answers ListIdentityProviders with an HTTP 500 "CognitoLocal#Unsupported";
 * - GetUserPoolMfaConfig always holds an SmsMfaConfiguration, `{}` when nothing is configured;
 * - it has no email MFA, plans (UserPoolTier) or SmsConfigurationFailure, and its ARNs carry region and account `local`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminCreateUserCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import nock from 'nock';
import { englishRuns } from '../../harness/english-runs';
import { runCli } from '../../harness/run-cli';

const CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
const ROLE = 'arn:aws:iam::123456789012:role/service-role/CognitoSmsRole';

const ENV = {
  AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
  AWS_MAX_ATTEMPTS: '1',
  AWS_CONFIG_FILE: join(__dirname, 'no-such-aws-config'),
  AWS_SHARED_CREDENTIALS_FILE: join(__dirname, 'no-such-aws-config'),
  AWS_EC2_METADATA_DISABLED: 'true',
};
const ENDPOINTS = [
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER',
  'AWS_ENDPOINT_URL_IAM',
  'AWS_ENDPOINT_URL_SNS',
  'AWS_ENDPOINT_URL_STS',
];
const saved: Record<string, string | undefined> = {};

let dir: string;
let emulator: ChildProcess;
let endpoint: string;
let cognito: CognitoIdentityProviderClient;

/** Starts cognito-local on a free loopback port in `cwd`; resolves with its URL once it says it is listening. */
function startEmulator(cwd: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [require.resolve('cognito-local/lib/bin/start.js')], {
    cwd,
    env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the emulator's log is coloured
      const url = /running on (http:\/\/127\.0\.0\.1:\d+)/.exec(output.replace(/\u001b\[\d+m/g, ''))?.[1];
      if (url) resolve({ child, url });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`cognito-local exited (${code}) before listening:\n${output}`)));
  });
}

/** A loopback port nothing listens on: IAM and SNS calls there are refused at once, never reaching AWS. */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  nock.enableNetConnect('127.0.0.1');
  dir = mkdtempSync(join(tmpdir(), 'cognito-local-'));
  ({ child: emulator, url: endpoint } = await startEmulator(dir));
  const closed = await closedPort();
  for (const key of [...Object.keys(ENV), ...ENDPOINTS]) saved[key] = process.env[key];
  for (const key of ENDPOINTS) delete process.env[key];
  Object.assign(process.env, ENV, {
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoint,
    AWS_ENDPOINT_URL_IAM: closed,
    AWS_ENDPOINT_URL_SNS: closed,
    AWS_ENDPOINT_URL_STS: closed,
  });
  cognito = new CognitoIdentityProviderClient({ region: 'local', endpoint, credentials: CREDENTIALS });
}, 30_000);

afterAll(async () => {
  cognito?.destroy();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  if (emulator && emulator.exitCode === null) {
    const exited = new Promise((resolve) => emulator.once('exit', resolve));
    emulator.kill('SIGTERM');
    await exited;
  }
  // It wrote only its database, inside the temporary directory.
  expect(readdirSync(dir)).toEqual(['.cognito']);
  rmSync(dir, { recursive: true, force: true });
  nock.disableNetConnect();
});

async function pool(input: ConstructorParameters<typeof CreateUserPoolCommand>[0]): Promise<string> {
  const out = await cognito.send(new CreateUserPoolCommand(input));
  return out.UserPool?.Id as string;
}

interface Body {
  pool: string;
  region: string;
  lang: string;
  findings: { rule: string; status: string; summary: string; client?: { name?: string }; missingActions?: string[] }[];
}

async function check(...argv: string[]): Promise<{ code: number; body: Body; stderr: string }> {
  const run = await runCli(['check', ...argv, '--json']);
  return { code: run.code, body: run.stdout ? (JSON.parse(run.stdout) as Body) : ({} as Body), stderr: run.stderr };
}

const statuses = (body: Body) =>
  Object.fromEntries(body.findings.map((f) => [f.client ? `${f.rule} ${f.client.name}` : f.rule, f.status]));

describe('cognito-mfa check against cognito-local', () => {
  it('a pool with MFA OFF: MFA and TOTP warn, no SMS MFA is failed, exit 0', async () => {
    const id = await pool({ PoolName: 'mfa-off', MfaConfiguration: 'OFF' });
    expect(id).toMatch(/^local_[0-9A-Za-z]+$/);
    const { code, body } = await check(id);
    expect(body).toMatchObject({ pool: id, region: 'local', lang: 'en' });
    expect(statuses(body)).toEqual({
      'sms-role-trust': 'pass',
      'sms-role-permission': 'pass',
      'sms-configuration-failure': 'pass',
      'sns-sms-sandbox': 'pass',
      'sns-sms-spend-limit': 'pass',
      'sns-sms-monthly-spend': 'pass',
      'pool-mfa-enabled': 'warn',
      'pool-totp-enabled': 'warn',
      'pool-sms-configuration': 'pass',
      'pool-email-mfa': 'pass',
      'client-auth-session-validity': 'pass',
      'client-admin-scope': 'pass',
      // The emulator does not support ListIdentityProviders.
      'pool-federated-idps': 'unknown',
    });
    expect(body.findings.find((f) => f.rule === 'pool-federated-idps')?.summary).toMatch(
      /cannot read the pool's identity providers: cognito-idp:ListIdentityProviders failed with Unsupported/,
    );
    expect(code).toBe(0);
  });

  it('a TOTP-only pool with app clients: TOTP passes, the OAuth client without the admin scope warns, exit 0', async () => {
    const id = await pool({ PoolName: 'totp-only', MfaConfiguration: 'OFF' });
    await cognito.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: id,
        MfaConfiguration: 'ON',
        SoftwareTokenMfaConfiguration: { Enabled: true },
      }),
    );
    await cognito.send(
      new CreateUserPoolClientCommand({
        UserPoolId: id,
        ClientName: 'hosted-ui',
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid', 'email'],
        CallbackURLs: ['https://app.example.com/callback'],
        AuthSessionValidity: 10,
      }),
    );
    await cognito.send(new CreateUserPoolClientCommand({ UserPoolId: id, ClientName: 'backend' }));
    const { code, body } = await check(id);
    expect(statuses(body)).toMatchObject({
      'pool-mfa-enabled': 'pass',
      'pool-totp-enabled': 'pass',
      'pool-sms-configuration': 'pass',
      'client-admin-scope hosted-ui': 'warn',
      'client-admin-scope backend': 'pass',
      // AuthSessionValidity 10 was given, but the emulator drops it: the client reads as the default 3 minutes.
      'client-auth-session-validity hosted-ui': 'warn',
    });
    expect(body.findings.find((f) => f.rule === 'pool-sms-configuration')?.summary).toBe(
      'SMS MFA is not enabled on the pool',
    );
    expect(code).toBe(0);
  });

  it('an SMS pool: the SMS role and SNS rules are unknown, naming the calls IAM and SNS did not answer', async () => {
    const id = await pool({
      PoolName: 'sms',
      MfaConfiguration: 'OPTIONAL',
      SmsAuthenticationMessage: 'Your code is {####}.',
      SmsConfiguration: { SnsCallerArn: ROLE, ExternalId: 'ext-1', SnsRegion: 'eu-west-1' },
    });
    await cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: id,
        Username: 'hana@example.com',
        UserAttributes: [
          { Name: 'email', Value: 'hana@example.com' },
          { Name: 'phone_number', Value: '+819012345678' },
        ],
        MessageAction: 'SUPPRESS',
      }),
    );
    const { code, body } = await check(id, '--user', 'hana@example.com');
    expect(statuses(body)).toMatchObject({
      'sms-role-trust': 'unknown',
      'sms-role-permission': 'unknown',
      'sns-sms-sandbox': 'unknown',
      'sns-sms-spend-limit': 'unknown',
      'pool-sms-configuration': 'pass',
      'user-phone-verified': 'pass',
    });
    const summary = (rule: string) => body.findings.find((f) => f.rule === rule)?.summary;
    expect(summary('sms-role-trust')).toMatch(/^cannot read the SMS role: iam:GetRole failed with /);
    expect(summary('sns-sms-sandbox')).toMatch(
      /^cannot read the SNS SMS sandbox status in eu-west-1: sns:GetSMSSandboxAccountStatus failed/,
    );
    expect(JSON.stringify(body)).not.toContain('9012345678');
    expect(code).toBe(0);
  });

  it('an SMS pool whose MFA message has no {####}: fails, exit 1, and says so in Japanese with --lang ja', async () => {
    const id = await pool({
      PoolName: 'sms-no-code',
      MfaConfiguration: 'ON',
      SmsAuthenticationMessage: 'Your sign-in code is ready.',
      SmsConfiguration: { SnsCallerArn: ROLE, ExternalId: 'ext-1' },
    });
    const { code, body } = await check(id);
    expect(body.findings[0]).toMatchObject({ rule: 'pool-sms-configuration', status: 'fail' });
    expect(code).toBe(1);
    const ja = await check(id, '--lang', 'ja');
    expect(ja.body.findings[0]?.summary).toBe('SMS の MFA メッセージに、コードが入る {####} がありません');
    for (const f of ja.body.findings) expect(englishRuns(f.summary)).toEqual([]);
  });

  it("takes the emulator's ARN as well as its pool id", async () => {
    const id = await pool({ PoolName: 'by-arn', MfaConfiguration: 'OFF' });
    const { code, body } = await check(`arn:aws:cognito-idp:local:local:userpool/${id}`);
    expect(body.pool).toBe(id);
    expect(code).toBe(0);
  });

  it('cannot run on a pool the emulator does not have: exit 2, saying so', async () => {
    const run = await runCli(['check', 'local_NoSuchPool1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/User pool local_NoSuchPool1 was not found in local/);
  });

  it('takes no emulator id without a Cognito endpoint override: exit 2, the usage message', async () => {
    const endpointUrl = process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER;
    delete process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER;
    try {
      const run = await runCli(['check', 'local_AbC123']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/"local_AbC123" is not a user pool id or ARN/);
    } finally {
      process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER = endpointUrl;
    }
  });
});
