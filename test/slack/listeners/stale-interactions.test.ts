/**
 * Buttons, shortcuts, forms and commands of an older version (issue 12): real payload shapes of interactions this
 * app does not have, through the signed receiver. Each is acked at once and answered privately in both languages;
 * before, no listener matched and the receiver answered 404 (HTTP mode: after Bolt's 3-second wait).
 */
import type { App } from '@slack/bolt';
import { LISTENED_IDS } from '../../../src/render/blocks/ids';
import { registerListeners } from '../../../src/slack/listeners';
import { lambdaBot } from '../../harness/bots';
import { fixture, SlackApiRecorder, visibleText } from '../../harness/slack';

const STALE_BUTTON_EN = 'This button comes from an older version of the bot; paste the error again.';
const STALE_BUTTON_JA = 'このボタンは古いバージョンのボットのものです。エラーをもう一度貼ってください。';

describe('an interaction this version of the bot does not have', () => {
  it('a button on an old reply: acked at once, answered only to the person, in English and Japanese', async () => {
    const api = new SlackApiRecorder();
    const body = fixture('block-actions-unknown');
    const response = await lambdaBot().send(body);
    expect(response.statusCode).toBe(200);
    expect(api.methods()).toEqual(['respond']);
    const [answer] = api.only('respond');
    expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(answer?.text).toBe(`${STALE_BUTTON_EN}\n${STALE_BUTTON_JA}`);
  });

  it('a button under a Japanese reply puts the Japanese first', async () => {
    const api = new SlackApiRecorder();
    const body = {
      ...fixture('block-actions-unknown'),
      message: { type: 'message', text: 'セッションの有効期限が切れました' },
    };
    await lambdaBot().send(body);
    expect(api.only('respond')[0]?.text).toBe(`${STALE_BUTTON_JA}\n${STALE_BUTTON_EN}`);
  });

  it('a message shortcut the app no longer has: told privately what to use instead', async () => {
    const api = new SlackApiRecorder();
    const response = await lambdaBot().send(fixture('message-shortcut-unknown'));
    expect(response.statusCode).toBe(200);
    expect(api.methods()).toEqual(['respond']);
    const text = String(api.only('respond')[0]?.text);
    expect(text).toContain('This shortcut comes from an older version of the bot');
    expect(text).toContain('*Diagnose this error*');
    expect(text).toContain('このショートカットは古いバージョンのボットのものです');
  });

  it('a global shortcut (no message, no response_url): a small modal says it', async () => {
    const api = new SlackApiRecorder();
    const body = fixture('global-shortcut-unknown');
    const response = await lambdaBot().send(body);
    expect(response.statusCode).toBe(200);
    expect(api.methods()).toEqual(['views.open']);
    const [open] = api.only('views.open');
    expect(open?.trigger_id).toBe(body.trigger_id);
    expect(JSON.stringify(open?.view)).toContain('This shortcut comes from an older version of the bot');
  });

  it('a slash command the app does not have: answered in the ack, naming the two it has', async () => {
    const api = new SlackApiRecorder();
    const response = await lambdaBot().send(fixture('slash-command-unknown'));
    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body) as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('This app has no `/webhook-collect` command');
    expect(body.text).toContain('`/mfa-explain <error>`');
    expect(body.text).toContain('`/webhook-collect` コマンドはありません');
    expect(api.calls).toEqual([]);
  });

  it('a form of a modal the app no longer has: the modal says so instead of an error', async () => {
    const submission = fixture<{ view: Record<string, unknown> }>('view-submission');
    const body = { ...submission, view: { ...submission.view, callback_id: 'explain_modal_submit' } };
    const response = await lambdaBot().send(body);
    expect(response.statusCode).toBe(200);
    const answer = JSON.parse(response.body) as { response_action: string; view: { blocks: unknown[] } };
    expect(answer.response_action).toBe('update');
    expect(visibleText(answer.view as Record<string, unknown>)).toContain(
      'This form comes from an older version of the bot',
    );
  });

  it('a known button still reaches its own listener, and only it', async () => {
    const api = new SlackApiRecorder();
    const response = await lambdaBot().send(fixture('block-actions'));
    expect(response.statusCode).toBe(200);
    expect(api.calls.map((c) => String(c.args.text ?? ''))).not.toContainEqual(
      expect.stringContaining('older version'),
    );
  });
});

type Constraint = string | RegExp | { action_id?: string | RegExp; callback_id?: string | RegExp };

describe('the ids treated as current are exactly the ones listeners are registered for', () => {
  const seen = { actions: [] as Constraint[], shortcuts: [] as Constraint[], views: [] as Constraint[] };
  const commands: Constraint[] = [];
  const recorder = {
    action: (c: Constraint) => seen.actions.push(c),
    shortcut: (c: Constraint) => seen.shortcuts.push(c),
    view: (c: Constraint) => seen.views.push(c),
    command: (c: Constraint) => commands.push(c),
    event: () => undefined,
    message: () => undefined,
    use: () => undefined,
  };
  registerListeners(recorder as unknown as App);
  const plain = (c: Constraint) =>
    typeof c === 'object' && !(c instanceof RegExp) ? (c.action_id ?? c.callback_id) : c;

  it.each(['actions', 'shortcuts', 'views'] as const)('%s', (kind) => {
    const registered = seen[kind].map(plain);
    expect(registered).toHaveLength(LISTENED_IDS[kind].length);
    expect(registered).toEqual(expect.arrayContaining([...LISTENED_IDS[kind]]));
  });

  it('commands', () => {
    expect(commands).toEqual([...LISTENED_IDS.commands]);
  });
});
