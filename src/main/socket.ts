import { type App, type LogLevel, SocketModeReceiver } from '@slack/bolt';
import type { Config } from '../config';
import { appSettingsFrom, type CreateAppOptions, createApp } from '../slack/app';
import { resolveBotIdentity } from '../slack/bot-identity';
import { createInProcessDeferrer } from '../slack/deferred';
import { jobRunners } from '../slack/deferred/jobs';
import { createIdempotencyStore } from '../slack/idempotency';
import { gracefulStop } from './graceful-shutdown';

/**
 * Socket Mode: the app connects out to Slack, so development needs no public URL. `stop` is the graceful shutdown
 * (graceful-shutdown.ts). `web` lets tests turn off the Web API client's retries, so a reply still in flight when a
 * test ends fails at once.
 */
export async function startSocket(
  config: Config,
  web: Pick<CreateAppOptions, 'clientOptions'> = {},
): Promise<{ app: App; stop: () => Promise<void> }> {
  const { botToken, appToken, apiUrl } = config.slack;
  if (!botToken || !appToken) throw new Error('Socket Mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN');
  const identity = await resolveBotIdentity({ ...config.slack, token: botToken });
  const receiver = new SocketModeReceiver({
    appToken,
    logLevel: config.logLevel as LogLevel,
    // The Socket Mode client opens its connection with apps.connections.open: same Web API base URL as the bot.
    ...(apiUrl ? { installerOptions: { clientOptions: { slackApiUrl: apiUrl } } } : {}),
  });
  const deferrer = createInProcessDeferrer(jobRunners);
  const app = createApp({
    receiver,
    deferrer,
    token: botToken,
    ...identity,
    ...appSettingsFrom(config),
    ...web,
    // Socket Mode spreads events over up to 10 connections; IDEMPOTENCY_TABLE lets several processes share claims.
    idempotency: createIdempotencyStore(config.idempotencyTable),
  });
  const stop = gracefulStop(app, deferrer);
  await app.start();
  return { app, stop };
}
