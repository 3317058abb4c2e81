import { type App, type LogLevel, SocketModeReceiver } from '@slack/bolt';
import type { Config } from '../config';
import { appSettingsFrom, type CreateAppOptions, createApp } from '../slack/app';
import { resolveBotIdentity } from '../slack/bot-identity';
import { createIdempotencyStore } from '../slack/idempotency';

/**
 * Socket Mode: the app connects out to Slack, so development needs no public URL.
 * `web` lets tests turn off the Web API client's retries, which otherwise go on for half an hour after a test ends.
 */
export async function startSocket(config: Config, web: Pick<CreateAppOptions, 'clientOptions'> = {}): Promise<App> {
  const { botToken, appToken, apiUrl } = config.slack;
  if (!botToken || !appToken) throw new Error('Socket Mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN');
  const identity = await resolveBotIdentity({ ...config.slack, token: botToken });
  const receiver = new SocketModeReceiver({
    appToken,
    logLevel: config.logLevel as LogLevel,
    // The Socket Mode client opens its connection with apps.connections.open: same Web API base URL as the bot.
    ...(apiUrl ? { installerOptions: { clientOptions: { slackApiUrl: apiUrl } } } : {}),
  });
  const app = createApp({
    receiver,
    token: botToken,
    ...identity,
    ...appSettingsFrom(config),
    ...web,
    // Socket Mode spreads events over up to 10 connections; IDEMPOTENCY_TABLE lets several processes share claims.
    idempotency: createIdempotencyStore(config.idempotencyTable),
  });
  await app.start();
  return app;
}
