/**
 * The watch wired from the config: which store, which Slack client, which pools. Shared by the CLI, the Lambda
 * handler and the in-process timer, so all three run the same round.
 */
import type { ClientOptions } from '../checks/aws/clients';
import { parsePoolRef } from '../checks/pool-ref';
import type { Config } from '../config';
import { slackClientOptions } from '../slack/web-api/client-options';
import { concerns, needsState, type WatchTrigger } from './events';
import { targetsOf, type WatchBatchPayload } from './fanout';
import { type PoolOutcome, type RoundDeps, resolveTargets, runRound, type Target } from './round';
import { createSessions } from './sessions';
import { parseWatchTarget, type Watch } from './settings';
import { createFileStore, createMemoryStore, stateKey, type WatchStore } from './state';

export interface WatchRunOptions {
  /** `--state FILE` wins over MFA_WATCH_STATE_FILE. */
  stateFile?: string;
  /** On Lambda: the DynamoDB table (MFA_WATCH_TABLE, else IDEMPOTENCY_TABLE). */
  table?: string;
  store?: WatchStore;
  clientOptions?: ClientOptions;
  now?: () => Date;
  logger?: { warn(message: string): void };
}

export function storeFor(config: Config, options: WatchRunOptions): WatchStore | Promise<WatchStore> {
  if (options.store) return options.store;
  const file = options.stateFile ?? config.watch.stateFile;
  if (file) return createFileStore(file);
  if (options.table)
    return import('./state-dynamodb').then((m) => m.createDynamoDbWatchStore({ tableName: options.table as string }));
  return createMemoryStore();
}

const processStores = new WeakMap<Config, Promise<WatchStore>>();

/**
 * The one store of a long-running process: the timer's rounds and `/mfa-check watch` must see the same memory state
 * (a store made per round would make every round a first round). On Lambda it is the DynamoDB table.
 */
export function processWatchStore(config: Config): Promise<WatchStore> {
  let store = processStores.get(config);
  if (!store) {
    const table = config.lambda.functionName ? (config.watch.table ?? config.idempotencyTable) : undefined;
    store = Promise.resolve(storeFor(config, table ? { table } : {}));
    processStores.set(config, store);
  }
  return store;
}

/** Everything a round needs; posts only with a bot token (SLACK_API_URL honoured). */
export async function roundDeps(config: Config, options: WatchRunOptions = {}): Promise<RoundDeps> {
  const token = config.slack.botToken;
  let post: RoundDeps['post'];
  if (token) {
    const [{ webApi }, { slackPost }] = await Promise.all([import('@slack/bolt'), import('./post')]);
    const logger = options.logger ?? { warn: (m: string) => console.warn(m) };
    const client = new webApi.WebClient(token, {
      ...slackClientOptions(() => logger),
      ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    });
    post = slackPost(client, config.watch.lang ?? 'en');
  }
  return {
    policy: { ...config.check },
    regions: config.watch.regions,
    store: await storeFor(config, options),
    sessions: createSessions(options.clientOptions),
    now: options.now ?? (() => new Date()),
    ...(post ? { post } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  };
}

/** The pools a trigger concerns: all of them on the schedule, else those its pool id, role or SMS region names. */
export async function targetsFor(trigger: WatchTrigger, deps: RoundDeps, watches: readonly Watch[]): Promise<Target[]> {
  const all = await resolveTargets(watches, deps);
  if (trigger.kind === 'schedule') return all;
  if (!needsState(trigger)) return all.filter((t) => concerns(trigger, t.ref.poolId, undefined));
  const states = await Promise.all(all.map((t) => deps.store.get(stateKey(t.ref.poolId, t.channel))));
  return all.filter((t, i) => concerns(trigger, t.ref.poolId, states[i]));
}

/** A batch payload's pools, each still a configured watch: a payload names pools, it never widens the watch. */
export function batchTargets(config: Config, payload: WatchBatchPayload): Target[] {
  const policy = { ...config.check };
  return targetsOf(payload, (poolId, alias) => {
    const parsed = parsePoolRef(alias ? [alias, poolId] : [poolId], config.check.accounts, policy);
    if (!parsed.ok) return undefined;
    const allowed = config.watch.watches.some(
      (w) => (w.alias ?? '').toLowerCase() === (alias ?? '').toLowerCase() && (w.pool === '*' || w.pool === poolId),
    );
    return allowed && 'pool' in parseWatchTarget(alias ? `${alias}:${poolId}` : poolId, policy)
      ? parsed.ref
      : undefined;
  }).filter((t) => !t.channel || config.watch.watches.some((w) => w.channel === t.channel));
}

/** One round over `watches` (default: MFA_WATCH). */
export async function runWatchRound(
  config: Config,
  watches: readonly Watch[] = config.watch.watches,
  options: WatchRunOptions = {},
): Promise<PoolOutcome[]> {
  const deps = await roundDeps(config, options);
  const targets: Target[] = await resolveTargets(watches, deps);
  return runRound(targets, deps);
}
