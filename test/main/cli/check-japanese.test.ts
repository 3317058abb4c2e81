/** `cognito-mfa check --lang ja`: the report, its JSON and every error the command writes are Japanese. */
import { join } from 'node:path';
import { POOL_ID, reply, STATIC_CREDENTIALS, serve } from '../../harness/aws-wire';
import { englishRuns } from '../../harness/english-runs';
import { runCli } from '../../harness/run-cli';

const KEYS = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_MAX_ATTEMPTS',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
];
const saved: Record<string, string | undefined> = {};
beforeEach(() => {
  for (const k of KEYS) saved[k] = process.env[k];
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: STATIC_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: STATIC_CREDENTIALS.secretAccessKey,
    AWS_MAX_ATTEMPTS: '1',
    AWS_CONFIG_FILE: join(__dirname, 'no-such-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(__dirname, 'no-such-aws-config'),
  });
});
afterEach(() => {
  for (const k of KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

/** The usage block lists the options by name: what the test reads is the line before it. */
const message = (stderr: string) => stderr.split('\n\n')[0] as string;

describe('cognito-mfa check --lang ja', () => {
  it('keeps summary one string, in Japanese, in the JSON', async () => {
    serve();
    const run = await runCli(['check', POOL_ID, '--json', '--lang', 'ja']);
    const body = JSON.parse(run.stdout) as { lang: string; findings: { summary: unknown; evidence: unknown[] }[] };
    expect(body.lang).toBe('ja');
    for (const f of body.findings) {
      expect(typeof f.summary).toBe('string');
      expect(englishRuns(f.summary as string)).toEqual([]);
    }
  });

  it.each([
    [
      'a malformed id',
      ['check', 'us-east-1-AbC123def', '--lang', 'ja'],
      /はユーザープールの ID でも ARN でもありません/,
    ],
    ['an unknown option', ['check', POOL_ID, '--lang', 'ja', '--bogus'], /不明なオプションです: --bogus/],
    ['--user without a name', ['check', POOL_ID, '--lang=ja', '--user'], /--user にはユーザー名が必要です/],
  ])('refuses %s in Japanese, with the Japanese usage', async (_name, argv, wanted) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(message(run.stderr)).toMatch(wanted);
    expect(run.stderr).toContain('使い方: cognito-mfa check');
    expect(englishRuns(run.stderr)).toEqual([]);
  });

  it('says in Japanese that the pool was not found', async () => {
    serve({
      'cognito-idp:DescribeUserPool': reply.cognitoError('ResourceNotFoundException', 'User pool does not exist.'),
    });
    const run = await runCli(['check', POOL_ID, '--lang', 'ja']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ユーザープール eu-west-1_AbCdEfGhI が eu-west-1 に見つかりません/);
    expect(englishRuns(run.stderr)).toEqual([]);
  });

  it('prints its help in Japanese', async () => {
    const run = await runCli(['check', '--help', '--lang', 'ja']);
    expect(run.code).toBe(0);
    expect(englishRuns(run.stdout)).toEqual([]);
  });
});
