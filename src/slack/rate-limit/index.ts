import type { Logger } from '@slack/bolt';
import type { CheckRateLimit } from '../../config';
import { createDynamoDbCounterStore } from './dynamodb';
import { withFallback } from './fallback';
import { createCheckLimiter } from './limiter';
import { createMemoryCounterStore } from './memory';
import type { CheckLimiter } from './types';

export { createDynamoDbCounterStore } from './dynamodb';
export { createCheckLimiter } from './limiter';
export { createMemoryCounterStore } from './memory';
export type { CheckLimiter } from './types';

/** Counted in the shared table when there is one (several instances), else in this process. */
export function createCheckLimiterFor(
  limits: CheckRateLimit,
  logger: Pick<Logger, 'warn'>,
  now: () => number = Date.now,
): CheckLimiter {
  const local = createMemoryCounterStore();
  const store = limits.table ? withFallback(createDynamoDbCounterStore(limits.table), local, logger, now) : local;
  return createCheckLimiter(limits, store, now);
}
