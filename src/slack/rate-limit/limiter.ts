/**
 * Fixed windows aligned to the clock: every instance that reads the same time counts into the same key, so a shared
 * store needs one conditional write per counter and no coordination. The price is a possible burst of twice the
 * limit across a window's edge, which still bounds the reads.
 */
import type { CheckRateLimit } from '../../config';
import type { CheckLimiter, CounterStore } from './types';

export function createCheckLimiter(
  limits: Omit<CheckRateLimit, 'table'>,
  store: CounterStore,
  now: () => number = Date.now,
): CheckLimiter {
  const windowMs = limits.windowSeconds * 1000;
  return {
    async take(user) {
      const at = now();
      const start = Math.floor(at / windowMs) * windowMs;
      const end = start + windowMs;
      const retryAfterSeconds = Math.max(1, Math.ceil((end - at) / 1000));
      const window = String(start / 1000);
      // The person's own limit first: refusals of someone over it must not use up everyone else's checks.
      if (!(await store.take(`checks:user:${user}:${window}`, limits.perUser, end))) {
        return { ok: false, scope: 'user', retryAfterSeconds };
      }
      if (!(await store.take(`checks:all:${window}`, limits.overall, end))) {
        return { ok: false, scope: 'overall', retryAfterSeconds };
      }
      return { ok: true };
    },
  };
}
