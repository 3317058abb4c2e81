/**
 * Which language /mfa-check answers in (issue 11): a language word in the command wins (`--lang en|ja`, a bare `ja`),
 * else the requester's Slack locale (users.info with include_locale, read once per person per hour), else English.
 * Share in channel keeps the language of the report it is under; Check a user pool follows the presser's locale.
 * Slack's Web API is intercepted with nock; users.info answers with the locale each test gives.
 */

import { WebClient } from '@slack/web-api';
import nock from 'nock';
import { createRequesterLang } from '../../../../src/slack/requester-lang';
import { POOL_ID, serve } from '../../../harness/aws-wire';
import { inProcessBot } from '../../../harness/bots';
import { captureAuditLines } from '../../../harness/capture';
import { useFakeAwsCredentials } from '../../../harness/deferred';
import { englishRuns } from '../../../harness/english-runs';
import { recordingLogger } from '../../../harness/logger';
import { fixture, SlackApiRecorder } from '../../../harness/slack';

useFakeAwsCredentials('eu-west-1');

/** users.info answers with `locale` (or an error), counting the calls. */
function usersInfo(answer: { locale: string } | { error: string }): { calls: Record<string, string>[] } {
  const calls: Record<string, string>[] = [];
  nock('https://slack.com')
    .persist()
    .post('/api/users.info', (body) => {
      calls.push(body);
      return true;
    })
    .reply(200, () =>
      'error' in answer
        ? { ok: false, error: answer.error }
        : { ok: true, user: { id: 'U0ALICE001', locale: answer.locale } },
    );
  return { calls };
}

let sent = 0;
/** Each command its own trigger_id: a repeated one is a replay, dropped before any listener. */
function command(text: string) {
  sent += 1;
  return { ...fixture('slash-command'), command: '/mfa-check', text, trigger_id: `13345224609.738474920.lang${sent}` };
}

const texts = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(texts)
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => (k === 'text' && typeof v === 'string' ? [v] : texts(v)))
      : [];

beforeEach(() => {
  captureAuditLines();
});

describe('/mfa-check answers in the requester language', () => {
  it('from a ja-JP Slack locale: a Japanese ack and a Japanese report, the locale read once', async () => {
    const info = usersInfo({ locale: 'ja-JP' });
    serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    const { ack } = await send(command(`${POOL_ID} alice`));
    expect(ack.text).toBe(
      `\`${POOL_ID}\` とユーザー \`alice\` をチェックしています… レポートはここに、あなたにだけ表示されます。`,
    );
    await idle();
    const [report] = slack.only('respond');
    expect(String(report?.text)).toMatch(/^MFA チェック: /);
    expect(texts(report?.blocks).flatMap(englishRuns)).toEqual([]);
    expect(info.calls).toEqual([expect.objectContaining({ user: 'U0ALICE001', include_locale: 'true' })]);

    await send(command(POOL_ID));
    await idle();
    expect(info.calls).toHaveLength(1);
  });

  it('in English for an en-US locale', async () => {
    usersInfo({ locale: 'en-US' });
    serve();
    new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    expect((await send(command(POOL_ID))).ack.text).toMatch(/^Checking `eu-west-1_AbCdEfGhI`/);
    await idle();
  });

  it('a language word wins over the locale, and then Slack is not asked', async () => {
    const ja = usersInfo({ locale: 'ja-JP' });
    serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    expect((await send(command(`--lang en ${POOL_ID}`))).ack.text).toMatch(/^Checking /);
    expect((await send(command(`${POOL_ID} --lang=en`))).ack.text).toMatch(/^Checking /);
    expect(ja.calls).toEqual([]);
    await idle();
    expect(slack.only('respond').map((r) => String(r.text).slice(0, 10))).toEqual(['MFA check:', 'MFA check:']);
  });

  it('a bare ja asks for Japanese wherever it stands; with --lang, "ja" is an ordinary word (a username)', async () => {
    const en = usersInfo({ locale: 'en-US' });
    serve();
    new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    expect((await send(command(`ja ${POOL_ID}`))).ack.text).toMatch(/をチェックしています/);
    expect((await send(command(`${POOL_ID} alice 日本語`))).ack.text).toMatch(
      /とユーザー `alice` をチェックしています/,
    );
    expect((await send(command(`--lang en ${POOL_ID} ja`))).ack.text).toBe(
      `Checking \`${POOL_ID}\` and user \`ja\` ... the report will appear here, only to you.`,
    );
    expect(en.calls).toEqual([]);
    await idle();
  });

  it('says what --lang takes, in the locale, and checks nothing', async () => {
    usersInfo({ locale: 'ja-JP' });
    const aws = serve();
    new SlackApiRecorder();
    const { ack } = await inProcessBot().send(command(`--lang fr ${POOL_ID}`));
    expect(ack.text).toMatch(/^--lang には en か ja を指定します。\n/);
    expect(aws.calls).toEqual([]);
  });

  it('falls back to English when Slack will not say (no users:read scope), says why in the log, and asks once', async () => {
    const info = usersInfo({ error: 'missing_scope' });
    serve();
    new SlackApiRecorder();
    const { send, idle, logger } = inProcessBot();
    expect((await send(command(POOL_ID))).ack.text).toMatch(/^Checking /);
    expect((await send(command(POOL_ID))).ack.text).toMatch(/^Checking /);
    await idle();
    expect(info.calls).toHaveLength(1);
    expect(logger.lines.filter((l) => l.level === 'warn').map((l) => l.text)).toContainEqual(
      expect.stringContaining('missing_scope: add the users:read scope'),
    );
  });
});

describe('Share in channel and Check a user pool follow the same rule', () => {
  const press = (value: string) => ({
    ...fixture('block-actions'),
    container: { type: 'message', message_ts: '1764150001.000900', channel_id: 'C0DEVOPS01', is_ephemeral: true },
    message: undefined,
    actions: [{ action_id: 'mfa_check_share', block_id: 'mfa_check_actions', type: 'button', value, action_ts: '1.2' }],
  });

  it("the private report's Share button carries its language, and the shared report keeps it", async () => {
    const info = usersInfo({ locale: 'en-US' });
    serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    await send(command(`ja ${POOL_ID}`));
    await idle();
    const [report] = slack.only('respond');
    const button = JSON.stringify(report?.blocks)
      .match(/"value":"(\{[^}]*\})"/)?.[1]
      ?.replace(/\\"/g, '"');
    expect(JSON.parse(String(button))).toEqual({ pool: POOL_ID, lang: 'ja' });
    await send(press(String(button)));
    await idle();
    const [, shared] = slack.only('respond');
    expect(shared).toMatchObject({ response_type: 'in_channel' });
    expect(String(shared?.text)).toMatch(/^MFA チェック: /);
    expect(JSON.stringify(shared?.blocks)).toContain('<@U0ALICE001> さんが共有しました');
    expect(info.calls).toEqual([]);
  });

  it("a button from before it carried one follows the presser's locale", async () => {
    usersInfo({ locale: 'ja-JP' });
    serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    await send(press(JSON.stringify({ pool: POOL_ID })));
    await idle();
    expect(String(slack.only('respond')[0]?.text)).toMatch(/^MFA チェック: /);
  });

  it("Check a user pool answers in the presser's locale", async () => {
    usersInfo({ locale: 'ja-JP' });
    serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    const body = fixture<{ view: Record<string, unknown> }>('view-submission');
    await send({
      ...body,
      view: {
        ...body.view,
        callback_id: 'check_pool_submit',
        private_metadata: JSON.stringify({
          channel: 'C0DEVOPS01',
          threadTs: '1764150000.000100',
          entry: 'session-expired',
        }),
        state: {
          values: {
            pool: { value: { type: 'plain_text_input', value: POOL_ID } },
            username: { value: { type: 'plain_text_input', value: null } },
          },
        },
      },
    });
    await idle();
    const [checking, report] = slack.only('chat.postEphemeral');
    expect(String(checking?.text)).toMatch(/をチェックしています/);
    expect(String(report?.text)).toMatch(/^MFA チェック: /);
  });
});

describe('the locale lookup', () => {
  it('reads each person once an hour, and again after', async () => {
    const info = usersInfo({ locale: 'ja-JP' });
    let now = 1_000_000;
    const lookup = createRequesterLang({ now: () => now });
    const client = new WebClient('xoxb-test', { retryConfig: { retries: 0 } });
    const logger = recordingLogger();
    expect(await lookup.of('U0ALICE001', 'T1', client, 'xoxb-test', logger)).toBe('ja');
    now += 59 * 60 * 1000;
    expect(await lookup.of('U0ALICE001', 'T1', client, 'xoxb-test', logger)).toBe('ja');
    expect(info.calls).toHaveLength(1);
    now += 2 * 60 * 1000;
    await lookup.of('U0ALICE001', 'T1', client, 'xoxb-test', logger);
    expect(info.calls).toHaveLength(2);
  });
});
