/**
 * The app every way of running the bot starts (Socket Mode, HTTP, Lambda, the console): the bot's ids from the
 * configuration or one auth.test, then createApp with the configuration's settings. An entry point chooses only the
 * receiver and where slow work runs, and keeps its own lifecycle (graceful stop, the Lambda worker).
 */
import { type App, LogLevel, type Receiver } from '@slack/bolt';
import { type Config, requireSlackSecret } from '../config';
import { createAlertLedger } from './alerts';
import { type CreateAppOptions, createApp } from './app';
import { resolveBotIdentity } from './bot-identity';
import type { Deferrer } from './deferred';
import { createIdempotencyStore, type IdempotencyStore } from './idempotency';

export interface AppParts extends Pick<CreateAppOptions, 'clientOptions' | 'recordFeedback'> {
  receiver: Receiver;
  deferrer: Deferrer;
  /**
   * Claims of handled deliveries. Default: the IDEMPOTENCY_TABLE store when it is set (several instances, Lambda, or
   * the up to 10 connections Socket Mode spreads events over), else memory.
   */
  idempotency?: IdempotencyStore;
}

const BOLT_LOG_LEVELS: Record<Config['logLevel'], LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

/** LOG_LEVEL for Bolt and its receivers. */
export function boltLogLevel(config: Pick<Config, 'logLevel'>): LogLevel {
  return BOLT_LOG_LEVELS[config.logLevel];
}

export async function appFromConfig(config: Config, parts: AppParts): Promise<App> {
  const token = requireSlackSecret(config, 'botToken');
  const identity = await resolveBotIdentity({ ...config.slack, token });
  return createApp({
    receiver: parts.receiver,
    deferrer: parts.deferrer,
    token,
    ...identity,
    apiUrl: config.slack.apiUrl,
    allowedChannels: config.allowedChannels,
    alerts: config.alerts,
    alertLedger: createAlertLedger(config.idempotencyTable),
    logLevel: boltLogLevel(config),
    check: config.check,
    // Loaded on the first `/mfa-check watch`, so an app without watches never loads the watch code.
    watch: {
      watches: config.watch.watches,
      store: async () => (await import('../watch/run')).processWatchStore(config),
    },
    threadCacheTtlSeconds: config.threadCacheTtlSeconds,
    idempotency: parts.idempotency ?? createIdempotencyStore(config.idempotencyTable),
    clientOptions: parts.clientOptions,
    recordFeedback: parts.recordFeedback,
  });
}
