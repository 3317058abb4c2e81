/** `npm start` (src/main/start.ts) picks its mode from the environment; without Slack tokens it opens the console. */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** `npm start`'s entry point in a child process: no Slack or locale variable of this shell, only `vars`. */
function npmStart(vars: Record<string, string>, input = ''): SpawnSyncReturns<string> {
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SLACK_') && !k.startsWith('LC_'))),
    ...vars,
  };
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/main/start.ts'], {
    cwd: ROOT,
    env,
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('npm start without Slack tokens', () => {
  it('opens the console and answers a pasted error from piped stdin', () => {
    const run = npmStart(
      { LANG: 'en_US.UTF-8' },
      'CodeMismatchException: Invalid code or auth state for the user.\n\nexit\n',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('local console');
    expect(run.stdout).toContain('The MFA code is wrong');
  });

  it.each([
    [
      { SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99eeeeee85a5', SLACK_BOT_TOKEN: 'xoxp-1234-user-token' },
      'SLACK_BOT_TOKEN is malformed: it should look like xoxb-',
    ],
    [
      { SLACK_APP_TOKEN: 'xoxb-not-an-app-token', SLACK_BOT_TOKEN: 'xoxb-1-2-3' },
      'SLACK_APP_TOKEN is malformed: it should look like xapp-',
    ],
    [{ SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99eeeeee85a5' }, 'SLACK_BOT_TOKEN is missing'],
    // Only Lambda reads a parameter: HTTP mode on a server says what to set instead of failing with a stack trace.
    [
      {
        SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99eeeeee85a5',
        SLACK_BOT_TOKEN_PARAMETER: '/mfa-check-bot/prod/slack-bot-token',
      },
      'SLACK_BOT_TOKEN is missing: set it (or, on AWS Lambda, name its SSM parameter in SLACK_BOT_TOKEN_PARAMETER).',
    ],
  ])('exits 2 with a clear message for a bad configuration (%o)', (vars, message) => {
    const run = npmStart(vars);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Configuration error: ${message}`);
    expect(run.stderr).not.toContain('xoxp-1234-user-token');
  });

  it('tells a Japanese locale the configuration error in Japanese, after the English line for the logs', () => {
    const run = npmStart({ LANG: 'ja_JP.UTF-8', SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99eeeeee85a5' });
    expect(run.status).toBe(2);
    const [english, japanese] = run.stderr.trim().split('\n');
    expect(english).toMatch(/^Configuration error: SLACK_BOT_TOKEN is missing/);
    expect(japanese).toMatch(/^設定エラー: SLACK_BOT_TOKEN が設定されていません/);
  });

  it('opens the console in Japanese under a Japanese locale', () => {
    const run = npmStart({ LANG: 'ja_JP.UTF-8' }, 'help\nexit\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('ローカルコンソール');
    expect(run.stdout).toContain('さようなら。');
    expect(run.stdout).not.toContain('local console');
  });
});
