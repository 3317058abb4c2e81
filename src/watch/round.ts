/**
 * One watch round: resolve the watched pools (listing `*` watches), check each with the /mfa-check rules at most
 * CONCURRENCY at a time, compare with the kept state, let `post` tell the channel, then keep the new state. A pool
 * whose post failed keeps its old state, so the next round tells the change again rather than losing it.
 */
import type { CallRecord } from '../checks/aws/call';
import { timeBudget } from '../checks/aws/time-budget';
import { mapLimit } from '../checks/collect/paging';
import { asIs, type Localized, type Phrases, say } from '../checks/localized';
import { glob } from '../checks/policy/match';
import type { PoolRef } from '../checks/pool-ref';
import { parsePoolRef } from '../checks/pool-ref';
import { CHECK_FAILURE_PHRASES, runCheck } from '../checks/run';
import type { Report } from '../checks/types';
import { type Diff, diffFindings, type PoolState } from './diff';
import type { Sessions } from './sessions';
import type { Watch, WatchPolicy } from './settings';
import { stateKey, type WatchStore } from './state';

/** Checks in flight at once: well under Cognito's read quotas, which the pools' own sign-ins share. */
const CONCURRENCY = 8;

const ROUND_PHRASES: Phrases<{ outOfTime: string }> = {
  en: { outOfTime: 'not checked: the batch ran out of time; the next round checks it' },
  ja: { outOfTime: 'チェックしていません: バッチの時間切れです。次の回でチェックします' },
};

/** One pool of one watch, ready to check. */
export interface Target {
  ref: PoolRef;
  channel?: string;
}

export type PoolOutcome =
  | { ok: true; target: Target; report: Report; diff: Diff; state: PoolState }
  | { ok: false; target: Target; message: Localized };

/** Tells the channel; returns the ts each change was posted under (to keep as its thread), or throws. */
export type Post = (outcome: Extract<PoolOutcome, { ok: true }>) => Promise<Record<string, string>>;

export interface RoundDeps {
  policy: WatchPolicy;
  regions: readonly string[];
  store: WatchStore;
  sessions: Sessions;
  now: () => Date;
  post?: Post;
  trace?: CallRecord[];
  logger?: { warn(message: string): void };
  /** Epoch ms after which no further check starts (a Lambda batch's time): the next round covers what is left. */
  startBy?: number;
}

function aliasOf(watch: Watch, policy: WatchPolicy) {
  return watch.alias ? policy.accounts.find((a) => a.alias.toLowerCase() === watch.alias?.toLowerCase()) : undefined;
}

/** The pools the watches name; a `*` watch lists its account's pools in every watch region. */
export async function resolveTargets(watches: readonly Watch[], deps: RoundDeps): Promise<Target[]> {
  const lists = await Promise.all(
    watches.map(async (watch): Promise<Target[]> => {
      const alias = aliasOf(watch, deps.policy);
      if (watch.pool !== '*') {
        const parsed = parsePoolRef([watch.pool], [], { emulator: deps.policy.emulator });
        if (!parsed.ok) return [];
        return [{ ref: alias ? { ...parsed.ref, alias } : parsed.ref, channel: watch.channel }];
      }
      // Loaded here: the Cognito SDK it imports is not needed at a cold start that fans out no `*` watch.
      const { listPools } = await import('./list-pools');
      const perRegion = await Promise.all(
        deps.regions.map(async (region) => {
          const clients = await deps.sessions.clients(alias, region);
          const ctx = { signal: timeBudget(60_000), callTimeoutMs: 10_000, startedAt: Date.now() };
          const listed = await listPools({ ...ctx, trace: deps.trace }, clients.cognito);
          if (!listed.ok) {
            deps.logger?.warn(
              `watch: could not list the pools of ${watch.alias ?? 'the account'} in ${region}: ${listed.error.code}`,
            );
            return [];
          }
          return listed.value;
        }),
      );
      const allowed = deps.policy.allowedPools;
      return perRegion
        .flat()
        .filter((id) => allowed.length === 0 || allowed.some((p) => glob(p, id)))
        .flatMap((id) => {
          const parsed = parsePoolRef([id], []);
          return parsed.ok ? [{ ref: alias ? { ...parsed.ref, alias } : parsed.ref, channel: watch.channel }] : [];
        });
    }),
  );
  // A pool named and also listed by a `*` watch for the same channel is one pool with one state: checked once.
  const seen = new Set<string>();
  return lists.flat().filter((t) => {
    const key = stateKey(t.ref.poolId, t.channel);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function checkTarget(target: Target, deps: RoundDeps): Promise<PoolOutcome> {
  const { alias, ...ref } = target.ref;
  let clients: Awaited<ReturnType<Sessions['clients']>>;
  try {
    clients = await deps.sessions.clients(alias, ref.region);
  } catch (error) {
    const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      ok: false,
      target,
      message: say(CHECK_FAILURE_PHRASES, (p) =>
        p.assumeRoleFailed(alias?.roleArn ?? '', alias?.alias ?? '', why, Boolean(alias?.externalId)),
      ),
    };
  }
  const result = await runCheck({ ref, clients, trace: deps.trace });
  if (!result.ok) return { ok: false, target, message: result.message };
  const key = stateKey(ref.poolId, target.channel);
  const before = await deps.store.get(key);
  const diff = diffFindings(before, result.report.findings);
  const { smsRole, sns } = result.facts;
  const state: PoolState = {
    checkedAt: deps.now().toISOString(),
    findings: diff.findings,
    ...(smsRole ? { smsRole: smsRole.arn, smsRegion: sns?.region ?? smsRole.region } : {}),
  };
  const outcome = {
    ok: true as const,
    target,
    report: { ...result.report, ...(alias ? { alias: alias.alias } : {}) },
    diff,
    state,
  };
  if (diff.changes.length > 0 && target.channel && deps.post) {
    const threads = await deps.post(outcome);
    for (const [k, ts] of Object.entries(threads)) {
      const kept = state.findings[k];
      if (kept && !kept.thread) kept.thread = ts;
    }
  }
  await deps.store.put(key, state);
  return outcome;
}

/** Checks every target; a pool that could not be checked or posted is reported, never fails the others. */
export async function runRound(targets: readonly Target[], deps: RoundDeps): Promise<PoolOutcome[]> {
  return mapLimit([...targets], CONCURRENCY, async (target): Promise<PoolOutcome> => {
    if (deps.startBy !== undefined && Date.now() > deps.startBy)
      return { ok: false, target, message: say(ROUND_PHRASES, (p) => p.outOfTime) };
    try {
      return await checkTarget(target, deps);
    } catch (error) {
      const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      deps.logger?.warn(`watch: ${target.ref.poolId}: ${why}`);
      return { ok: false, target, message: asIs(why) };
    }
  });
}
