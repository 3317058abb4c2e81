/**
 * Follow-ups in Slack threads, through the real receiver: signed `message` / `app_mention` events carrying
 * `thread_ts`, and a Slack that serves conversations.replies with the bot's own diagnosis (metadata and buttons).
 */
import { fakeClock } from '../../harness/clock';
import { BOT_ID, BOT_USER_ID, fixture, mentionEvent, messageEvent, visibleText } from '../../harness/slack';
import {
  botDiagnosisMessage,
  CHANNEL,
  nextReplyTs,
  parentMessage,
  SESSION_EXPIRED,
  sessionExpiredThread,
  THREAD_TS,
  threadBot,
  threadsSlack,
} from '../../harness/threads';

/** A person's message in the thread. */
function reply(text: string, extra: Record<string, unknown> = {}) {
  const ts = nextReplyTs();
  return messageEvent({ text, ts, event_ts: ts, thread_ts: THREAD_TS, parent_user_id: 'U0ALICE001', ...extra });
}

function mentionInThread(text: string, ts = nextReplyTs()) {
  return mentionEvent({ text: `<@${BOT_USER_ID}> ${text}`, ts, event_ts: ts, thread_ts: THREAD_TS });
}

interface PostedButton {
  action_id: string;
  value: string;
  text: { text: string };
  /** The block_id of the actions block holding it. */
  block: string;
}

function buttonsOf(post: Record<string, unknown> | undefined): PostedButton[] {
  const blocks = (post?.blocks ?? []) as { type: string; block_id?: string; elements?: PostedButton[] }[];
  return blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) => (b.elements ?? []).map((e) => ({ ...e, block: b.block_id ?? '' })));
}

const metadataOf = (post: Record<string, unknown> | undefined) =>
  (post?.metadata as { event_type: string; event_payload: Record<string, unknown> } | undefined) ?? undefined;

describe('a thread the bot diagnosed (session expired)', () => {
  it('answers a next error pasted bare, with no "error" or "exception" in it, unprompted', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const bot = threadBot();
    await bot.send(reply('User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA'));
    const posts = slack.api.only('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(metadataOf(posts[0])?.event_payload).toMatchObject({ entry: 'totp-no-delivery-config' });
  });

  it('answers "how do I make it longer?" in the thread with the AuthSessionValidity command and the reset warning', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const bot = threadBot();
    await bot.send(reply('how do I make it longer?'));

    const posts = slack.api.only('chat.postMessage');
    expect(posts).toHaveLength(1);
    const [post] = posts;
    expect(post).toMatchObject({ channel: CHANNEL, thread_ts: THREAD_TS });
    const shown = visibleText(post ?? {});
    expect(shown).toContain('AuthSessionValidity');
    expect(shown).toContain('--auth-session-validity 15');
    expect(shown).toMatch(/UpdateUserPoolClient` resets every setting you do not pass/);
    expect(JSON.stringify(post?.blocks)).toContain('Was this helpful?');
    expect(metadataOf(post)).toEqual({
      event_type: 'mfa_diagnosis',
      event_payload: expect.objectContaining({
        entry: 'session-expired',
        lang: 'en',
        followup: 'session-expired/change-duration',
      }),
    });
    // The lookup asked for the thread's first page with metadata.
    expect(slack.lookups()).toEqual([
      expect.objectContaining({ channel: CHANNEL, ts: THREAD_TS, include_all_metadata: 'true', limit: '15' }),
    ]);
    expect(bot.logger.errors()).toEqual([]);
  });

  it('stays out of "thanks, trying that now @alice" without even looking the thread up', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    await threadBot().send(reply('thanks, trying that now <@U0ALICE001>'));
    expect(slack.api.calls).toEqual([]);
  });

  it('stays quiet on questions the people in the thread ask each other', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const bot = threadBot();
    await bot.send(reply('who created that app client?'));
    await bot.send(reply('<@U0BOB00001> can you look at the staging pool?'));
    expect(slack.api.only('chat.postMessage')).toEqual([]);
  });

  it('answers "セッションの時間はどこで変えますか？" in Japanese', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    await threadBot().send(reply('セッションの時間はどこで変えますか？'));
    const [post] = slack.api.only('chat.postMessage');
    const shown = visibleText(post ?? {});
    expect(shown).toContain('認証フローセッション時間');
    expect(shown).toContain('--auth-session-validity 15');
    expect(shown).toContain('デフォルト値に戻します');
    expect(JSON.stringify(post?.blocks)).toContain('役に立ちましたか？');
    expect(post?.thread_ts).toBe(THREAD_TS);
  });

  it('costs one conversations.replies call for several follow-ups (the cache)', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const bot = threadBot();
    await bot.send(reply('how do I make it longer?'));
    await bot.send(reply('does this affect refresh tokens?'));
    await bot.send(reply('what is the default session duration?'));
    const answered = slack.api.only('chat.postMessage').map((p) => metadataOf(p)?.event_payload.followup);
    expect(answered).toEqual([
      'session-expired/change-duration',
      'session-expired/refresh-tokens',
      'session-expired/default-and-range',
    ]);
    expect(slack.lookups()).toHaveLength(1);
  });

  it("asks Slack nothing for the first follow-up to its own answer to a paste: the answer left the thread's context", async () => {
    const slack = threadsSlack({});
    const bot = threadBot();
    await bot.send(messageEvent({ text: SESSION_EXPIRED, ts: THREAD_TS, event_ts: THREAD_TS }));
    await bot.send(reply('how do I make it longer?'));
    expect(slack.lookups()).toEqual([]);
    const [diagnosis, answer] = slack.api.only('chat.postMessage');
    expect(metadataOf(diagnosis)?.event_payload).toMatchObject({ entry: 'session-expired', source: 'channel' });
    expect(metadataOf(answer)?.event_payload).toMatchObject({ followup: 'session-expired/change-duration' });
  });

  it('shares one lookup between follow-ups that arrive at the same time', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const bot = threadBot();
    await Promise.all([
      bot.send(reply('how do I make it longer?')),
      bot.send(reply('does this affect refresh tokens?')),
    ]);
    expect(slack.api.only('chat.postMessage')).toHaveLength(2);
    expect(slack.lookups()).toHaveLength(1);
  });

  it('looks the thread up again once the cache lifetime is over', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const clock = fakeClock();
    const bot = threadBot({ ttlSeconds: 60, app: { threadCacheClock: clock.now } });
    await bot.send(reply('how do I make it longer?'));
    clock.advance(59_000);
    await bot.send(reply('how do I make it longer?'));
    expect(slack.lookups()).toHaveLength(1);
    clock.advance(60_001);
    await bot.send(reply('does this affect refresh tokens?'));
    expect(slack.lookups()).toHaveLength(2);
    expect(slack.api.only('chat.postMessage')).toHaveLength(3);
  });

  it('answers a mention in the thread once, though Slack delivers it as app_mention and as message', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const bot = threadBot();
    const ts = nextReplyTs();
    const text = `<@${BOT_USER_ID}> how long is the session by default`;
    await bot.send(mentionEvent({ text, ts, event_ts: ts, thread_ts: THREAD_TS }));
    await bot.send(messageEvent({ text, ts, event_ts: ts, thread_ts: THREAD_TS }));
    const posts = slack.api.only('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(metadataOf(posts[0])?.event_payload.followup).toBe('session-expired/default-and-range');
    expect(posts[0]?.thread_ts).toBe(THREAD_TS);
  });

  it('"not it" shows the runners-up in the thread and logs the feedback', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const bot = threadBot();
    await bot.send(reply('not it'));
    const [post] = slack.api.only('chat.postMessage');
    expect(visibleText(post ?? {})).toContain('Other entries that could fit');
    expect(post?.thread_ts).toBe(THREAD_TS);
    expect(metadataOf(post)?.event_payload.entry).toBe('session-expired');
    expect(bot.feedback).toEqual([
      expect.objectContaining({ verdict: 'not_it', entry: 'session-expired', user: 'U0ALICE001', channel: CHANNEL }),
    ]);
  });

  it('"日本語で" re-renders the diagnosis in Japanese, and the thread stays in Japanese', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const bot = threadBot();
    await bot.send(reply('日本語で'));
    const [post] = slack.api.only('chat.postMessage');
    expect(visibleText(post ?? {})).toContain('解決方法');
    expect(post?.thread_ts).toBe(THREAD_TS);
    expect(metadataOf(post)?.event_payload).toMatchObject({ entry: 'session-expired', lang: 'ja' });
    // A question that shows no language of its own is answered in the thread's language, now Japanese.
    await bot.send(mentionInThread('AuthSessionValidity?'));
    const answer = slack.api.only('chat.postMessage')[1];
    expect(visibleText(answer ?? {})).toMatch(/[\u3040-\u30ff]/);
    expect(metadataOf(answer)?.event_payload.lang).toBe('ja');
    expect(slack.lookups()).toHaveLength(1);
  });

  it('follows the diagnosis\' "Show in Japanese" button: later follow-ups default to Japanese', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const bot = threadBot();
    await bot.send(reply('how do I make it longer?'));
    const press = fixture<Record<string, unknown>>('block-actions');
    const value = buttonsOf(botDiagnosisMessage()).find((b) => b.action_id === 'diagnosis_language')?.value;
    press.actions = [{ type: 'button', action_id: 'diagnosis_language', block_id: 'diagnosis_actions', value }];
    await bot.send(press);
    expect(slack.api.only('chat.update')).toHaveLength(1);
    await bot.send(mentionInThread('AuthSessionValidity?'));
    const answer = slack.api.only('chat.postMessage')[1];
    expect(metadataOf(answer)?.event_payload.lang).toBe('ja');
    expect(slack.lookups()).toHaveLength(1);
  });

  it('gives a new pasted error a full diagnosis in the thread, and follow-ups then go by the new error', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const bot = threadBot();
    await bot.send(reply('now I get this one:\nCodeMismatchException: Invalid code or auth state for the user.'));
    const [diagnosis] = slack.api.only('chat.postMessage');
    expect(diagnosis?.thread_ts).toBe(THREAD_TS);
    expect(metadataOf(diagnosis)?.event_payload).toMatchObject({ entry: 'code-mismatch', source: 'thread' });
    expect(JSON.stringify(diagnosis?.blocks)).toContain('diagnosis_not_it');

    await bot.send(reply('what is the right call order for the totp setup?'));
    const answer = slack.api.only('chat.postMessage')[1];
    expect(metadataOf(answer)?.event_payload).toMatchObject({ entry: 'code-mismatch' });
    expect(String(metadataOf(answer)?.event_payload.followup)).toMatch(/^code-mismatch\//);
    expect(slack.lookups()).toHaveLength(1);
  });

  it('"check us-east-1_AbC123def" starts the deferred check with the thread\'s finding first, privately', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const bot = threadBot();
    await bot.send(reply('check us-east-1_AbC123def'));
    expect(bot.jobs).toEqual([
      expect.objectContaining({
        kind: 'check',
        // The thread's language, English here, is the report's.
        args: { pool: 'us-east-1_AbC123def', entry: 'session-expired', lang: 'en' },
        reply: { channel: CHANNEL, threadTs: THREAD_TS, user: 'U0ALICE001' },
        requestedBy: expect.objectContaining({ user: 'U0ALICE001', channel: CHANNEL }),
      }),
    ]);
    const [note] = slack.api.only('chat.postEphemeral');
    expect(note).toMatchObject({ channel: CHANNEL, user: 'U0ALICE001', thread_ts: THREAD_TS });
    expect(visibleText(note ?? {})).toContain('Checking `us-east-1_AbC123def`');
    expect(slack.api.only('chat.postMessage')).toEqual([]);
  });

  it('passes a username on to the check', async () => {
    threadsSlack(sessionExpiredThread());
    const bot = threadBot();
    await bot.send(reply('can you check us-east-1_AbC123def for alice@example.com'));
    expect(bot.jobs[0]?.args).toEqual({
      pool: 'us-east-1_AbC123def',
      username: 'alice@example.com',
      entry: 'session-expired',
      lang: 'en',
    });
  });

  it("mentioned and unsure: offers this entry's questions as buttons, and a button posts that answer", async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const bot = threadBot();
    await bot.send(mentionInThread('hmm'));
    const [offer] = slack.api.only('chat.postMessage');
    expect(visibleText(offer ?? {})).toContain(
      'Here is what I can answer about *The sign-in session expired before the MFA step was answered*',
    );
    expect(metadataOf(offer)?.event_payload.entry).toBe('session-expired');
    const button = buttonsOf(offer).find((e) => e.text.text === 'does this affect refresh tokens?');
    expect(button).toBeDefined();

    const press = fixture<Record<string, unknown>>('block-actions');
    press.actions = [
      { type: 'button', action_id: button?.action_id, block_id: 'followup_suggestions', value: button?.value },
    ];
    press.container = {
      type: 'message',
      message_ts: '1764159999.000001',
      channel_id: CHANNEL,
      is_ephemeral: false,
      thread_ts: THREAD_TS,
    };
    press.message = {
      type: 'message',
      ts: '1764159999.000001',
      thread_ts: THREAD_TS,
      bot_id: BOT_ID,
      user: BOT_USER_ID,
    };
    await bot.send(press);
    const answer = slack.api.only('chat.postMessage')[1];
    expect(answer).toMatchObject({ channel: CHANNEL, thread_ts: THREAD_TS });
    expect(visibleText(answer ?? {})).toContain('RefreshTokenValidity');
    expect(metadataOf(answer)?.event_payload).toMatchObject({
      entry: 'session-expired',
      followup: 'session-expired/refresh-tokens',
    });
    expect(slack.lookups()).toHaveLength(1);
  });

  it('"Was this helpful?" logs structured feedback and thanks only the presser', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const bot = threadBot();
    await bot.send(reply('how do I make it longer?'));
    const [answer] = slack.api.only('chat.postMessage');
    const feedback = buttonsOf(answer).filter((e) => e.block === 'followup_feedback');
    expect(feedback.map((e) => e.text.text)).toEqual(['Yes', 'No']);
    for (const element of feedback) {
      const press = fixture<Record<string, unknown>>('block-actions');
      press.actions = [
        { type: 'button', action_id: element.action_id, block_id: 'followup_feedback', value: element.value },
      ];
      // Each press is its own request, with its own trigger_id (the same one is dropped as a replay).
      press.trigger_id = `8123456789014.1.${element.action_id}`;
      await bot.send(press);
    }
    expect(bot.feedback).toEqual([
      expect.objectContaining({
        verdict: 'helpful',
        entry: 'session-expired',
        followUp: 'session-expired/change-duration',
      }),
      expect.objectContaining({ verdict: 'not_helpful', entry: 'session-expired', user: 'U0ALICE001' }),
    ]);
    expect(JSON.stringify(bot.feedback)).not.toContain('longer');
    expect(slack.api.only('chat.postEphemeral')).toHaveLength(2);
  });

  it('says a short word back to "thanks" only when mentioned', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const bot = threadBot();
    await bot.send(reply('thanks!'));
    expect(slack.api.calls).toEqual([]);
    await bot.send(mentionInThread('thanks, that worked'));
    const [post] = slack.api.only('chat.postMessage');
    expect(visibleText(post ?? {})).toContain('Glad it helped');
    expect(metadataOf(post)?.event_payload.entry).toBe('session-expired');
  });

  it('never echoes live mentions or links from the question', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    await threadBot().send(
      mentionInThread('<!channel> <https://evil.example|aws.amazon.com> how do I make it longer?'),
    );
    const body = JSON.stringify(slack.api.only('chat.postMessage'));
    expect(body).toContain('AuthSessionValidity');
    expect(body).not.toContain('<!channel>');
    expect(body).not.toContain('evil.example');
  });

  it('answers follow-ups in a DM thread without a mention', async () => {
    const slack = threadsSlack({
      '1764150000.000777': [
        parentMessage(SESSION_EXPIRED, '1764150000.000777'),
        botDiagnosisMessage(SESSION_EXPIRED, '1764150000.000777'),
      ],
    });
    await threadBot().send(
      messageEvent({
        channel: 'D0ALICE001',
        channel_type: 'im',
        text: 'can I set it longer than 15 minutes',
        ts: nextReplyTs(),
        thread_ts: '1764150000.000777',
      }),
    );
    const [post] = slack.api.only('chat.postMessage');
    expect(post).toMatchObject({ channel: 'D0ALICE001', thread_ts: '1764150000.000777' });
    expect(metadataOf(post)?.event_payload.followup).toBe('session-expired/longer-than-15');
  });
});

describe('a thread the bot never answered', () => {
  it('costs no conversations.replies call for an ordinary message, and gets no reply', async () => {
    const slack = threadsSlack({});
    const bot = threadBot();
    await bot.send(reply('ok, deploying the fix now'));
    await bot.send(reply('lol'));
    expect(slack.api.calls).toEqual([]);
  });

  it('gives a question no reply, and asks Slack once (the negative answer is cached)', async () => {
    const slack = threadsSlack({});
    const bot = threadBot();
    await bot.send(reply('how do I make it longer?'));
    await bot.send(reply('what is the default session duration?'));
    expect(slack.lookups()).toHaveLength(1);
    expect(slack.api.only('chat.postMessage')).toEqual([]);
  });

  it('still answers a pasted catalogue error, as a new post would', async () => {
    const slack = threadsSlack({});
    await threadBot().send(reply('CodeMismatchException: Invalid code or auth state for the user.'));
    const [post] = slack.api.only('chat.postMessage');
    expect(post?.thread_ts).toBe(THREAD_TS);
    expect(metadataOf(post)?.event_payload.entry).toBe('code-mismatch');
  });

  it('answers a mention: a general topic, or the honest no-match', async () => {
    const slack = threadsSlack({});
    const bot = threadBot();
    await bot.send(mentionInThread('what is the difference between SMS and TOTP MFA?'));
    await bot.send(mentionInThread('hello there'));
    const [general, noMatch] = slack.api.only('chat.postMessage');
    // No diagnosis to follow up on: the reply carries only its own key (post-once.ts).
    expect(metadataOf(general)).toEqual({ event_type: 'mfa_reply', event_payload: { reply_key: expect.any(String) } });
    expect(JSON.stringify(general?.blocks)).toContain('general/');
    expect(visibleText(noMatch ?? {})).toContain('could not match');
    expect(slack.lookups()).toHaveLength(1);
  });

  it('ignores a diagnosis another app left in the thread', async () => {
    const other = { ...botDiagnosisMessage(), user: 'U0OTHERBOT', bot_id: 'B0OTHERBOT' };
    const slack = threadsSlack({ [THREAD_TS]: [parentMessage(), other] });
    await threadBot().send(reply('how do I make it longer?'));
    expect(slack.api.only('chat.postMessage')).toEqual([]);
  });
});

describe('when Slack will not say what the thread is about', () => {
  it('stays silent unprompted and logs why (missing scope), asking once', async () => {
    const slack = threadsSlack({}, () => [200, { ok: false, error: 'missing_scope', needed: 'channels:history' }]);
    const bot = threadBot();
    await bot.send(reply('how do I make it longer?'));
    await bot.send(reply('does this affect refresh tokens?'));
    expect(slack.api.only('chat.postMessage')).toEqual([]);
    expect(slack.lookups()).toHaveLength(1);
    expect(bot.logger.lines.some((l) => l.level === 'warn' && l.text.includes('missing_scope'))).toBe(true);
    expect(bot.logger.errors()).toEqual([]);
  });

  it("answers a mention without the thread's context", async () => {
    const slack = threadsSlack({}, () => [200, { ok: false, error: 'not_in_channel' }]);
    await threadBot().send(mentionInThread(SESSION_EXPIRED));
    const [post] = slack.api.only('chat.postMessage');
    expect(metadataOf(post)?.event_payload).toMatchObject({ entry: 'session-expired', source: 'mention' });
  });

  it('does not wait out a rate limit, and does not ask again until Retry-After has passed', async () => {
    const slack = threadsSlack({}, () => [429, { ok: false, error: 'ratelimited' }, { 'retry-after': '30' }]);
    const bot = threadBot();
    // Waiting out Retry-After (30 s) would run past the test's timeout.
    await bot.send(reply('how do I make it longer?'));
    await bot.send(reply('does this affect refresh tokens?'));
    expect(slack.lookups()).toHaveLength(1);
    expect(slack.api.only('chat.postMessage')).toEqual([]);
    expect(bot.logger.lines.some((l) => l.text.includes('ratelimited'))).toBe(true);
  });
});

describe('ALLOWED_CHANNELS', () => {
  it('keeps unprompted follow-ups (and their lookups) to the allowed channels; a mention is answered anywhere', async () => {
    const slack = threadsSlack(sessionExpiredThread());
    const bot = threadBot({ allowedChannels: ['C0SUPPORT1'] });
    await bot.send(reply('how do I make it longer?'));
    expect(slack.api.calls).toEqual([]);
    await bot.send(mentionInThread('how do I make it longer?'));
    expect(slack.api.only('chat.postMessage')).toHaveLength(1);
  });
});
