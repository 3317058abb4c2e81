import type { Server } from 'node:http';
import type { ListenOptions } from 'node:net';
import { type App, HTTPReceiver } from '@slack/bolt';
import { type Config, requireSlackSecret } from '../../config';
import { type AppParts, appFromConfig, boltLogLevel } from '../../slack/app-from-config';
import { createInProcessDeferrer } from '../../slack/deferred';
import { jobRunners } from '../../slack/deferred/jobs';
import { gracefulStop } from '../graceful-shutdown';
import { refuseOddBodies } from './refuse-odd-bodies';

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
  web: Pick<AppParts, 'clientOptions'> = {},
): Promise<{ app: App; server: Server; stop: () => Promise<void> }> {
  const signingSecret = requireSlackSecret(config, 'signingSecret');
  const receiver = new HTTPReceiver({
    signingSecret,
    endpoints: EVENTS_PATH,
    logLevel: boltLogLevel(config),
    // For a load balancer's health check: Slack's endpoint answers only signed POSTs.
    customRoutes: [{ path: HEALTH_PATH, method: ['GET'], handler: (_req, res) => res.writeHead(200).end('ok') }],
  });
  const deferrer = createInProcessDeferrer(jobRunners);
  const app = await appFromConfig(config, { receiver, deferrer, ...web });
  receiver.requestListener = refuseOddBodies(receiver.requestListener, {
    signingSecret,
    endpoints: [EVENTS_PATH],
    logger: app.logger,
  });
  const stop = gracefulStop(app, deferrer);
  const server = (await app.start(listen)) as Server;
  return { app, server, stop };
}
