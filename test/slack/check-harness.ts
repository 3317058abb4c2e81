import { AwsLambdaReceiver } from '@slack/bolt';
import { createApp } from '../../src/slack/app';
import { type CheckSettings, createInProcessDeferrer, OPEN_CHECK_SETTINGS } from '../../src/slack/deferred';
import { jobRunners } from '../../src/slack/deferred/jobs';
import { BOT_ID, BOT_TOKEN, BOT_USER_ID, encode, RecordingLogger, SIGNING_SECRET, signatureHeaders } from './harness';

/**
 * The app with the in-process deferrer (Socket Mode, HTTP mode, the console), driven through the real receiver:
 * `send` signs a body (form-encoded commands and interactivity, JSON events) and returns the HTTP status and the ack
 * body; `idle` waits for the deferred checks to finish.
 */
export function inProcessBot(check: Partial<CheckSettings> = {}) {
  const logger = new RecordingLogger();
  const receiver = new AwsLambdaReceiver({ signingSecret: SIGNING_SECRET, logger });
  const deferrer = createInProcessDeferrer(jobRunners);
  createApp({
    receiver,
    token: BOT_TOKEN,
    botId: BOT_ID,
    botUserId: BOT_USER_ID,
    logger,
    clientOptions: { retryConfig: { retries: 0 } },
    check: { ...OPEN_CHECK_SETTINGS, ...check },
    deferrer,
  });
  const handler = receiver.toHandler();
  const send = async (body: Record<string, unknown>) => {
    const { raw, contentType } = encode(body);
    const form = contentType !== 'application/json';
    const event = {
      version: '2.0',
      rawPath: '/slack/events',
      headers: { 'content-type': contentType, ...signatureHeaders(raw) },
      body: form ? Buffer.from(raw).toString('base64') : raw,
      isBase64Encoded: form,
    };
    // biome-ignore lint/suspicious/noExplicitAny: the Lambda context is unused by Bolt
    const response = (await handler(event as any, {} as any)) as { statusCode: number; body: string };
    return { status: response.statusCode, ack: response.body ? JSON.parse(response.body) : undefined };
  };
  return { send, logger, idle: () => deferrer.idle() };
}
