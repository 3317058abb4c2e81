/**
 * Puts `context.defer(job)` in front of every listener. Listeners stay plain Bolt callbacks: they ack, then hand the
 * slow part over without knowing whether it runs in this process or in another Lambda invocation.
 */
import type { App, Context } from '@slack/bolt';
import type { Config } from '../../config';
import type { Deferrer, Job } from './types';

export type Defer = (job: Job) => Promise<void>;

export function installDeferrer(app: App, deferrer: Deferrer, config: Config): void {
  app.use(async ({ context, client, logger, next }) => {
    const defer: Defer = (job) => deferrer.defer(job, { client, logger, config });
    context.defer = defer;
    await next();
  });
}

/** The typed `defer` a listener uses; throws when the app was built without a deferrer (a wiring bug, not input). */
export function deferFrom(context: Context): Defer {
  const defer = context.defer as Defer | undefined;
  if (typeof defer !== 'function') throw new Error('context.defer is missing: createApp was built without a deferrer');
  return defer;
}
