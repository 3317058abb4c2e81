/**
 * Puts `context.defer(job)` in front of every listener. Listeners stay plain Bolt callbacks: they ack, then hand the
 * slow part over without knowing whether it runs in this process or in another Lambda invocation.
 */
import type { App, Context } from '@slack/bolt';
import { DEFAULT_CHECK_RATE_LIMIT } from '../../config';
import { type CheckLimiter, createCheckLimiterFor } from '../rate-limit';
import type { CheckSettings, Deferrer, Job } from './types';

export type Defer = (job: Job) => Promise<void>;

/**
 * No account aliases, no allow-lists: anyone may check any pool the bot's own credentials can read, as often as the
 * default rate limit lets them.
 */
export const OPEN_CHECK_SETTINGS: CheckSettings = {
  accounts: [],
  allowedPools: [],
  allowedUsers: [],
  allowedChannels: [],
  rateLimit: DEFAULT_CHECK_RATE_LIMIT,
  emulator: false,
};

export function installDeferrer(app: App, deferrer: Deferrer, check: CheckSettings = OPEN_CHECK_SETTINGS): void {
  // One limiter for the app's lifetime: its counts are what a flood of checks runs into.
  const limiter = createCheckLimiterFor(check.rateLimit, app.logger);
  app.use(async ({ context, client, logger, next }) => {
    const defer: Defer = (job) => deferrer.defer(job, { client, logger, check });
    context.defer = defer;
    context.mfaCheck = check;
    context.checkLimiter = limiter;
    context.slackApiUrl = client.slackApiUrl;
    await next();
  });
}

/** The /mfa-check settings the app was built with. */
export function checkSettingsFrom(context: Context): CheckSettings {
  return (context.mfaCheck as CheckSettings | undefined) ?? OPEN_CHECK_SETTINGS;
}

/** The Web API base URL the app talks to (SLACK_API_URL, else Slack's): a response_url of its origin is allowed. */
export function slackApiUrlFrom(context: Context): string | undefined {
  return context.slackApiUrl as string | undefined;
}

/** The rate limit every way of starting a check goes through; throws when the app was built without a deferrer. */
export function checkLimiterFrom(context: Context): CheckLimiter {
  const limiter = context.checkLimiter as CheckLimiter | undefined;
  if (!limiter) throw new Error('context.checkLimiter is missing: createApp was built without a deferrer');
  return limiter;
}

/** The typed `defer` a listener uses; throws when the app was built without a deferrer (a wiring bug, not input). */
export function deferFrom(context: Context): Defer {
  const defer = context.defer as Defer | undefined;
  if (typeof defer !== 'function') throw new Error('context.defer is missing: createApp was built without a deferrer');
  return defer;
}
