/** One process (Socket Mode, a single HTTP server, the console): a bounded in-memory LRU with expiry. */
import { LRUCache } from 'lru-cache';
import type { IdempotencyStore } from './types';

export function createMemoryIdempotencyStore(max = 10_000): IdempotencyStore {
  const seen = new LRUCache<string, true>({ max });
  return {
    async claim(key, ttlSeconds) {
      if (seen.has(key)) return false;
      seen.set(key, true, { ttl: ttlSeconds * 1000 });
      return true;
    },
  };
}
