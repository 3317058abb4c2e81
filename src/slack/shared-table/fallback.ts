import type { Logger } from '@slack/bolt';

/** How long the shared table is left alone after it failed. */
const SHARED_RETRY_MS = 30_000;

export interface FallbackOptions<Store> {
  shared: Store;
  local: Store;
  logger: Pick<Logger, 'warn'>;
  /** Who counts what, for the warning: `rate limit` and `a check`, `alerts` and `an alert`. */
  counter: string;
  counted: string;
  now?: () => number;
}

/**
 * Runs each use on the shared table, or on this instance's own store while the table is failing. The table is left
 * alone for a while after a failure: one that hangs would otherwise cost every use its full budget, twice, before the
 * ack. The warning says so once per failure.
 */
export function sharedThenLocal<Store>(
  options: FallbackOptions<Store>,
): <T>(use: (store: Store) => Promise<T>) => Promise<T> {
  const { shared, local, logger, counter, counted, now = Date.now } = options;
  let sharedAgainAt = 0;
  return async (use) => {
    if (now() >= sharedAgainAt) {
      try {
        return await use(shared);
      } catch (error) {
        sharedAgainAt = now() + SHARED_RETRY_MS;
        logger.warn(
          `${counter}: the shared table could not count ${counted} (${error instanceof Error ? error.name : 'error'}); ` +
            `counting in this instance only for ${SHARED_RETRY_MS / 1000} s`,
        );
      }
    }
    return use(local);
  };
}
