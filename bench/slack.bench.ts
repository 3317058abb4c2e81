/**
 * `npm run bench slack`: time from a signed event arriving at the bot (an HTTP POST to the real HTTPReceiver on
 * loopback) to its chat.postMessage reaching Slack (a local fake Web API records the arrival), median and p99.
 * Yardstick: a bare Bolt app on the same receiver that replies "ok" in the thread to every message.
 * Both apps run side by side and take turns event by event, so the load of a shared machine hits both alike.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { createApp } from '../src/slack/app';
import { percentile, row } from './stats';

const SECRET = '8f742231b10e8888abcd99eeeeee85a5';
const TOKEN = 'xoxb-bench-token';
const IDS = { botId: 'B0MFABOT01', botUserId: 'U0MFABOT01' };
const EVENTS = 400;
const WARMUP = 40;

/** What people paste: a bare error, an SDK stack trace, a CLI error naming the operation. */
const PASTES = [
  'NotAuthorizedException: Invalid session for the user, session is expired.',
  [
    'sign-in breaks at the TOTP step since this morning:',
    '```',
    'CodeMismatchException: Invalid code or auth state for the user.',
    '    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)',
    '    at de_CommandError (/app/node_modules/@aws-sdk/client-cognito-identity-provider/dist-cjs/index.js:4452:14)',
    '```',
  ].join('\n'),
  'An error occurred (InvalidSmsRoleTrustRelationshipException) when calling the SetUserPoolMfaConfig operation: Role does not have a trust relationship allowing Cognito to assume the role',
];

interface Running {
  label: string;
  url: string;
  arrivals: Map<string, bigint>;
  times: number[];
  stop: () => Promise<void>;
}

/** A fake Web API that notes when each chat.postMessage arrives, keyed by thread_ts. */
async function fakeSlack(arrivals: Map<string, bigint>): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const arrived = process.hrtime.bigint();
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      const threadTs = new URLSearchParams(body).get('thread_ts');
      if (request.url?.endsWith('/chat.postMessage') && threadTs) arrivals.set(threadTs, arrived);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true,"ts":"1.1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`, server };
}

async function start(label: string, build: (apiUrl: string) => App): Promise<Running> {
  const arrivals = new Map<string, bigint>();
  const slack = await fakeSlack(arrivals);
  const app = build(slack.url);
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  return {
    label,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    arrivals,
    times: [],
    stop: async () => {
      await app.stop();
      slack.server.close();
    },
  };
}

function signedEvent(text: string, ts: string): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify({
    token: 'unused',
    team_id: 'T0TEAM0001',
    api_app_id: 'A0MFAAPP01',
    type: 'event_callback',
    event_id: `Ev${ts.replace('.', '')}`,
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: 'message',
      channel: 'C0DEVOPS01',
      channel_type: 'channel',
      user: 'U0ALICE001',
      text,
      ts,
      event_ts: ts,
    },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signature,
    },
  };
}

/** One event into `bot`, timed until its reply reaches the fake Web API. */
async function oneEvent(bot: Running, i: number, record: boolean): Promise<void> {
  const ts = `1764150000.${String(i).padStart(6, '0')}`;
  const { body, headers } = signedEvent(PASTES[i % PASTES.length] as string, ts);
  const sent = process.hrtime.bigint();
  const response = await fetch(bot.url, { method: 'POST', body, headers });
  await response.arrayBuffer();
  const deadline = Date.now() + 5000;
  while (!bot.arrivals.has(ts)) {
    if (Date.now() > deadline) throw new Error(`${bot.label}: no reply to event ${i}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (record) bot.times.push(Number((bot.arrivals.get(ts) as bigint) - sent) / 1e6);
}

function bareBolt(apiUrl: string): App {
  const app = new App({
    receiver: new HTTPReceiver({ signingSecret: SECRET, logLevel: LogLevel.ERROR }),
    token: TOKEN,
    ...IDS,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: apiUrl },
  });
  app.message(async ({ message, client }) => {
    await client.chat.postMessage({ channel: message.channel, thread_ts: message.ts, text: 'ok' });
  });
  return app;
}

function ourBot(apiUrl: string): App {
  return createApp({
    receiver: new HTTPReceiver({ signingSecret: SECRET, logLevel: LogLevel.ERROR }),
    token: TOKEN,
    ...IDS,
    apiUrl,
    logLevel: LogLevel.ERROR,
    recordFeedback: () => undefined,
  });
}

export async function run(): Promise<void> {
  const bare = await start('bare Bolt', bareBolt);
  const ours = await start('this bot', ourBot);
  try {
    for (let i = 0; i < WARMUP + EVENTS; i++) {
      // Alternate who goes first, so neither always runs right after the other.
      const pair = i % 2 === 0 ? [bare, ours] : [ours, bare];
      for (const bot of pair) await oneEvent(bot, i, i >= WARMUP);
    }
  } finally {
    await bare.stop();
    await ours.stop();
  }
  const stats = (t: number[]) => {
    const sorted = [...t].sort((a, b) => a - b);
    return { median: percentile(sorted, 50), p99: percentile(sorted, 99) };
  };
  const b = stats(bare.times);
  const o = stats(ours.times);
  console.log(
    `\n${EVENTS} signed message events per app (after ${WARMUP} warm-up), taking turns, one at a time, loopback HTTP.\n`,
  );
  console.log('| app | median ms | p99 ms |');
  console.log('|---|---|---|');
  console.log(row(['bare Bolt, replies "ok" (yardstick)', b.median, b.p99]));
  console.log(row(['this bot, diagnosis in Block Kit', o.median, o.p99]));
  console.log(row(['ratio (this bot / yardstick)', o.median / b.median, o.p99 / b.p99]));
}
