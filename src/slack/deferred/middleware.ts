/**
 * Puts `context.defer(job)` in front of every listener. Listeners stay plain Bolt callbacks: they ack, then hand the
 * slow part over without knowing whether it runs in this process or in another Lambda invocation.
 */
import type { App, Context } from '@slack/bolt';
import type { CheckSettings, Deferrer, Job } from './types';

export type Defer = (job: Job) => Promise<void>;

/** No account aliases, no allow-lists: anyone may check any pool the bot's own credentials can read. */
export const OPEN_CHECK_SETTINGS: CheckSettings = {
  accounts: [],
  allowedPools: [],
  allowedUsers: [],
  allowedChannels: [],
};

export function installDeferrer(app: App, deferrer: Deferrer, check: CheckSettings = OPEN_CHECK_SETTINGS): void {
  app.use(async ({ context, client, logger, next }) => {
    const defer: Defer = (job) => deferrer.defer(job, { client, logger, check });
    context.defer = defer;
    context.mfaCheck = check;
    await next();
  });
}

/** The /mfa-check settings the app was built with. */
export function checkSettingsFrom(context: Context): CheckSettings {
  return (context.mfaCheck as CheckSettings | undefined) ?? OPEN_CHECK_SETTINGS;
}

/** The typed `defer` a listener uses; throws when the app was built without a deferrer (a wiring bug, not input). */
export function deferFrom(context: Context): Defer {
  const defer = context.defer as Defer | undefined;
  if (typeof defer !== 'function') throw new Error('context.defer is missing: createApp was built without a deferrer');
  return defer;
}
