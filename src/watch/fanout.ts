/**
 * A round over many pools does not fit one invocation: on Lambda the scheduled invocation resolves the pools and hands
 * them out in batches, each an asynchronous invocation of this same function (as the deferred /mfa-check jobs are),
 * so batches run side by side and each stays far inside the function's timeout.
 */
import type { PoolRef } from '../checks/pool-ref';
import type { Target } from './round';

/** 16 pools at 8 at a time: two waves of checks, a few seconds each even when AWS is slow. */
const BATCH_SIZE = 16;

/** What a batch invocation carries: pool ids, aliases by name and channels; never credentials. */
export interface WatchBatchPayload {
  mfaBotWatch: { pools: { poolId: string; alias?: string; channel?: string }[] };
}

export function isWatchBatch(event: unknown): event is WatchBatchPayload {
  const pools = (event as WatchBatchPayload | null)?.mfaBotWatch?.pools;
  return Array.isArray(pools);
}

function batches(targets: readonly Target[], size = BATCH_SIZE): WatchBatchPayload[] {
  const out: WatchBatchPayload[] = [];
  for (let i = 0; i < targets.length; i += size) {
    out.push({
      mfaBotWatch: {
        pools: targets.slice(i, i + size).map((t) => ({
          poolId: t.ref.poolId,
          ...(t.ref.alias ? { alias: t.ref.alias.alias } : {}),
          ...(t.channel ? { channel: t.channel } : {}),
        })),
      },
    });
  }
  return out;
}

/** Sends every batch; resolves with how many were handed over. `invoke` is the Lambda call (or a test's stand-in). */
export async function fanOut(
  targets: readonly Target[],
  invoke: (payload: WatchBatchPayload) => Promise<void>,
  size = BATCH_SIZE,
): Promise<number> {
  const all = batches(targets, size);
  await Promise.all(all.map(invoke));
  return all.length;
}

/** The targets of a batch, their aliases looked up again in the configuration (a payload names, never grants). */
export function targetsOf(
  payload: WatchBatchPayload,
  parse: (poolId: string, alias: string | undefined) => PoolRef | undefined,
): Target[] {
  return payload.mfaBotWatch.pools.flatMap((p) => {
    const ref = typeof p.poolId === 'string' ? parse(p.poolId, p.alias) : undefined;
    return ref ? [{ ref, ...(p.channel ? { channel: p.channel } : {}) }] : [];
  });
}
