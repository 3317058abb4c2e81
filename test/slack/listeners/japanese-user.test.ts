/**
 * A Japanese user meets no English sentence (test/harness/english-runs.ts) anywhere the bot chooses the language
 * from them: where there is no text to tell it from, their Slack locale (users.info answers ja-JP here): App Home,
 * a bare mention, /mfa-explain's usage, the Check a user pool modal (which carries the language to its submission);
 * where there is, the diagnosed message's language: the Diagnose this error modal and the note that the bot is not
 * in the channel. Slack's Web API is intercepted with nock.
 */
import nock from 'nock';
import { inProcessBot } from '../../harness/bots';
import { captureAuditLines } from '../../harness/capture';
import { useFakeAwsCredentials } from '../../harness/deferred';
import { englishRuns } from '../../harness/english-runs';
import { fixture, mentionEvent, messageEvent, nextEventId, SlackApiRecorder } from '../../harness/slack';

useFakeAwsCredentials('eu-west-1');

/** Every users.info answers with a ja-JP locale. Registered before the recorder, so it answers first. */
function japaneseLocale(): void {
  nock('https://slack.com')
    .persist()
    .post('/api/users.info')
    .reply(200, (_uri, body) => ({
      ok: true,
      user: { id: new URLSearchParams(String(body)).get('user'), locale: 'ja-JP' },
    }));
}

/** Every text a person reads in a view or message: plain_text and mrkdwn alike, labels, hints and buttons. */
const texts = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(texts)
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => (k === 'text' && typeof v === 'string' ? [v] : texts(v)))
      : [];

const english = (value: unknown) => texts(value).flatMap(englishRuns);

/** The catalogue's own names stay as they are (the shortcut's name in Slack's menu is one). */
const SHORTCUT_NAME = /Diagnose this error/g;

const JAPANESE_ERROR =
  'ログインで NotAuthorizedException: Invalid session for the user, session is expired. というエラーが出ます';

beforeEach(() => {
  captureAuditLines();
});

describe('a Japanese user', () => {
  it('sees App Home in Japanese, the catalogue titles too', async () => {
    japaneseLocale();
    const slack = new SlackApiRecorder();
    const body = fixture<Record<string, unknown>>('app-mention-event');
    await inProcessBot().send({
      ...body,
      event_id: nextEventId(),
      event: { type: 'app_home_opened', user: 'U0ALICE001', channel: 'D0DIRECT01', tab: 'home', event_ts: '1.2' },
    });
    const [publish] = slack.only('views.publish');
    const shown = texts(publish?.view).map((t) => t.replace(SHORTCUT_NAME, ''));
    expect(shown.join('\n')).toContain('使い方');
    expect(shown.flatMap(englishRuns)).toEqual([]);
  });

  it('gets what the bot can do in Japanese for a bare mention', async () => {
    japaneseLocale();
    const slack = new SlackApiRecorder();
    await inProcessBot().send(mentionEvent({ text: '<@U0MFABOT01>' }));
    const [post] = slack.only('chat.postMessage');
    expect(String(post?.text)).toMatch(/できること/);
    const shown = [String(post?.text), ...texts(post?.blocks)].map((t) => t.replace(SHORTCUT_NAME, ''));
    expect(shown.flatMap(englishRuns)).toEqual([]);
  });

  it("gets /mfa-explain's usage in Japanese", async () => {
    japaneseLocale();
    new SlackApiRecorder();
    const { ack } = await inProcessBot().send({ ...fixture('slash-command'), text: '' });
    expect(ack.text).toMatch(/^使い方/);
    expect(english([ack.text, ack.blocks])).toEqual([]);
  });

  it('gets the Check a user pool modal in Japanese, and its refusal in Japanese from the language it carries', async () => {
    japaneseLocale();
    const slack = new SlackApiRecorder();
    const actions = fixture<Record<string, unknown>>('block-actions');
    const bot = inProcessBot();
    await bot.send({
      ...actions,
      actions: [{ action_id: 'diagnosis_check_pool', block_id: 'b', type: 'button', value: 'session-expired' }],
    });
    const [open] = slack.only('views.open');
    const view = open?.view as { title: { text: string }; private_metadata: string };
    expect(view.title.text).toBe('ユーザープールを確認');
    expect(english(view)).toEqual([]);
    expect(JSON.parse(view.private_metadata)).toMatchObject({ lang: 'ja' });

    // The submission needs no second look-up: the modal said which language it was in.
    nock.cleanAll();
    new SlackApiRecorder();
    const submission = fixture<{ view: Record<string, unknown> }>('view-submission');
    const { ack } = await bot.send({
      ...submission,
      view: {
        ...submission.view,
        callback_id: 'check_pool_submit',
        private_metadata: view.private_metadata,
        state: { values: { pool: { value: { type: 'plain_text_input', value: 'my pool' } }, username: {} } },
      },
    });
    expect(ack.response_action).toBe('errors');
    const reason = String(Object.values(ack.errors as Record<string, string>)[0]);
    expect(reason).toMatch(/[\u3040-\u30ff]/);
    expect(englishRuns(reason.replace('my pool', ''))).toEqual([]);
  });
});

describe('a reply to Japanese text', () => {
  it('has a Japanese notification text (the fallback Slack shows in notifications and screen readers)', async () => {
    const slack = new SlackApiRecorder();
    await inProcessBot().send(messageEvent({ text: JAPANESE_ERROR, channel_type: 'im', channel: 'D0DIRECT01' }));
    const [post] = slack.only('chat.postMessage');
    expect(String(post?.text)).toMatch(/[\u3040-\u30ff]/);
    expect(englishRuns(String(post?.text))).toEqual([]);
  });
});

describe('Diagnose this error on a Japanese message', () => {
  async function shortcut(slack: SlackApiRecorder, bot: ReturnType<typeof inProcessBot>) {
    const body = fixture<{ message: Record<string, unknown> }>('message-shortcut');
    await bot.send({ ...body, message: { ...body.message, text: JAPANESE_ERROR } });
    const [open] = slack.only('views.open');
    return open?.view as { title: { text: string }; private_metadata: string };
  }

  it('opens a Japanese modal', async () => {
    const slack = new SlackApiRecorder();
    const view = await shortcut(slack, inProcessBot());
    expect(view.title.text).toBe('このエラーを診断');
    expect(texts(view).join('\n')).toContain('見つかったもの');
    expect(english(view)).toEqual([]);
  });

  it('says in Japanese that the bot is not in the channel, above the private answer', async () => {
    const slack = new SlackApiRecorder();
    const bot = inProcessBot();
    const view = await shortcut(slack, bot);
    slack.fail('chat.postMessage', 'not_in_channel', (args) => args.channel === 'C0DEVOPS01');
    const submission = fixture<{ view: Record<string, unknown> }>('view-submission');
    await bot.send({
      ...submission,
      view: {
        ...submission.view,
        private_metadata: view.private_metadata,
        state: { values: { visibility: { choice: { type: 'radio_buttons', selected_option: { value: 'thread' } } } } },
      },
    });
    const dm = slack.only('chat.postMessage').find((args) => args.channel !== 'C0DEVOPS01');
    const [note] = texts(dm?.blocks);
    expect(note).toMatch(/メンバーではない/);
    expect(englishRuns(note ?? '')).toEqual([]);
  });
});
