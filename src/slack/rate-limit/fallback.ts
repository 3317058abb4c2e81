import type { Logger } from '@slack/bolt';
import { sharedThenLocal } from '../shared-table/fallback';
import type { CounterStore } from './types';

/**
 * When the shared table cannot be reached, each instance counts on its own: the limit then grows with the number of
 * instances for a while, but never goes away, and nobody is refused because of an outage of ours.
 */
export function withFallback(
  shared: CounterStore,
  local: CounterStore,
  logger: Pick<Logger, 'warn'>,
  now: () => number = Date.now,
): CounterStore {
  const attempt = sharedThenLocal({ shared, local, logger, counter: 'rate limit', counted: 'a check', now });
  return { take: (key, limit, expiresAt) => attempt((store) => store.take(key, limit, expiresAt)) };
}
