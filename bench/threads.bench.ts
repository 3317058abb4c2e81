/**
 * `npm run bench threads`: what thread follow-ups cost in Slack API calls. A busy channel: threads the bot diagnosed
 * and threads it never joined, each getting a mix of side talk (the engine's side-talk table), follow-up questions
 * (its phrasing table) and the odd "thanks". Signed events go into the real app behind AwsLambdaReceiver; a fake Web
 * API on loopback serves conversations.replies and counts every call. Also the time per thread message, end to end.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AwsLambdaReceiver, LogLevel } from '@slack/bolt';
import { diagnose } from '../src/diagnose';
import { couldBeForBot } from '../src/diagnose/followup';
import { renderDiagnosis } from '../src/render/blocks/diagnosis';
import { createApp } from '../src/slack/app';
import { diagnosisMetadata } from '../src/slack/reply/diagnosis-metadata';
import { questionPhrasings, sideTalk } from '../test/diagnose/followup/phrasings';
import { percentile, row } from './stats';

const SECRET = '8f742231b10e8888abcd99eeeeee85a5';
const BOT = { botId: 'B0MFABOT01', botUserId: 'U0MFABOT01' };
const THREADS = 40;
const MESSAGES_PER_THREAD = 30;
const ERROR = 'NotAuthorizedException: Invalid session for the user, session is expired.';

/** Deterministic choices, so runs compare. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function threadTs(i: number): string {
  return `1764150000.${String(i).padStart(6, '0')}`;
}

/** Even threads: the bot diagnosed the pasted error. Odd ones: people talking, the bot never answered. */
function repliesFor(ts: string, answered: boolean): unknown[] {
  const parent = { type: 'message', ts, thread_ts: ts, user: 'U0ALICE001', text: answered ? ERROR : 'release notes?' };
  if (!answered) return [parent];
  const result = diagnose(ERROR);
  const reply = renderDiagnosis(result);
  return [
    parent,
    {
      type: 'message',
      ts: ts.replace('1764150000', '1764150001'),
      thread_ts: ts,
      user: BOT.botUserId,
      bot_id: BOT.botId,
      text: reply.text,
      blocks: reply.blocks,
      metadata: diagnosisMetadata(result, 'channel'),
    },
  ];
}

const answeredThread = (ts: string | null) => Number(ts?.slice(-1)) % 2 === 0;

async function fakeSlack(calls: Map<string, number>): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      const args = new URLSearchParams(body);
      const method = (request.url ?? '').replace(/^\/api\//, '');
      const where = answeredThread(args.get('thread_ts')) ? ' (diagnosed)' : ' (never joined)';
      const counted = method === 'chat.postMessage' ? `${method}${where}` : method;
      calls.set(counted, (calls.get(counted) ?? 0) + 1);
      const answer =
        method === 'conversations.replies'
          ? { ok: true, messages: repliesFor(String(args.get('ts')), answeredThread(args.get('ts'))) }
          : { ok: true, ts: '1764159999.000001', channel: 'C0DEVOPS01' };
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`, server };
}

type Kind = 'side talk' | 'follow-up question' | 'mention';

/** A thread message of each kind, drawn from the engine's own tables. */
function pick(next: () => number): { kind: Kind; text: string } {
  const roll = next();
  if (roll < 0.7) {
    const line = sideTalk[Math.floor(next() * sideTalk.length)]?.message ?? 'ok';
    return { kind: 'side talk', text: line };
  }
  const phrasings = questionPhrasings['session-expired/change-duration'] ?? {
    en: ['how do I make it longer?'],
    ja: [],
  };
  const all = [...phrasings.en, ...phrasings.ja];
  const question = all[Math.floor(next() * all.length)] ?? 'how do I make it longer?';
  if (roll < 0.95) return { kind: 'follow-up question', text: question };
  return { kind: 'mention', text: `<@${BOT.botUserId}> ${question}` };
}

export async function run(): Promise<void> {
  const calls = new Map<string, number>();
  const slack = await fakeSlack(calls);
  const receiver = new AwsLambdaReceiver({ signingSecret: SECRET, logLevel: LogLevel.ERROR });
  createApp({
    receiver,
    token: 'xoxb-bench-token',
    ...BOT,
    apiUrl: slack.url,
    logLevel: LogLevel.ERROR,
    recordFeedback: () => undefined,
    clientOptions: { retryConfig: { retries: 0 } },
  });
  const handler = receiver.toHandler();
  const next = random(7);
  const times: Record<Kind, number[]> = { 'side talk': [], 'follow-up question': [], mention: [] };
  const sent: Record<Kind, number> = { 'side talk': 0, 'follow-up question': 0, mention: 0 };
  let eventNo = 0;
  let couldBe = 0;
  let mentionsElsewhere = 0;
  try {
    for (let m = 0; m < MESSAGES_PER_THREAD; m++) {
      for (let t = 0; t < THREADS; t++) {
        eventNo += 1;
        const { kind, text } = pick(next);
        sent[kind] += 1;
        if (couldBeForBot(text, { botUserId: BOT.botUserId })) couldBe += 1;
        if (kind === 'mention' && t % 2 === 1) mentionsElsewhere += 1;
        const ts = `1764151000.${String(eventNo).padStart(6, '0')}`;
        const event = {
          type: kind === 'mention' ? 'app_mention' : 'message',
          channel: 'C0DEVOPS01',
          channel_type: 'channel',
          user: 'U0ALICE001',
          text,
          ts,
          event_ts: ts,
          thread_ts: threadTs(t),
        };
        const body = JSON.stringify({
          type: 'event_callback',
          team_id: 'T0TEAM0001',
          api_app_id: 'A0MFAAPP01',
          event_id: `Ev${eventNo}`,
          event_time: 1764151000,
          event,
        });
        const timestamp = String(Math.floor(Date.now() / 1000));
        const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
        const start = process.hrtime.bigint();
        await handler(
          {
            version: '2.0',
            rawPath: '/slack/events',
            headers: {
              'content-type': 'application/json',
              'x-slack-request-timestamp': timestamp,
              'x-slack-signature': signature,
            },
            body,
            isBase64Encoded: false,
            // biome-ignore lint/suspicious/noExplicitAny: API Gateway event fields Bolt does not read
          } as any,
          // biome-ignore lint/suspicious/noExplicitAny: the Lambda context is unused by Bolt
          {} as any,
        );
        times[kind].push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  } finally {
    slack.server.close();
  }
  const total = THREADS * MESSAGES_PER_THREAD;
  const history = calls.get('conversations.replies') ?? 0;
  console.log(
    `\n${THREADS} threads (half diagnosed by the bot, half never joined), ${MESSAGES_PER_THREAD} messages each, ` +
      'interleaved; one app instance, THREAD_CACHE_TTL_SECONDS=600.\n',
  );
  console.log(
    '| messages | side talk | follow-up questions | mentions | could be for the bot | conversations.replies calls |',
  );
  console.log('|---|---|---|---|---|---|');
  console.log(
    `| ${total} | ${sent['side talk']} | ${sent['follow-up question']} | ${sent.mention} | ${couldBe} | ${history} |`,
  );
  console.log(
    `\nReplies posted: ${calls.get('chat.postMessage (diagnosed)') ?? 0} in the diagnosed threads, ` +
      `${calls.get('chat.postMessage (never joined)') ?? 0} in the others (${mentionsElsewhere} mentions there; a mention the bot diagnoses makes its thread a follow-up thread). Without the cheap ` +
      `could-be-for-the-bot test every thread message would need the thread's context (${total} lookups); without ` +
      `the cache every message passing it would (${couldBe}).\n`,
  );
  console.log('| message kind | median ms | p99 ms |');
  console.log('|---|---|---|');
  for (const kind of Object.keys(times) as Kind[]) {
    const sorted = [...times[kind]].sort((a, b) => a - b);
    console.log(row([kind, percentile(sorted, 50), percentile(sorted, 99)]));
  }
}
