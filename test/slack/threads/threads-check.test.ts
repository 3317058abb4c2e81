/**
 * "check <pool>" in a thread, all the way: the real in-process deferrer runs the check against AWS wire replies, and
 * the report reaches the person who asked, in the thread, with the thread's finding first.
 */

import { POOL_ID, serve } from '../../harness/aws-wire';
import { captureAuditLines } from '../../harness/capture';
import { useFakeAwsCredentials } from '../../harness/deferred';
import { messageEvent, visibleText } from '../../harness/slack';
import {
  botDiagnosisMessage,
  CHANNEL,
  nextReplyTs,
  parentMessage,
  sessionExpiredThread,
  THREAD_TS,
  threadBot,
  threadsSlack,
} from '../../harness/threads';

useFakeAwsCredentials('eu-west-1');

const SESSION_EXPIRED_JA =
  'NotAuthorizedException: Invalid session for the user, session is expired. セッションの有効期限が切れました';

describe('a check asked for in a thread', () => {
  let audit: Record<string, unknown>[];
  beforeEach(() => {
    audit = captureAuditLines();
  });

  it('posts the report only to the asker, in the thread, the session finding first', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const aws = serve();
    const bot = threadBot({ runJobs: true });
    const ts = nextReplyTs();
    await bot.send(messageEvent({ text: `can you check ${POOL_ID}?`, ts, event_ts: ts, thread_ts: THREAD_TS }));
    await bot.idle();

    expect(aws.calls).toContain('cognito-idp:DescribeUserPoolClient');
    const [checking, report] = slack.api.only('chat.postEphemeral');
    expect(visibleText(checking ?? {})).toContain(`Checking \`${POOL_ID}\``);
    expect(report).toMatchObject({ channel: CHANNEL, user: 'U0ALICE001', thread_ts: THREAD_TS });
    expect(JSON.stringify(report)).toContain('mfa_check_share');
    // The thread is about an expired sign-in session: the app clients' session duration comes first.
    const firstRule = visibleText(report ?? {}).match(/\*(?:PASS|FAIL|WARN|UNKNOWN)\* `([\w-]+)`/)?.[1];
    expect(firstRule).toBe('client-auth-session-validity');
    expect(slack.api.only('chat.postMessage')).toEqual([]);
    expect(bot.logger.errors()).toEqual([]);
    expect(audit).toEqual([expect.objectContaining({ pool: POOL_ID, who: 'U0ALICE001', outcome: 'ok' })]);
  });

  const TOKEN = 'xoxb-2461-9183-Zq8LmN4pR7sT1uV3wX5y';

  it('refuses a secret given as the username, privately, without repeating it or asking AWS', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const aws = serve();
    const bot = threadBot({ runJobs: true });
    const ts = nextReplyTs();
    const text = `can you check ${POOL_ID} for user ${TOKEN}?`;
    await bot.send(messageEvent({ text, ts, event_ts: ts, thread_ts: THREAD_TS }));
    await bot.idle();
    expect(aws.calls).toEqual([]);
    const [refusal, ...more] = slack.api.only('chat.postEphemeral');
    expect(more).toEqual([]);
    expect(visibleText(refusal ?? {})).toMatch(/Not checked: the username looks like a Slack token/);
    expect(JSON.stringify(slack.api.calls)).not.toContain(TOKEN);
    expect(audit).toEqual([expect.objectContaining({ outcome: 'refused', reason: 'secret-username' })]);
  });

  it('says it is checking in Japanese in a Japanese thread, as it refuses there', async () => {
    const paste = `サインインでエラーになります: ${SESSION_EXPIRED_JA}`;
    const slack = threadsSlack({ [THREAD_TS]: [parentMessage(paste), botDiagnosisMessage(paste)] });
    serve();
    const bot = threadBot({ runJobs: true });
    const ts = nextReplyTs();
    await bot.send(messageEvent({ text: `${POOL_ID} をチェックしてください`, ts, event_ts: ts, thread_ts: THREAD_TS }));
    await bot.idle();
    const [checking] = slack.api.only('chat.postEphemeral');
    expect(visibleText(checking ?? {})).toBe(
      `\`${POOL_ID}\` をチェックしています… レポートはここに、あなたにだけ表示されます。`,
    );
  });

  it('refuses it in Japanese in a Japanese thread', async () => {
    const paste = `サインインでエラーになります: ${SESSION_EXPIRED_JA}`;
    const slack = threadsSlack({ [THREAD_TS]: [parentMessage(paste), botDiagnosisMessage(paste)] });
    const aws = serve();
    const bot = threadBot({ runJobs: true });
    const ts = nextReplyTs();
    const text = `${POOL_ID} をチェックしてください ユーザー ${TOKEN}`;
    await bot.send(messageEvent({ text, ts, event_ts: ts, thread_ts: THREAD_TS }));
    await bot.idle();
    expect(aws.calls).toEqual([]);
    const [refusal] = slack.api.only('chat.postEphemeral');
    expect(visibleText(refusal ?? {})).toMatch(/チェックしませんでした: ユーザー名がSlack のトークン/);
    expect(JSON.stringify(slack.api.calls)).not.toContain(TOKEN);
  });
});
