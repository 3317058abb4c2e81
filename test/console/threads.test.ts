/** The local console's `> question`: a reply in the last thread, answered from that thread's diagnosis. */
import nock from 'nock';
import { converse } from '../harness/console';

describe('the console in a thread', () => {
  beforeEach(() => nock.enableNetConnect('127.0.0.1'));
  afterEach(() => nock.disableNetConnect());

  it('answers "> how do I make it longer?" from the thread\'s session-expired diagnosis, and its buttons work', async () => {
    const out = await converse([
      'NotAuthorizedException: Invalid session for the user, session is expired.',
      '',
      '> how do I make it longer?',
      '!1',
      '> セッションの時間はどこで変えますか？',
      '> ok, deploying now',
      '> any other tips?',
      'exit',
    ]);
    const answers = out.split('bot (in the thread) ›').slice(1);
    expect(answers).toHaveLength(4);
    expect(answers[1]).toContain('--auth-session-validity 15');
    expect(answers[1]).toContain('resets every setting you do not pass');
    expect(answers[1]).toContain('[!1] Yes   [!2] No');
    expect(out).toMatch(/feedback logged: \{"type":"mfa_feedback","verdict":"helpful","entry":"session-expired"/);
    expect(answers[2]).toContain('認証フローセッション時間');
    // "ok, deploying now" asks nothing, even in a DM: no reply.
    expect(out).toContain('(no reply: the bot stays quiet on this)');
    // A question it cannot place gets the offer of what it can answer in this thread.
    expect(answers[3]).toContain('Here is what I can answer about');
  });
});
