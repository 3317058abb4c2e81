/**
 * Errors that do not arrive as a person's plain text (issue 12): a forwarded message, an app's alert whose error is
 * only in its attachments or blocks, a composer-formatted message. Real payload shapes (test/fixtures/slack/,
 * SOURCES.md) through the signed receiver; before, the bot read `text` alone and answered none of them.
 */
import { readMessage } from '../../../src/slack/read/message';
import { lambdaBot } from '../../harness/bots';
import { fixture, nextEventId, SlackApiRecorder, visibleText } from '../../harness/slack';

type EventBody = { event: Record<string, unknown> } & Record<string, unknown>;
type ShortcutBody = { message: Record<string, unknown> } & Record<string, unknown>;

const TRUST_LINE =
  'SMS MFA broke in prod after the IAM cleanup: InvalidSmsRoleTrustRelationshipException: Role does not have a trust relationship allowing Cognito to assume the role';

function event(name: string, fields: Record<string, unknown> = {}): EventBody {
  const body = fixture<EventBody>(name);
  return { ...body, event_id: nextEventId(), event: { ...body.event, ...fields } };
}

describe('a forwarded message', () => {
  it('without a comment (text empty, the error in the share) is diagnosed like a paste, pointing into the share', async () => {
    const api = new SlackApiRecorder();
    const response = await lambdaBot().send(event('message-forwarded'));
    expect(response.statusCode).toBe(200);
    const posts = api.only('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ channel: 'C0DEVOPS01', thread_ts: '1764150500.000200' });
    expect(posts[0]?.metadata).toMatchObject({ event_payload: { entry: 'sms-role-trust', source: 'channel' } });
    expect(visibleText(posts[0] ?? {})).toContain('in line 1 of the forwarded message.');
  });

  it('with a comment: the comment and the share are read, the evidence names the share', async () => {
    const api = new SlackApiRecorder();
    await lambdaBot().send(event('message-forwarded-with-comment'));
    const [post] = api.only('chat.postMessage');
    expect(post?.metadata).toMatchObject({ event_payload: { entry: 'sms-role-trust' } });
    expect(visibleText(post ?? {})).toContain('in line 1 of the forwarded message.');
  });

  it('in Japanese, the evidence names the share in Japanese', async () => {
    const api = new SlackApiRecorder();
    const body = event('message-forwarded-with-comment', {
      text: 'これは何のエラーでしょうか？本番で急に出始めました',
    });
    delete body.event.blocks;
    await lambdaBot().send({ ...body, event: { ...body.event, channel_type: 'im', channel: 'D0ALICE001' } });
    const text = visibleText(api.only('chat.postMessage')[0] ?? {});
    expect(text).toContain('転送されたメッセージの 1 行目の');
  });

  it('as a reply inside a thread is answered there', async () => {
    const api = new SlackApiRecorder();
    await lambdaBot().send(event('message-forwarded', { thread_ts: '1764140000.000001' }));
    expect(api.only('chat.postMessage')).toEqual([
      expect.objectContaining({ thread_ts: '1764140000.000001', metadata: expect.anything() }),
    ]);
  });

  it('in a mention: the bot reads what was forwarded to it', async () => {
    const api = new SlackApiRecorder();
    const forwarded = fixture<EventBody>('message-forwarded').event;
    await lambdaBot().send(
      event('app-mention-event', { text: '<@U0MFABOT01> seen this?', attachments: forwarded.attachments }),
    );
    expect(api.only('chat.postMessage')[0]?.metadata).toMatchObject({
      event_payload: { entry: 'sms-role-trust', source: 'mention' },
    });
  });
});

describe('the Diagnose this error shortcut on an app’s post', () => {
  async function shortcutModal(body: Record<string, unknown>) {
    const api = new SlackApiRecorder();
    const bot = lambdaBot();
    await bot.send(body);
    const view = api.only('views.open')[0]?.view as { private_metadata: string; blocks: unknown[] };
    return { api, bot, view, shown: JSON.stringify(view.blocks) };
  }

  it('finds the error that is only in the attachment (an unfurled message with a snippet)', async () => {
    const { shown } = await shortcutModal(fixture('message-shortcut-bot-attachments'));
    expect(shown).toContain('I found');
    expect(shown).toContain('The code sent while setting up TOTP does not match the secret');
    expect(shown).not.toContain('could not match');
  });

  it('finds the errors of blocks and attachments of one post, and the answer points into each', async () => {
    const blocks = fixture<ShortcutBody>('message-shortcut-bot-blocks');
    const attachments = fixture<ShortcutBody>('message-shortcut-bot-attachments').message.attachments;
    // No public capture holds both; Slack allows both on one message (SOURCES.md).
    const body = { ...blocks, message: { ...blocks.message, text: '', attachments } };
    const { api, bot, view } = await shortcutModal(body);
    const submission = fixture<{ view: Record<string, unknown> }>('view-submission');
    submission.view.private_metadata = view.private_metadata;
    await bot.send(submission);
    const answer = visibleText(api.only('chat.postEphemeral')[0] ?? {});
    expect(answer).toContain('The sign-in session expired before the MFA step was answered');
    expect(answer).toMatch(/Also in this message[\s\S]*in line 1 of the linked message\./);
  });
});

describe('reading a message whole', () => {
  const read = (name: string) => readMessage(fixture<EventBody>(name).event).text;

  it('reads a composer-formatted message once: the blocks, not also the text that repeats them', () => {
    const text = read('message-rich-text');
    expect(text.match(/SoftwareTokenMFANotFoundException/g)).toHaveLength(1);
    expect(text).toContain('• set up TOTP in the new app\n• scan the QR code');
    expect(text).toContain('1. sign in\n2. choose the authenticator app\n3. boom');
    expect(text).toContain('> the setup screen says the pool does not allow it');
    expect(text).toContain(
      '```\nSoftwareTokenMFANotFoundException: Software Token MFA has not been enabled by the userPool.',
    );
  });

  it('reads an alert’s attachment: pretext, title, text and every field', () => {
    const text = read('alert-webhook-attachments');
    expect(text.split('\n')).toEqual([
      'Error rate alarm',
      'MFA sign-in failures',
      'MFA sign-in failures in the last 5 minutes: 37',
      '```CodeMismatchException: Invalid code or auth state for the user.```',
      'Function: prod-auth-respond-to-challenge',
      'Error: CodeMismatchException: Invalid code or auth state for the user.',
      'Region: us-east-1',
    ]);
  });

  it('reads a field that is the only place of the error (a CloudWatch alarm)', () => {
    expect(read('alert-cloudwatch-webhook')).toContain(
      'Alarm Description: `InvalidSmsRoleAccessPolicyException: Role does not have permission to publish with SNS`',
    );
  });

  it('reads an app’s blocks once when its text is the fallback that repeats them, and both when it is not', () => {
    const sentry = read('alert-sentry-blocks');
    expect(sentry).not.toContain('[auth-api]');
    expect(sentry).toContain('```Invalid session for the user, session is expired.```');
    const ci = read('alert-blocks-header-fields');
    expect(ci.split('\n').slice(0, 3)).toEqual([
      'CircleCI job failed.',
      'Job Failed. :red_circle:',
      '*Job*: e2e-mfa-sign-in',
    ]);
    expect(ci).toContain('*Error*: SoftwareTokenMFANotFoundException');
  });

  it('counts each line in its own part', () => {
    const reading = readMessage(fixture<EventBody>('message-forwarded-with-comment').event);
    expect(reading.text).toBe(`any idea what this is?\n\n${TRUST_LINE}`);
    expect(reading.locate(1)).toEqual({ part: 'message', line: 1 });
    expect(reading.locate(3)).toEqual({ part: 'forwarded', line: 1 });
  });

  it('keeps line numbers when the bot’s mention is left out', () => {
    const reading = readMessage({ text: '<@U0MFABOT01>\nline two' }, { withoutMention: 'U0MFABOT01' });
    expect(reading.text.split('\n')[1]).toBe('line two');
  });

  it('survives shapes no app sends, and stops at its cap', () => {
    const odd = [
      null,
      1,
      'x',
      { type: 'section', text: 7 },
      { type: 'rich_text', elements: [null, { type: 'rich_text_list' }] },
    ];
    expect(() => readMessage({ text: 3, blocks: odd, attachments: odd })).not.toThrow();
    const huge = { attachments: Array.from({ length: 100 }, () => ({ text: 'x'.repeat(8000) })) };
    expect(readMessage(huge).text.length).toBeLessThanOrEqual(64 * 1024);
  });
});
