import { App, type Logger, type LogLevel, type Receiver, type webApi } from '@slack/bolt';
import type { AlertSettings } from './alerts/is-alert';
import { type AlertLedger, createMemoryAlertLedger } from './alerts/ledger';
import { type CheckSettings, createInProcessDeferrer, type Deferrer, installDeferrer } from './deferred';
import { jobRunners } from './deferred/jobs';
import { type FeedbackRecord, writeFeedbackLine } from './feedback';
import { createMemoryIdempotencyStore, type IdempotencyStore, installDeliveryDeduplication } from './idempotency';
import { registerListeners } from './listeners';
import { installStaleAnswers } from './listeners/stale';
import { ignoreRetries } from './middleware/ignore-retries';
import { installRequesterLang } from './requester-lang';
import { type BotSettings, type WatchView, withSettings } from './settings';
import { installThreadContexts } from './threads/install';
import { slackClientOptions } from './web-api/client-options';

export interface CreateAppOptions {
  /** HTTPReceiver, SocketModeReceiver, AwsLambdaReceiver or the console's receiver. */
  receiver: Receiver;
  /** Bot User OAuth Token (xoxb-…). */
  token: string;
  /** Both known (config or one auth.test at start): Bolt then makes no auth.test call of its own. */
  botId?: string;
  botUserId?: string;
  /** Web API base URL (GovSlack, a fake Slack in tests, the local console). */
  apiUrl?: string;
  /** Channels where the bot answers unprompted; empty = every channel it is in. */
  allowedChannels?: readonly string[];
  recordFeedback?: (record: FeedbackRecord) => void;
  logger?: Logger;
  logLevel?: LogLevel;
  /**
   * Extra Web API client options (tests pass `retryConfig: { retries: 0 }`). The bot's time limit and short, logged
   * retry policy (web-api/client-options.ts) are kept unless overridden here.
   */
  clientOptions?: webApi.WebClientOptions;
  /** /mfa-check account aliases and allow-lists (MFA_CHECK_*). */
  check?: CheckSettings;
  /** The watches `/mfa-check watch` lists, and their state. */
  watch?: WatchView;
  /** Where slow work runs after the ack; default: in this process. Lambda passes its self-invoking deferrer. */
  deferrer?: Deferrer;
  /** Handled event ids; default: in memory (one process). Several instances pass a shared (DynamoDB) store. */
  idempotency?: IdempotencyStore;
  /** How long a thread's context (read from Slack) stays cached, in seconds (THREAD_CACHE_TTL_SECONDS). */
  threadCacheTtlSeconds?: number;
  /** The thread cache's clock in ms (tests move it by hand); default the cache's own. */
  threadCacheClock?: () => number;
  /** Channels where other apps' alerts are answered, and from which apps (ALERT_CHANNELS, ALERT_BOTS); default none. */
  alerts?: Partial<AlertSettings>;
  /** Where alert answers are counted; default: in memory (one process). Several instances pass a shared one. */
  alertLedger?: AlertLedger;
}

/** The Bolt app with every listener, for any receiver. */
export function createApp(options: CreateAppOptions): App {
  const app: App = new App({
    receiver: options.receiver,
    token: options.token,
    botId: options.botId,
    botUserId: options.botUserId,
    logger: options.logger,
    logLevel: options.logLevel,
    // Bolt's conversation store keeps per-channel state in memory; nothing here uses it.
    convoStore: false,
    clientOptions: {
      ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
      ...slackClientOptions(() => app.logger),
      ...options.clientOptions,
    },
  });
  const settings: BotSettings = {
    allowedChannels: options.allowedChannels ?? [],
    recordFeedback: options.recordFeedback ?? writeFeedbackLine,
    alerts: {
      channels: options.alerts?.channels ?? [],
      bots: options.alerts?.bots ?? [],
      ledger: options.alertLedger ?? createMemoryAlertLedger(),
    },
    ...(options.watch ? { watch: options.watch } : {}),
  };
  app.use(ignoreRetries);
  installDeliveryDeduplication(app, options.idempotency ?? createMemoryIdempotencyStore({ logger: app.logger }));
  installDeferrer(app, options.deferrer ?? createInProcessDeferrer(jobRunners), options.check);
  app.use(async ({ context, next }) => {
    withSettings(context, settings);
    await next();
  });
  installThreadContexts(app, options.threadCacheTtlSeconds, options.threadCacheClock);
  installRequesterLang(app);
  installStaleAnswers(app);
  registerListeners(app);
  return app;
}
