import { PassThrough } from 'node:stream';
import nock from 'nock';
import { loadConfig } from '../../src/config';
import { captureAuditLines, captureConsole } from '../harness/capture';
import { converse } from '../harness/console';
import { englishRuns } from '../harness/english-runs';

const SESSION_EXPIRED_TITLE = 'The sign-in session expired before the MFA step was answered';

describe('the local console', () => {
  beforeEach(() => nock.enableNetConnect('127.0.0.1'));
  afterEach(() => nock.disableNetConnect());

  it('answers a pasted multi-line error in a thread through the real listeners', async () => {
    const out = await converse([
      'login fails after the MFA screen:',
      'NotAuthorizedException: Invalid session for the user, session is expired.',
      '    at Request.extractError (/var/task/node_modules/aws-sdk/lib/protocol/json.js:52:27)',
      '',
      'exit',
    ]);
    expect(out).toContain('local console');
    expect(out).toContain('bot (in the thread) ›');
    expect(out).toContain(SESSION_EXPIRED_TITLE);
    // One paste, one reply: the three lines were collected into one message.
    expect(out.match(/bot \(in the thread\)/g)).toHaveLength(1);
    expect(out).toContain('in line 2');
    expect(out).toContain('aws cognito-idp update-user-pool-client');
    expect(out).toContain('[!1] Helpful   [!2] Not it   [!3] Show in Japanese');
  });

  it('runs /mfa-explain privately, presses buttons, and replies in the last thread with >', async () => {
    const out = await converse([
      '/mfa-explain CodeMismatchException: Invalid code or auth state for the user.',
      '!3',
      'InvalidSmsRoleTrustRelationshipException: Role does not have a trust relationship allowing Cognito to assume the role',
      '',
      '> and now: NotAuthorizedException: Invalid session for the user, session is expired.',
      '!1',
    ]);
    expect(out).toMatch(/bot \(only you see this\) ›\n\s+== The MFA code is wrong/);
    expect(out).toContain('bot (message replaced, only you) ›');
    expect(out).toContain('解決方法');
    // The > reply went into the thread the bot answered, and was answered there.
    expect(out.match(/bot \(in the thread\)/g)).toHaveLength(2);
    expect(out).toContain(SESSION_EXPIRED_TITLE);
    expect(out).toMatch(/feedback logged: \{"type":"mfa_feedback","verdict":"helpful","entry":"session-expired"/);
    expect(out).toContain('Bye.');
  });

  it('runs with the settings the bot has in Slack: /mfa-check allow-lists apply here too', async () => {
    const audit = captureAuditLines();
    const out = await converse(
      ['/mfa-check us-east-1_AbC123def'],
      loadConfig({ MFA_CHECK_ALLOWED_POOLS: 'eu-west-1_Other0001' }),
    );
    expect(out).toContain('Not checked');
    expect(audit).toEqual([expect.objectContaining({ outcome: 'refused', reason: 'not-allowed' })]);
  });

  it('explains what it can and cannot do with what you type', async () => {
    const out = await converse(['> a question before any thread', '!4', '/no-such-command hi', 'lunch?', '', 'help']);
    expect(out).toContain('no thread yet');
    expect(out).toContain('there is no button !4');
    expect(out).toContain('This app has no `/no-such-command` command (any more)');
    expect(out).toContain('could not match');
    expect(out.match(/press button n of the last reply/g)?.length).toBe(2);
  });
});

describe('the local console leaving', () => {
  it('waits for a check still running when the input ends, so its report is not cut off', async () => {
    nock.enableNetConnect('127.0.0.1');
    const saved = { ...process.env };
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret-example' });
    const input = new PassThrough();
    nock('https://cognito-idp.us-east-1.amazonaws.com')
      .persist()
      .post('/')
      .reply((_uri, _body, callback) => {
        // Held until the console has read its whole input ("exit" included): the check is still running then.
        const answer = () =>
          callback(null, [
            400,
            { __type: 'ResourceNotFoundException', message: 'User pool us-east-1_AbC123def does not exist.' },
            { 'content-type': 'application/x-amz-json-1.1' },
          ]);
        if (input.readableEnded) answer();
        else input.once('end', answer);
      });
    const errors = captureConsole('error');
    const audit = captureAuditLines();
    try {
      const out = await converse(['/mfa-check us-east-1_AbC123def', 'exit'], undefined, undefined, input);
      expect(out).toContain('Checking `us-east-1_AbC123def`');
      expect(out).toContain('was not found in us-east-1');
      expect(out.indexOf('was not found')).toBeLessThan(out.indexOf('Bye.'));
      // The failed check is logged (Bolt's logger, on stderr) and audited, as in Slack.
      expect(errors).toEqual([
        expect.stringMatching(/deferred job check .* failed: User pool us-east-1_AbC123def was not found/),
      ]);
      expect(audit).toEqual([
        expect.objectContaining({
          who: 'U0CONSOLE',
          pool: 'us-east-1_AbC123def',
          outcome: 'failed',
          reason: 'pool-not-found',
        }),
      ]);
    } finally {
      process.env = saved;
      nock.disableNetConnect();
    }
  });
});

describe('the local console in Japanese', () => {
  beforeEach(() => nock.enableNetConnect('127.0.0.1'));
  afterEach(() => nock.disableNetConnect());

  it('says everything of its own in Japanese, and the bot takes you for a Japanese Slack user', async () => {
    const out = await converse(
      ['> a question before any thread', '!4', 'お昼はどうする?', '', 'help', '/mfa-explain'],
      undefined,
      'ja',
    );
    expect(out).toContain('ローカルコンソール');
    expect(out).toContain('まだスレッドがありません');
    expect(out).toContain('ボタン !4 はありません');
    expect(out).toContain('さようなら。');
    // What you typed is quoted back as it is; everything else is Japanese.
    const own = out.replace('a question before any thread', '');
    expect(englishRuns(own)).toEqual([]);
  });
});
