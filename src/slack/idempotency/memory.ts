/**
 * One process (Socket Mode, a single HTTP server, the console): claims kept in memory, each for its time to live.
 * Slack redelivers an event for up to an hour, so a claim must outlive that hour whatever the traffic: claims leave
 * by age, oldest first, and the size cap is only a guard against memory running away. It is set above an hour of
 * Slack's own ceiling (30,000 event deliveries per workspace per hour) and costs about 110 bytes per claim,
 * ~5.5 MB when full (`npm run bench idempotency`). A claim pushed out before its hour is up is logged.
 */
import type { Logger } from '@slack/bolt';
import type { IdempotencyStore } from './types';

export const MEMORY_STORE_MAX_CLAIMS = 50_000;

export interface MemoryStoreOptions {
  max?: number;
  logger?: Pick<Logger, 'warn'>;
  /** Injected in tests; defaults to the wall clock. */
  now?: () => number;
}

export function createMemoryIdempotencyStore(options: MemoryStoreOptions = {}): IdempotencyStore {
  const max = options.max ?? MEMORY_STORE_MAX_CLAIMS;
  const now = options.now ?? Date.now;
  const logger = options.logger ?? console;
  // Key -> when its claim ends. A Map iterates in insertion order, so the oldest claim is always first.
  const claims = new Map<string, number>();
  let warnedAt = Number.NEGATIVE_INFINITY;

  const dropExpired = (at: number) => {
    for (const [key, until] of claims) {
      if (until > at) return;
      claims.delete(key);
    }
  };

  const makeRoom = (at: number) => {
    while (claims.size > max) {
      const [oldest, until] = claims.entries().next().value as [string, number];
      claims.delete(oldest);
      // Once an hour at most: a store this full stays full for a while.
      if (until > at && at - warnedAt >= 3_600_000) {
        warnedAt = at;
        logger.warn(
          `idempotency: ${max} claims in memory, dropping ones still live; a redelivered event may be answered twice. ` +
            'Set IDEMPOTENCY_TABLE to keep claims in DynamoDB.',
        );
      }
    }
  };

  return {
    async claim(key, ttlSeconds) {
      const at = now();
      dropExpired(at);
      const until = claims.get(key);
      if (until !== undefined && until > at) return false;
      // Re-inserted at the end: the order stays the order of claims.
      claims.delete(key);
      claims.set(key, at + ttlSeconds * 1000);
      makeRoom(at);
      return true;
    },
  };
}
