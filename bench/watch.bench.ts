/**
 * A fleet watch round: 500 pools in 20 regions behind one `*` watch, every AWS reply delayed 100 ms (nock, through the
 * real SDK clients). The scheduled invocation lists the pools and fans them out in batches; each batch runs as its own
 * "invocation" (here side by side in this process, as Lambda runs asynchronous invocations side by side).
 */
import nock from 'nock';
import { loadConfig } from '../src/config';
import { runWatchEvent } from '../src/main/lambda/watch';
import type { WatchBatchPayload } from '../src/watch/fanout';
import { createMemoryStore } from '../src/watch/state';
import { type Reply, STATIC_CREDENTIALS, serve } from '../test/harness/aws-wire';
import { percentile, row } from './stats';

const DELAY_MS = 100;
const REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'eu-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-south-1',
  'sa-east-1',
  'me-south-1',
  'af-south-1',
];
const POOLS_PER_REGION = 25;

const listUserPools = (region: string): Reply => ({
  status: 200,
  contentType: 'application/x-amz-json-1.1',
  body: JSON.stringify({
    UserPools: Array.from({ length: POOLS_PER_REGION }, (_, i) => ({ Id: `${region}_Pool${i}x`, Name: `pool-${i}` })),
  }),
});

export async function run(): Promise<void> {
  nock.disableNetConnect();
  const calls: string[][] = REGIONS.map(
    (region) => serve({ 'cognito-idp:ListUserPools': listUserPools(region) }, { region, delayMs: DELAY_MS }).calls,
  );
  const config = loadConfig({ MFA_WATCH: '*=C0BENCH001', MFA_WATCH_REGIONS: REGIONS.join(',') });
  const store = createMemoryStore();
  const clientOptions = { credentials: STATIC_CREDENTIALS, maxAttempts: 1 };
  const batches: Promise<number>[] = [];
  const invoke = async (payload: WatchBatchPayload) => {
    const start = performance.now();
    batches.push(
      runWatchEvent(payload, config, { store, clientOptions, remainingMs: 900_000 }).then(
        () => performance.now() - start,
      ),
    );
  };

  const start = performance.now();
  const scheduled = { source: 'aws.events', 'detail-type': 'Scheduled Event' };
  const fanned = await runWatchEvent(scheduled, config, { store, clientOptions, invoke });
  const fanOutMs = performance.now() - start;
  const times = (await Promise.all(batches)).sort((a, b) => a - b);
  const totalMs = performance.now() - start;
  // One batch alone, as one Lambda invocation runs it with its own CPU (the batches above shared this machine's cores).
  let first: WatchBatchPayload | undefined;
  await runWatchEvent(scheduled, config, {
    store,
    clientOptions,
    invoke: async (p) => {
      first ??= p;
    },
  });
  const before = calls.flat().filter((c) => c !== 'cognito-idp:ListUserPools').length;
  const aloneStart = performance.now();
  if (first) await runWatchEvent(first, config, { store: createMemoryStore(), clientOptions, remainingMs: 900_000 });
  const aloneMs = performance.now() - aloneStart;
  const aloneCalls = calls.flat().filter((c) => c !== 'cognito-idp:ListUserPools').length - before;
  const all = calls.flat();
  // Every check of the round ran once more for the lone batch: count the round's checks only.
  const checkCalls = all.filter((c) => c !== 'cognito-idp:ListUserPools').length - aloneCalls;
  const pools = fanned.status === 'fanned-out' ? fanned.pools : 0;

  console.log(`\n${pools} pools in ${REGIONS.length} regions, every AWS reply delayed ${DELAY_MS} ms.\n`);
  console.log(row(['figure', 'value']));
  console.log(row(['---', '---']));
  console.log(row(['pools checked per minute', Math.round((pools / totalMs) * 60_000).toString()]));
  console.log(row(['whole round, ms', Math.round(totalMs).toString()]));
  console.log(row(['scheduled invocation (list + fan out), ms', Math.round(fanOutMs).toString()]));
  console.log(row(['invocations (1 scheduled + batches)', (1 + times.length).toString()]));
  console.log(row(['batch median, ms', Math.round(percentile(times, 50)).toString()]));
  console.log(row(['slowest batch, ms', Math.round(times.at(-1) ?? 0).toString()]));
  console.log(row(['one batch alone (its own CPU, as on Lambda), ms', Math.round(aloneMs).toString()]));
  console.log(row(['AWS calls per pool (checks)', (checkCalls / Math.max(1, pools)).toFixed(1)]));
  console.log(
    row(['ListUserPools calls (round)', String(all.filter((c) => c === 'cognito-idp:ListUserPools').length / 2)]),
  );
  nock.cleanAll();
}
