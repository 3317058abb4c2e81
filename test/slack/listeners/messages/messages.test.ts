import { lambdaBot } from '../../../harness/bots';
import { messageEvent, SlackApiRecorder, visibleText } from '../../../harness/slack';

const SESSION_EXPIRED = 'NotAuthorizedException: Invalid session for the user, session is expired.';

describe('a pasted error in a channel', () => {
  it('gets exactly one threaded reply carrying the diagnosis metadata', async () => {
    const api = new SlackApiRecorder();
    const bot = lambdaBot();
    const response = await bot.send(messageEvent({}));

    expect(response.statusCode).toBe(200);
    expect(api.methods()).toEqual(['chat.postMessage']);
    const [post] = api.only('chat.postMessage');
    expect(post).toMatchObject({ channel: 'C0DEVOPS01', thread_ts: '1764150000.000100' });
    expect(post?.metadata).toEqual({
      event_type: 'mfa_diagnosis',
      event_payload: expect.objectContaining({ entry: 'session-expired', lang: 'en', source: 'channel' }),
    });
    const text = visibleText(post ?? {});
    expect(text).toContain('in line 3');
    expect(text).toContain(`\`${SESSION_EXPIRED}\``);
  });

  it('keeps user text out of the metadata', async () => {
    const api = new SlackApiRecorder();
    await lambdaBot().send(messageEvent({ text: `${SESSION_EXPIRED} my pool is us-east-1_AbC123def` }));
    const payload = JSON.stringify(api.only('chat.postMessage')[0]?.metadata);
    expect(payload).not.toContain('us-east-1_AbC123def');
    expect(payload).not.toContain('Invalid session');
  });

  it('answers nothing on a Slack retry of the same event', async () => {
    const api = new SlackApiRecorder();
    const response = await lambdaBot().send(messageEvent({}), {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(response.statusCode).toBe(200);
    expect(api.calls).toEqual([]);
  });

  it.each([
    ['chit-chat', { text: 'anyone up for lunch at noon?' }],
    ['a non-MFA Cognito error', { text: 'NotAuthorizedException: Incorrect username or password.' }],
    [
      'a prose description (too unsure to answer unprompted)',
      { text: 'the session expires after about 3 minutes on the MFA page' },
    ],
    ['its own message', { user: 'U0MFABOT01', bot_id: 'B0MFABOT01', app_id: 'A0MFAAPP01' }],
    ['another bot', { subtype: 'bot_message', bot_id: 'B0OTHERBOT', username: 'alerts', user: undefined }],
    ['another bot posting as a user', { bot_id: 'B0OTHERBOT', user: 'U0OTHERBOT' }],
    ['an edit', { subtype: 'message_changed', message: { text: SESSION_EXPIRED, user: 'U0ALICE001', ts: '1' } }],
    ['a deletion', { subtype: 'message_deleted', deleted_ts: '1764150000.000100' }],
    ['a join', { subtype: 'channel_join', text: '<@U0ALICE001> has joined the channel' }],
    ['a message that mentions the bot (app_mention answers it)', { text: `<@U0MFABOT01> ${SESSION_EXPIRED}` }],
  ])('stays quiet on %s', async (_name, event) => {
    const api = new SlackApiRecorder();
    const response = await lambdaBot().send(messageEvent(event));
    expect(response.statusCode).toBe(200);
    expect(api.calls).toEqual([]);
  });

  it.each([
    ['thread_broadcast', { subtype: 'thread_broadcast', thread_ts: '1764140000.000001', root: {} }],
    ['file_share', { subtype: 'file_share', files: [{ id: 'F0LOG00001', name: 'error.log' }] }],
  ])('treats %s as a person posting', async (subtype, event) => {
    const api = new SlackApiRecorder();
    await lambdaBot().send(messageEvent({ ...event, text: SESSION_EXPIRED }));
    // A broadcast thread reply first looks for the bot's diagnosis in its thread (there is none here).
    expect(api.only('chat.postMessage')).toHaveLength(1);
    const expectedThread = subtype === 'thread_broadcast' ? '1764140000.000001' : '1764150000.000100';
    expect(api.only('chat.postMessage')[0]?.thread_ts).toBe(expectedThread);
  });

  it('answers a unique exception name reported with a line of Japanese, a little less sure than a quoted message', async () => {
    const api = new SlackApiRecorder();
    const text = 'SMS が届かない。CloudWatch にこれが出てた\nInvalidSmsRoleAccessPolicyException';
    await lambdaBot().send(messageEvent({ text }));
    const [post] = api.only('chat.postMessage');
    expect(post?.metadata).toMatchObject({
      event_payload: { entry: 'sms-role-access-policy', lang: 'ja', confidence: 0.75, source: 'channel' },
    });
    expect(visibleText(post ?? {})).toContain('確度: おそらく');
  });

  it('answers unprompted only in ALLOWED_CHANNELS when they are set', async () => {
    const api = new SlackApiRecorder();
    const bot = lambdaBot({ allowedChannels: ['C0SUPPORT1'] });
    await bot.send(messageEvent({ channel: 'C0DEVOPS01' }));
    expect(api.calls).toEqual([]);
    await bot.send(messageEvent({ channel: 'C0SUPPORT1' }));
    expect(api.only('chat.postMessage')[0]).toMatchObject({ channel: 'C0SUPPORT1' });
  });

  it('escapes <!channel>, user mentions and disguised links echoed from the paste', async () => {
    const api = new SlackApiRecorder();
    // Slack delivers what people type with & < > escaped and mentions/links wrapped; the engine sees through it.
    const text = `<!channel> <@U0CAROL001> <https://evil.example|aws.amazon.com> ${SESSION_EXPIRED}`;
    await lambdaBot().send(messageEvent({ text }));
    const post = api.only('chat.postMessage')[0] ?? {};
    const shown = visibleText(post);
    expect(shown).toContain('session is expired');
    for (const live of ['<!channel>', '<@U0CAROL001>', '<https://evil.example']) expect(shown).not.toContain(live);
    expect(String(post.text)).not.toMatch(/<!channel>|<@U0CAROL001>/);
  });

  it('covers several errors of one paste in one reply', async () => {
    const api = new SlackApiRecorder();
    const text = [
      'two things broke in staging:',
      'InvalidSmsRoleTrustRelationshipException: Role does not have a trust relationship allowing Cognito to assume the role',
      'CodeMismatchException: Invalid code or auth state for the user.',
    ].join('\n');
    await lambdaBot().send(messageEvent({ text }));
    const posts = api.only('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.metadata).toMatchObject({ event_payload: { entries: 'sms-role-trust,code-mismatch' } });
    expect(visibleText(posts[0] ?? {})).toMatch(/Also in this message[\s\S]*line 3/);
  });

  it('warns about a JWT in the paste without repeating it', async () => {
    const api = new SlackApiRecorder();
    const jwt =
      'eyJhbGciOiJSUzI1NiIsImtpZCI6ImFiYyJ9.eyJzdWIiOiIxMjM0NTY3OC1hYmNkIiwidG9rZW5fdXNlIjoiYWNjZXNzIn0.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU';
    await lambdaBot().send(messageEvent({ text: `${SESSION_EXPIRED}\nAuthorization: Bearer ${jwt}` }));
    const body = JSON.stringify(api.only('chat.postMessage')[0]);
    expect(body).toContain('JWT');
    expect(body).toContain('consider deleting');
    expect(body).not.toContain(jwt.slice(0, 30));
    expect(body).not.toContain(jwt.split('.')[1]);
  });

  it('survives a 40 KB paste and binary junk with a sensible reply', async () => {
    const api = new SlackApiRecorder();
    const bot = lambdaBot();
    const log = Array.from(
      { length: 400 },
      (_, i) => `2026-11-26T08:00:${String(i % 60).padStart(2, '0')}Z INFO request ${i} ok`,
    );
    log.splice(250, 0, SESSION_EXPIRED);
    const big = log.join('\n').padEnd(40_000, ' filler');
    expect(big.length).toBeGreaterThanOrEqual(40_000);
    await bot.send(messageEvent({ text: big }));
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)).toString('latin1');
    await bot.send(messageEvent({ text: junk, channel_type: 'im', channel: 'D0ALICE001' }));

    const posts = api.only('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[0]?.metadata).toMatchObject({ event_payload: { entry: 'session-expired' } });
    expect(visibleText(posts[0] ?? {})).toContain('line 251');
    expect(visibleText(posts[1] ?? {})).toContain('could not match');
    expect(bot.logger.errors()).toEqual([]);
  });
});

describe('a direct message', () => {
  it('always gets an answer, an honest no-match included', async () => {
    const api = new SlackApiRecorder();
    await lambdaBot().send(messageEvent({ channel: 'D0ALICE001', channel_type: 'im', text: 'my MFA is broken, help' }));
    const [post] = api.only('chat.postMessage');
    expect(post).toMatchObject({ channel: 'D0ALICE001', thread_ts: '1764150000.000100' });
    // No diagnosis to follow up on: the reply carries only its own key (post-once.ts).
    expect(post?.metadata).toEqual({ event_type: 'mfa_reply', event_payload: { reply_key: expect.any(String) } });
    expect(visibleText(post ?? {})).toContain('could not match');
    expect(visibleText(post ?? {})).toContain('/mfa-explain');
  });

  it('answers a prose description that a channel would not get unprompted', async () => {
    const api = new SlackApiRecorder();
    const text = 'the session expires after about 3 minutes on the MFA page';
    await lambdaBot().send(messageEvent({ channel: 'D0ALICE001', channel_type: 'im', text }));
    expect(api.only('chat.postMessage')[0]?.metadata).toMatchObject({ event_payload: { entry: 'session-expired' } });
  });

  it('answers in Japanese when written in Japanese', async () => {
    const api = new SlackApiRecorder();
    const text = `MFA の画面で放置するとこうなります。\n${SESSION_EXPIRED}`;
    await lambdaBot().send(messageEvent({ channel: 'D0ALICE001', channel_type: 'im', text }));
    const post = api.only('chat.postMessage')[0] ?? {};
    expect(post.metadata).toMatchObject({ event_payload: { lang: 'ja' } });
    expect(visibleText(post)).toContain('解決方法');
  });
});

describe('a reply inside a thread', () => {
  it('is answered in that thread only when it holds an error worth an unprompted reply', async () => {
    const api = new SlackApiRecorder();
    const bot = lambdaBot();
    const thread = { thread_ts: '1764140000.000001', parent_user_id: 'U0BOB00001' };
    await bot.send(messageEvent({ ...thread, text: 'did you try turning it off and on again' }));
    expect(api.only('chat.postMessage')).toEqual([]);
    await bot.send(
      messageEvent({ ...thread, text: 'now: CodeMismatchException: Invalid code or auth state for the user.' }),
    );
    expect(api.only('chat.postMessage')).toEqual([expect.objectContaining({ thread_ts: '1764140000.000001' })]);
  });
});
