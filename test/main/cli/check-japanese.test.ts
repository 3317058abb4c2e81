/** `cognito-mfa check --lang ja`: the report, its JSON and every error the command writes are Japanese. */
import { POOL_ID, reply, serve } from '../../harness/aws-wire';
import { cliEnvironment } from '../../harness/cli-env';
import { englishRuns } from '../../harness/english-runs';
import { runCli } from '../../harness/run-cli';

cliEnvironment();

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
