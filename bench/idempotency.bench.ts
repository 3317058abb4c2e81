/**
 * `npm run bench idempotency`: the in-memory claim store of a single process (no IDEMPOTENCY_TABLE). Memory when it
 * holds an hour of Slack's maximum event rate (30,000 deliveries per workspace per hour) and when full (its cap),
 * the time per claim, and what is left an hour later, once every claim has aged out. The clock is simulated.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createMemoryIdempotencyStore, MEMORY_STORE_MAX_CLAIMS } from '../src/slack/idempotency';
import { row } from './stats';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

/** Event ids as Slack writes them: `Ev` and about ten upper-case letters and digits. */
const eventId = (i: number) => `event:Ev0${(1e12 + i * 7919).toString(36).toUpperCase()}`;

async function fill(claims: number): Promise<{ mb: number; bytesPerClaim: number; usPerClaim: number; after: number }> {
  let now = Date.UTC(2026, 10, 26, 8, 0, 0);
  const store = createMemoryIdempotencyStore({ now: () => now, logger: { warn: () => {} } });
  const before = heapMb();
  const step = 3_600_000 / claims;
  const started = process.hrtime.bigint();
  for (let i = 0; i < claims; i++) {
    now += step;
    await store.claim(eventId(i), 3600);
  }
  const elapsedUs = Number(process.hrtime.bigint() - started) / 1e3;
  const full = heapMb() - before;
  now += 3_600_000;
  await store.claim('event:EvONEHOURLATER', 3600);
  const after = heapMb() - before;
  return { mb: full, bytesPerClaim: (full * 1e6) / claims, usPerClaim: elapsedUs / claims, after };
}

export async function run(): Promise<void> {
  console.log(
    '| claims held (spread over one hour) | heap MB | bytes per claim | µs per claim | heap MB an hour later |',
  );
  console.log('|---|---|---|---|---|');
  for (const claims of [30_000, MEMORY_STORE_MAX_CLAIMS]) {
    const { mb, bytesPerClaim, usPerClaim, after } = await fill(claims);
    console.log(row([claims.toLocaleString('en'), mb, bytesPerClaim.toFixed(0), usPerClaim, after]));
  }
}
