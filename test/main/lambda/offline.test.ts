/**
 * `npm run offline` (serverless-offline on osls): the offline stage's configuration resolves, by osls itself
 * (`osls print --stage offline`, which needs no AWS credentials or network: no variable in serverless.yml reads AWS),
 * into an environment the handler starts with: no CloudFormation reference left unresolved (IDEMPOTENCY_TABLE was
 * `!Ref IdempotencyTable`, which config rejects), no SSM parameter to read, and the deferred checks sent to
 * serverless-offline's own Lambda API.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { loadConfig } from '../../../src/config';
import { withSecretsFromParameters } from '../../../src/main/lambda/secrets';

const ROOT = join(__dirname, '../../..');

// biome-ignore lint/suspicious/noExplicitAny: osls's printed configuration, inspected field by field below
let printed: any;
let home: string;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'osls-home-'));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [require.resolve('osls/bin/serverless.js'), 'print', '--stage', 'offline'],
    // A home of its own: whatever osls keeps there stays in the temporary directory.
    { cwd: ROOT, env: { PATH: process.env.PATH, HOME: home, SLS_TELEMETRY_DISABLED: '1' } },
  );
  printed = parse(stdout);
}, 60_000);

afterAll(() => {
  rmSync(home, { recursive: true, force: true });
});

describe('the offline stage (npm run offline)', () => {
  it('resolves every environment variable to a string: nothing unresolved reaches the handler', () => {
    const env = printed.provider.environment as Record<string, unknown>;
    for (const [name, value] of Object.entries(env)) expect([name, typeof value]).toEqual([name, 'string']);
    expect(env).toMatchObject({
      IDEMPOTENCY_TABLE: '',
      SLACK_BOT_TOKEN_PARAMETER: '',
      SLACK_SIGNING_SECRET_PARAMETER: '',
      AWS_ENDPOINT_URL_LAMBDA: 'http://127.0.0.1:3002',
    });
  });

  it('runs serverless-offline on 127.0.0.1 with the secrets, credentials and endpoints of the shell', () => {
    expect(printed.plugins).toContain('serverless-offline');
    expect(printed.custom['serverless-offline']).toEqual({
      host: '127.0.0.1',
      httpPort: 3000,
      lambdaPort: 3002,
      localEnvironment: true,
    });
  });

  it('gives an environment the handler starts with: secrets from the shell, no SSM read, claims in memory', async () => {
    const shell = {
      SLACK_BOT_TOKEN: 'xoxb-1111-2222-offline',
      SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99eeeeee85a5',
    };
    // serverless-offline's order: the shell (localEnvironment), then provider.environment over it.
    const env = { ...shell, AWS_LAMBDA_FUNCTION_NAME: 'mfa-check-bot-offline', ...printed.provider.environment };
    expect(await withSecretsFromParameters(env)).toBe(env);
    const config = loadConfig(env);
    expect(config.idempotencyTable).toBeUndefined();
    expect(config.lambda).toEqual({ functionName: 'mfa-check-bot-offline' });
    expect(config.slack.botToken).toBe(shell.SLACK_BOT_TOKEN);
  });
});
