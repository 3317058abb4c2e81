/**
 * Thread follow-up plumbing on top of slack.ts and bots.ts: a bot with a recording deferrer, and a Slack that serves
 * conversations.replies for the threads a test sets up, with the bot's own diagnosis reply (metadata and buttons)
 * rendered by the real code, so the bot reads back exactly what it would have posted.
 */
import nock from 'nock';
import { diagnose } from '../../src/diagnose';
import { renderDiagnosis } from '../../src/render/blocks/diagnosis';
import type { CreateAppOptions } from '../../src/slack/app';
import { createInProcessDeferrer, type Deferrer, type Job } from '../../src/slack/deferred';
import { jobRunners } from '../../src/slack/deferred/jobs';
import { diagnosisMetadata } from '../../src/slack/reply/diagnosis-metadata';
import { lambdaBot } from './bots';
import { BOT_ID, BOT_USER_ID, SlackApiRecorder } from './slack';

export const CHANNEL = 'C0DEVOPS01';
export const THREAD_TS = '1764150000.000100';
export const SESSION_EXPIRED = 'NotAuthorizedException: Invalid session for the user, session is expired.';

export interface ThreadMessage {
  type: 'message';
  ts: string;
  thread_ts: string;
  text: string;
  user?: string;
  bot_id?: string;
  app_id?: string;
  blocks?: unknown[];
  metadata?: unknown;
}

/** The person's paste that opened the thread. */
export function parentMessage(text = SESSION_EXPIRED, ts = THREAD_TS): ThreadMessage {
  return { type: 'message', ts, thread_ts: ts, text, user: 'U0ALICE001' };
}

/** The bot's diagnosis reply to `text`, as conversations.replies returns it (include_all_metadata: true). */
export function botDiagnosisMessage(text = SESSION_EXPIRED, threadTs = THREAD_TS, ts = '1764150001.000900') {
  const result = diagnose(text);
  const reply = renderDiagnosis(result);
  const metadata = diagnosisMetadata(result, 'channel');
  return {
    type: 'message' as const,
    ts,
    thread_ts: threadTs,
    text: reply.text,
    user: BOT_USER_ID,
    bot_id: BOT_ID,
    app_id: 'A0MFAAPP01',
    blocks: reply.blocks,
    ...(metadata ? { metadata } : {}),
  };
}

export interface ThreadsSlack {
  api: SlackApiRecorder;
  /** conversations.replies calls, in order. */
  lookups(): Record<string, unknown>[];
}

/**
 * A recorder (every Web API call) that answers conversations.replies from `threads` (thread ts -> messages); an
 * unknown thread has only its parent. `replies` may instead answer with an HTTP status and headers (429 ...).
 */
export function threadsSlack(
  threads: Record<string, ThreadMessage[] | unknown[]>,
  replies?: () => [number, Record<string, unknown>, Record<string, string>?],
): ThreadsSlack {
  // Registered before the recorder's catch-all, so conversations.replies is answered here.
  let api: SlackApiRecorder | undefined;
  nock('https://slack.com')
    .persist()
    .post('/api/conversations.replies')
    .reply((_uri, body) => {
      const args = Object.fromEntries(new URLSearchParams(String(body)));
      api?.calls.push({ method: 'conversations.replies', args });
      if (replies) return replies();
      const ts = String(args.ts);
      const messages = threads[ts] ?? [parentMessage('lunch?', ts)];
      return [200, { ok: true, messages, has_more: false }];
    });
  api = new SlackApiRecorder();
  const recorder = api;
  return { api: recorder, lookups: () => recorder.only('conversations.replies') };
}

/** The usual thread: Alice pasted the session-expired error, the bot diagnosed it. */
export function sessionExpiredThread(): Record<string, unknown[]> {
  return { [THREAD_TS]: [parentMessage(), botDiagnosisMessage()] };
}

/**
 * The app behind Bolt's AwsLambdaReceiver. Deferred jobs are recorded instead of run, unless `runJobs` asks for the
 * real in-process deferrer (then `idle()` waits for them).
 */
export function threadBot(
  options: { allowedChannels?: string[]; ttlSeconds?: number; runJobs?: boolean; app?: Partial<CreateAppOptions> } = {},
) {
  const jobs: Job[] = [];
  const inProcess = createInProcessDeferrer(jobRunners);
  const deferrer: Deferrer = {
    async defer(job, deps) {
      jobs.push(job);
      if (options.runJobs) await inProcess.defer(job, deps);
    },
  };
  const bot = lambdaBot({
    allowedChannels: options.allowedChannels,
    app: { deferrer, threadCacheTtlSeconds: options.ttlSeconds, ...options.app },
  });
  return { ...bot, jobs, idle: () => inProcess.idle() };
}

let tsCounter = 0;

/** A fresh ts for a reply in the thread, so each event is a distinct message. */
export function nextReplyTs(): string {
  tsCounter += 1;
  return `1764150100.${String(tsCounter).padStart(6, '0')}`;
}
