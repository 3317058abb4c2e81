/**
 * "check <pool>" in a thread, all the way: the real in-process deferrer runs the check against AWS wire replies, and
 * the report reaches the person who asked, in the thread, with the thread's finding first.
 */
import { captureAuditLines } from '../capture';
import { POOL_ID, serve } from '../checks/wire';
import { useFakeAwsCredentials } from '../deferred/helpers';
import { messageEvent, visibleText } from './harness';
import { CHANNEL, nextReplyTs, sessionExpiredThread, THREAD_TS, threadBot, threadsSlack } from './threads-harness';

useFakeAwsCredentials('eu-west-1');

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
});
