import type { Logger } from '@slack/bolt';
import type { CounterStore } from './types';

/** How long the shared table is left alone after it failed. */
const SHARED_RETRY_MS = 30_000;

/**
 * When the shared table cannot be reached, each instance counts on its own: the limit then grows with the number of
 * instances for a while, but never goes away, and nobody is refused because of an outage of ours. The table is left
 * alone for a while after a failure: one that hangs would otherwise cost every check its full budget, twice, before
 * the ack.
 */
export function withFallback(
  shared: CounterStore,
  local: CounterStore,
  logger: Pick<Logger, 'warn'>,
  now: () => number = Date.now,
): CounterStore {
  let sharedAgainAt = 0;
  return {
    async take(key, limit, expiresAt) {
      if (now() >= sharedAgainAt) {
        try {
          return await shared.take(key, limit, expiresAt);
        } catch (error) {
          sharedAgainAt = now() + SHARED_RETRY_MS;
          logger.warn(
            `rate limit: the shared table could not count a check (${error instanceof Error ? error.name : 'error'}); ` +
              `counting in this instance only for ${SHARED_RETRY_MS / 1000} s`,
          );
        }
      }
      return local.take(key, limit, expiresAt);
    },
  };
}
