/** One process (Socket Mode, a single HTTP server, the console), and the fallback when the shared table fails. */
import { LRUCache } from 'lru-cache';
import type { CounterStore } from './types';

/**
 * Keys of past windows are never read again; the LRU bound lets them go. 10,000 counters are a few hundred KB:
 * more people than that starting checks in one window would only lose their own counts, the overall key stays.
 */
export function createMemoryCounterStore(max = 10_000): CounterStore {
  const counts = new LRUCache<string, number>({ max });
  return {
    async take(key, limit) {
      const count = counts.get(key) ?? 0;
      if (count >= limit) return false;
      counts.set(key, count + 1);
      return true;
    },
  };
}
