/**
 * The app behind Bolt's real AwsLambdaReceiver: a signed API Gateway v2 event in, the HTTP response out. Fast (no
 * sockets), and the receiver verifies signatures exactly as in production. Every in-process bot of the tests is one
 * of these; only the deferrer differs.
 */
import { AwsLambdaReceiver } from '@slack/bolt';
import { type CreateAppOptions, createApp } from '../../src/slack/app';
import { type CheckSettings, createInProcessDeferrer, OPEN_CHECK_SETTINGS } from '../../src/slack/deferred';
import { jobRunners } from '../../src/slack/deferred/jobs';
import type { FeedbackRecord } from '../../src/slack/feedback';
import { RecordingLogger } from './logger';
import { apiGatewayEvent } from './signed';
import { BOT_ID, BOT_TOKEN, BOT_USER_ID, SIGNING_SECRET } from './slack';

export interface LambdaResponse {
  statusCode: number;
  body: string;
  headers?: Record<string, string>;
}

export type SendOptions = { headers?: Record<string, string>; secret?: string; raw?: string };

/** The app `options` describe, behind a receiver; `send` signs a body and returns the receiver's response. */
export function receiverBot(options: Partial<CreateAppOptions> = {}) {
  const logger = (options.logger as RecordingLogger | undefined) ?? new RecordingLogger();
  const receiver = new AwsLambdaReceiver({ signingSecret: SIGNING_SECRET, logger });
  createApp({
    receiver,
    token: BOT_TOKEN,
    botId: BOT_ID,
    botUserId: BOT_USER_ID,
    clientOptions: { retryConfig: { retries: 0 } },
    ...options,
    logger,
  });
  const handler = receiver.toHandler();
  const send = async (body: Record<string, unknown>, extra: SendOptions = {}): Promise<LambdaResponse> =>
    // biome-ignore lint/suspicious/noExplicitAny: the handler's context argument is unused by Bolt
    (await handler(apiGatewayEvent(body, extra) as any, {} as any)) as LambdaResponse;
  return { send, logger };
}

/** The bot with feedback recorded and no deferrer: what Lambda runs, minus the self-invocation. */
export function lambdaBot(options: { allowedChannels?: string[]; app?: Partial<CreateAppOptions> } = {}) {
  const feedback: FeedbackRecord[] = [];
  const bot = receiverBot({
    allowedChannels: options.allowedChannels,
    recordFeedback: (record) => feedback.push(record),
    ...options.app,
  });
  return { ...bot, feedback };
}

/**
 * The app with the in-process deferrer (Socket Mode, HTTP mode, the console): `send` returns the HTTP status and the
 * ack body; `idle` waits for the deferred checks to finish.
 */
export function inProcessBot(check: Partial<CheckSettings> = {}) {
  const deferrer = createInProcessDeferrer(jobRunners);
  const bot = receiverBot({ check: { ...OPEN_CHECK_SETTINGS, ...check }, deferrer });
  const send = async (body: Record<string, unknown>) => {
    const response = await bot.send(body);
    return { status: response.statusCode, ack: response.body ? JSON.parse(response.body) : undefined };
  };
  return { send, logger: bot.logger, idle: () => deferrer.idle() };
}
