/**
 * The watch on Lambda. The schedule resolves the watched pools and fans them out in batches to asynchronous
 * invocations of this function; a batch checks its pools inside its own time; a CloudTrail event checks the pools it
 * concerns at once. The state lives in DynamoDB (MFA_WATCH_TABLE, else the idempotency table under `watch#`).
 */
import type { ClientOptions } from '../../checks/aws/clients';
import type { Config } from '../../config';
import { triggerOf } from '../../watch/events';
import { fanOut, isWatchBatch, type WatchBatchPayload } from '../../watch/fanout';
import { type PoolOutcome, runRound } from '../../watch/round';
import { batchTargets, roundDeps, targetsFor, type WatchRunOptions } from '../../watch/run';
import type { WatchStore } from '../../watch/state';

/** Longest a single check may take (its own deadline), kept free at the end of a batch's invocation. */
const CHECK_DEADLINE_MS = 25_000;

export type WatchResult =
  | { status: 'fanned-out'; pools: number; batches: number }
  | { status: 'checked'; pools: number; worse: number; failed: number };

export interface LambdaWatchDeps {
  /** Asynchronous self-invocation (InvocationType Event); tests pass a stand-in. */
  invoke?: (payload: WatchBatchPayload) => Promise<void>;
  store?: WatchStore;
  clientOptions?: ClientOptions;
  remainingMs?: number;
  logger?: { warn(message: string): void };
}

function selfInvoke(functionName: string) {
  return async (payload: WatchBatchPayload) => {
    const { LambdaClient, InvokeCommand } = await import('@aws-sdk/client-lambda');
    const out = await new LambdaClient({ maxAttempts: 3 }).send(
      new InvokeCommand({ FunctionName: functionName, InvocationType: 'Event', Payload: JSON.stringify(payload) }),
    );
    if (out.StatusCode !== 202) throw new Error(`Lambda answered ${out.StatusCode} to a watch batch`);
  };
}

function summary(outcomes: PoolOutcome[]): WatchResult {
  return {
    status: 'checked',
    pools: outcomes.length,
    worse: outcomes.filter((o) => o.ok && o.diff.changes.some((c) => c.worse)).length,
    failed: outcomes.filter((o) => !o.ok).length,
  };
}

export async function runWatchEvent(event: unknown, config: Config, deps: LambdaWatchDeps = {}): Promise<WatchResult> {
  const table = config.watch.table ?? config.idempotencyTable;
  const options: WatchRunOptions = {
    ...(deps.store ? { store: deps.store } : table ? { table } : {}),
    ...(deps.clientOptions ? { clientOptions: deps.clientOptions } : {}),
    ...(deps.logger ? { logger: deps.logger } : {}),
  };
  const round = await roundDeps(config, options);
  if (deps.remainingMs !== undefined) round.startBy = Date.now() + deps.remainingMs - CHECK_DEADLINE_MS;
  if (isWatchBatch(event)) {
    return summary(await runRound(batchTargets(config, event), round));
  }
  const trigger = triggerOf(event);
  if (!trigger) throw new Error('not a watch event');
  const targets = await targetsFor(trigger, round, config.watch.watches);
  if (trigger.kind === 'schedule') {
    const functionName = config.lambda.functionName;
    const invoke = deps.invoke ?? (functionName ? selfInvoke(functionName) : undefined);
    if (!invoke) throw new Error('AWS_LAMBDA_FUNCTION_NAME is missing: the scheduled watch fans out to itself');
    const batches = await fanOut(targets, invoke);
    return { status: 'fanned-out', pools: targets.length, batches };
  }
  return summary(await runRound(targets, round));
}
