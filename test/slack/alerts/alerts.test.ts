/**
 * Alert channels (issue 12): with ALERT_CHANNELS (and optionally ALERT_BOTS) the bot answers other apps' posts there,
 * in the alert's thread, when it is confident, once per error, and counts repeats into that answer; it never answers
 * itself, another instance of itself, or a bot inside a thread it answered. Real shapes of app posts (a webhook's
 * attachments, a CloudWatch alarm, an app's incident post, Sentry's and CircleCI's blocks) through the signed receiver.
 */
import { createDynamoDbAlertLedger, withLocalFallback } from '../../../src/slack/alerts/dynamodb';
import { ALERT_WINDOW_MS, createMemoryAlertLedger } from '../../../src/slack/alerts/ledger';
import { lambdaBot } from '../../harness/bots';
import { useFakeAwsCredentials } from '../../harness/deferred';
import { dynamoDbTable } from '../../harness/dynamodb-table';
import { RecordingLogger } from '../../harness/logger';
import { fixture, nextEventId, SlackApiRecorder, visibleText } from '../../harness/slack';
import { botDiagnosisMessage, parentMessage, threadBot, threadsSlack } from '../../harness/threads';

useFakeAwsCredentials('eu-west-1');

type EventBody = { event: Record<string, unknown> } & Record<string, unknown>;

const ALERTS = 'C0ALERTS01';

function event(name: string, fields: Record<string, unknown> = {}): EventBody {
  const body = fixture<EventBody>(name);
  return { ...body, event_id: nextEventId(), event: { ...body.event, ...fields } };
}

const alertBot = (alerts: { channels?: string[]; bots?: string[] } = { channels: [ALERTS] }) =>
  lambdaBot({ app: { alerts } });

describe('an app’s post in an alert channel', () => {
  it.each([
    ['a webhook’s attachment (text and fields)', 'alert-webhook-attachments', 'code-mismatch', '1764150620.000400'],
    [
      'a CloudWatch alarm whose error is only in a field',
      'alert-cloudwatch-webhook',
      'sms-role-access-policy',
      '1764150700.000500',
    ],
    ['an app’s incident post (attachment text)', 'alert-app-attachments', 'sms-role-trust', '1764150760.000600'],
    ['Sentry’s blocks', 'alert-sentry-blocks', 'session-expired', '1764150820.000700'],
    [
      'a CircleCI post whose error is in a section field',
      'alert-blocks-header-fields',
      'totp-not-enabled-in-pool',
      '1764150880.000800',
    ],
  ])('%s is answered in the alert’s thread', async (_name, name, entry, ts) => {
    const api = new SlackApiRecorder();
    const response = await alertBot().send(event(name));
    expect(response.statusCode).toBe(200);
    const posts = api.only('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ channel: ALERTS, thread_ts: ts });
    expect(posts[0]?.metadata).toMatchObject({ event_payload: { entry, source: 'alert' } });
  });

  it('points the evidence into the attachment it quotes', async () => {
    const api = new SlackApiRecorder();
    await alertBot().send(event('alert-cloudwatch-webhook'));
    expect(visibleText(api.only('chat.postMessage')[0] ?? {})).toMatch(/in line \d+ of the attachment\./);
  });

  it('is left alone without ALERT_CHANNELS, in another channel, and from an app ALERT_BOTS does not name', async () => {
    const api = new SlackApiRecorder();
    await lambdaBot().send(event('alert-sentry-blocks'));
    await alertBot({ channels: ['C0OTHER001'] }).send(event('alert-sentry-blocks'));
    await alertBot({ channels: [ALERTS], bots: ['B0SENTRY01'] }).send(event('alert-webhook-attachments'));
    expect(api.calls).toEqual([]);
  });

  it('is answered from an app ALERT_BOTS names by bot id or by app id', async () => {
    const api = new SlackApiRecorder();
    await alertBot({ channels: [ALERTS], bots: ['B0WEBHOOK1'] }).send(event('alert-webhook-attachments'));
    await alertBot({ channels: [ALERTS], bots: ['A0OTHERAPP'] }).send(event('alert-app-attachments'));
    expect(api.only('chat.postMessage')).toHaveLength(2);
  });

  it('is not answered when the bot is not confident', async () => {
    const api = new SlackApiRecorder();
    await alertBot().send(event('alert-sentry-blocks', { text: 'CPU above 90% on auth-api', blocks: [] }));
    expect(api.calls).toEqual([]);
  });
});

describe('no loops', () => {
  it('never answers its own reply, in either shape Slack delivers it', async () => {
    const api = new SlackApiRecorder();
    const bot = alertBot();
    await bot.send(event('own-bot-reply-in-thread', { channel: ALERTS }));
    await bot.send(event('own-bot-message-subtype-in-thread', { channel: ALERTS }));
    expect(api.calls).toEqual([]);
  });

  it('never answers another instance of itself (a dev app next to production): its buttons give it away', async () => {
    const api = new SlackApiRecorder();
    const other = {
      bot_id: 'B0DEVBOT01',
      user: 'U0DEVBOT01',
      app_id: 'A0DEVAPP01',
      bot_profile: { id: 'B0DEVBOT01', app_id: 'A0DEVAPP01', name: 'Cognito MFA Bot (dev)' },
      channel: ALERTS,
    };
    const body = event('own-bot-reply-in-thread', other);
    // The other instance's reply, top-level (an app that echoes it would post it so).
    delete body.event.thread_ts;
    await alertBot().send(body);
    expect(api.calls).toEqual([]);
  });

  it('never answers or counts a bot’s post in a thread it already answered', async () => {
    const thread = '1764150620.000400';
    const slack = threadsSlack({
      [thread]: [
        parentMessage('alert', thread),
        botDiagnosisMessage('CodeMismatchException: Invalid code or auth state for the user.', thread),
      ],
    });
    const bot = threadBot({ app: { alerts: { channels: [ALERTS] } } });
    await bot.send(event('alert-webhook-attachments', { ts: '1764150680.000900', thread_ts: thread }));
    expect(slack.lookups()).toHaveLength(1);
    expect(slack.api.only('chat.postMessage')).toEqual([]);
    expect(slack.api.only('chat.update')).toEqual([]);
  });

  it('ignores edits, which is all its own counting ever makes', async () => {
    const api = new SlackApiRecorder();
    await alertBot().send(event('message-changed', { channel: ALERTS }));
    expect(api.calls).toEqual([]);
  });
});

describe('a repeating alarm', () => {
  const repeat = (i: number) =>
    event('alert-cloudwatch-webhook', {
      ts: `${1764150700 + 60 * i}.000500`,
      event_ts: `${1764150700 + 60 * i}.000500`,
    });

  it('is answered once; each repeat edits “seen N times since” into that answer', async () => {
    const api = new SlackApiRecorder();
    const bot = alertBot();
    for (let i = 0; i < 3; i++) await bot.send(repeat(i));
    const [answer] = api.only('chat.postMessage');
    expect(api.only('chat.postMessage')).toHaveLength(1);
    const updates = api.only('chat.update');
    expect(updates.map((u) => u.ts)).toEqual(['1764159999.000001', '1764159999.000001']);
    expect(visibleText(updates[1] ?? {})).toContain(
      ':repeat: Seen 3 times since <!date^1764150700^{date_short_pretty} {time}|2025-11-26 09:51 UTC>.',
    );
    // The first answer is what is shown again, with its evidence.
    expect(visibleText(updates[1] ?? {})).toContain(
      visibleText(answer ?? {})
        .split('\n')
        .find((l) => l.startsWith('Matched')),
    );
    expect(updates[1]?.metadata).toMatchObject({ event_payload: { entry: 'sms-role-access-policy', source: 'alert' } });
  });

  it('says it in Japanese under a Japanese alert', async () => {
    const api = new SlackApiRecorder();
    const bot = alertBot();
    const body = event('alert-webhook-attachments');
    const [attachment] = body.event.attachments as Record<string, unknown>[];
    const japanese = {
      ...attachment,
      pretext: '本番の認証でエラーが急増しています',
      title: 'MFA サインインの失敗',
      text: '直近 5 分間の MFA サインイン失敗: 37 件\n```CodeMismatchException: Invalid code or auth state for the user.```',
      fields: [],
    };
    for (const ts of ['1764150620.000400', '1764150680.000400']) {
      await bot.send({ ...body, event_id: nextEventId(), event: { ...body.event, ts, attachments: [japanese] } });
    }
    expect(api.only('chat.postMessage')[0]?.metadata).toMatchObject({ event_payload: { lang: 'ja' } });
    expect(visibleText(api.only('chat.update')[0] ?? {})).toContain(
      ':repeat: <!date^1764150620^{date_short_pretty} {time}|2025-11-26 09:50 UTC> から 2 回発生しています。',
    );
  });

  it('is counted across instances through the shared table: one answer in all', async () => {
    const api = new SlackApiRecorder();
    const table = dynamoDbTable('eu-west-1');
    const apps = [0, 1, 2].map(() =>
      lambdaBot({ app: { alerts: { channels: [ALERTS] }, alertLedger: createDynamoDbAlertLedger('bot-idem') } }),
    );
    for (let i = 0; i < 3; i++) await apps[i]?.send(repeat(i));
    expect(api.only('chat.postMessage')).toHaveLength(1);
    expect(api.only('chat.update')).toHaveLength(2);
    expect(visibleText(api.only('chat.update')[1] ?? {})).toContain('Seen 3 times');
    const item = table.items.get(`alert:${ALERTS}:sms-role-access-policy`);
    expect(item).toMatchObject({
      seen: { N: '3' },
      since: { N: '1764150700000' },
      replyTs: { S: '1764159999.000001' },
    });
    expect(Number(item?.expiresAt?.N)).toBe(1764150700 + ALERT_WINDOW_MS / 1000);
  });
});

describe('the alert ledger', () => {
  it('counts within its window, then starts afresh', async () => {
    const ledger = createMemoryAlertLedger();
    const t = 1_764_150_700_000;
    expect(await ledger.sight('c:e', t)).toEqual({ count: 1, since: t });
    await ledger.answered('c:e', { channel: 'c', ts: '1.1', packed: '{}' }, t);
    expect(await ledger.sight('c:e', t + 60_000)).toMatchObject({ count: 2, since: t, reply: { ts: '1.1' } });
    expect(await ledger.sight('c:e', t + ALERT_WINDOW_MS)).toEqual({ count: 1, since: t + ALERT_WINDOW_MS });
  });

  it('replaces an expired item DynamoDB’s TTL has not deleted yet', async () => {
    const table = dynamoDbTable('eu-west-1');
    const ledger = createDynamoDbAlertLedger('bot-idem');
    const t = 1_764_150_700_000;
    await ledger.sight('c:e', t);
    await ledger.sight('c:e', t + 1000);
    expect(await ledger.sight('c:e', t + ALERT_WINDOW_MS + 1000)).toEqual({
      count: 1,
      since: t + ALERT_WINDOW_MS + 1000,
    });
    expect(table.requests.map((r) => r.target)).toEqual(['UpdateItem', 'UpdateItem', 'UpdateItem', 'PutItem']);
  });

  it('counts in the instance, and says so, when the shared table cannot be reached', async () => {
    const logger = new RecordingLogger();
    const failing = createMemoryAlertLedger();
    failing.sight = () => Promise.reject(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    const ledger = withLocalFallback(failing, createMemoryAlertLedger(), logger, () => 0);
    expect(await ledger.sight('c:e', 1)).toEqual({ count: 1, since: 1 });
    expect(await ledger.sight('c:e', 2)).toMatchObject({ count: 2 });
    expect(logger.lines.map((l) => l.text)).toEqual([
      'alerts: the shared table could not count an alert (AccessDeniedException); counting in this instance only for 30 s',
    ]);
  });
});
