import type { Server } from 'node:http';
import type { ListenOptions } from 'node:net';
import { type App, HTTPReceiver, type LogLevel } from '@slack/bolt';
import type { Config } from '../config';
import { appSettingsFrom, type CreateAppOptions, createApp } from '../slack/app';
import { resolveBotIdentity } from '../slack/bot-identity';
import { createInProcessDeferrer } from '../slack/deferred';
import { jobRunners } from '../slack/deferred/jobs';
import { createIdempotencyStore } from '../slack/idempotency';
import { gracefulStop } from './graceful-shutdown';
import { refuseOddBodies } from './http/refuse-odd-bodies';

export const EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';

/**
 * HTTP mode: events, slash commands and interactivity all at POST /slack/events, signatures verified by Bolt.
 * `stop` is the graceful shutdown (graceful-shutdown.ts). `web` lets tests turn off the Web API client's retries, so
 * a reply still in flight when a test ends fails at once.
 */
export async function startHttp(
  config: Config,
  listen: ListenOptions = { port: config.port },
  web: Pick<CreateAppOptions, 'clientOptions'> = {},
): Promise<{ app: App; server: Server; stop: () => Promise<void> }> {
  const { botToken, signingSecret } = config.slack;
  if (!botToken || !signingSecret) throw new Error('HTTP mode needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET');
  const identity = await resolveBotIdentity({ ...config.slack, token: botToken });
  const receiver = new HTTPReceiver({
    signingSecret,
    endpoints: EVENTS_PATH,
    logLevel: config.logLevel as LogLevel,
    // For a load balancer's health check: Slack's endpoint answers only signed POSTs.
    customRoutes: [{ path: HEALTH_PATH, method: ['GET'], handler: (_req, res) => res.writeHead(200).end('ok') }],
  });
  const deferrer = createInProcessDeferrer(jobRunners);
  const app = createApp({
    receiver,
    deferrer,
    token: botToken,
    ...identity,
    ...appSettingsFrom(config),
    ...web,
    // Several instances behind a load balancer share IDEMPOTENCY_TABLE; one instance keeps its claims in memory.
    idempotency: createIdempotencyStore(config.idempotencyTable),
  });
  receiver.requestListener = refuseOddBodies(receiver.requestListener, {
    signingSecret,
    endpoints: [EVENTS_PATH],
    logger: app.logger,
  });
  const stop = gracefulStop(app, deferrer);
  const server = (await app.start(listen)) as Server;
  return { app, server, stop };
}
