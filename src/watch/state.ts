/**
 * Where each watched pool's last findings live between rounds, under `watch#<pool>@<channel>`: in memory (one
 * process), in MFA_WATCH_STATE_FILE (a restart does not post the baselines again), or in DynamoDB (state-dynamodb.ts,
 * any Lambda instance sees the same). Only ids, statuses and Slack message ts are kept: never user text.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { PoolState } from './diff';

export interface WatchStore {
  get(key: string): Promise<PoolState | undefined>;
  put(key: string, state: PoolState): Promise<void>;
}

/** One pool watched for one channel: the same pool watched for two channels has two states (two baselines). */
export function stateKey(pool: string, channel: string | undefined): string {
  return `watch#${pool}@${channel ?? '-'}`;
}

export function createMemoryStore(): WatchStore {
  const states = new Map<string, PoolState>();
  return {
    async get(key) {
      return states.get(key);
    },
    async put(key, state) {
      states.set(key, state);
    },
  };
}

/**
 * One JSON file holding every state. Reads it once, writes it whole through a temporary file and a rename, so a crash
 * mid-write leaves the previous round's file, never half of one. Calls are serialised: a round's pools finish in any
 * order.
 */
export function createFileStore(path: string): WatchStore {
  let states: Promise<Record<string, PoolState>> | undefined;
  let writing = Promise.resolve();
  const load = () => {
    states ??= readFile(path, 'utf8').then(
      (text) => JSON.parse(text) as Record<string, PoolState>,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return {};
        throw error;
      },
    );
    return states;
  };
  return {
    async get(key) {
      return (await load())[key];
    },
    async put(key, state) {
      const all = await load();
      all[key] = state;
      // A failed write fails its own put only; the next one still writes the whole file.
      writing = writing
        .catch(() => undefined)
        .then(async () => {
          const tmp = `${path}.${process.pid}.tmp`;
          await writeFile(tmp, `${JSON.stringify(all, null, 1)}\n`, { mode: 0o600 });
          await rename(tmp, path);
        });
      await writing;
    },
  };
}
