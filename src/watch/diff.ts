/**
 * One pool's findings against the previous round's: what changed, what got worse, and the state to keep. Pure.
 * "Worse" is the contract of `watch --once`: moved to `fail` from anything else, or to `warn` from `pass` or `none`;
 * `unknown` is never worse. An `unknown` from a throttle or a timeout only counts once it has lasted two rounds.
 */
import type { Finding, Status } from '../checks/types';

/** `none`: the finding did not exist before (a first round, a new app client) or no longer exists. */
export type WatchStatus = Status | 'none';

/** What is kept per finding between rounds: ids and statuses only, never user text. */
interface KeptFinding {
  rule: string;
  entry: string;
  status: Status;
  client?: string;
  /** A transient unknown seen once, not yet reported: the status is still the previous one. */
  pendingUnknown?: boolean;
  /** The ts of the Slack message that first reported this finding: later changes go in its thread. */
  thread?: string;
}

export interface PoolState {
  /** ISO time of the last round that checked the pool. */
  checkedAt: string;
  findings: Record<string, KeptFinding>;
  /** The SMS role the pool sends with: an IAM event on that role re-checks the pool. */
  smsRole?: string;
  /** The SMS region: an SNS SetSMSAttributes there re-checks the pool. */
  smsRegion?: string;
}

export interface Change {
  key: string;
  rule: string;
  entry: string;
  client?: string;
  from: WatchStatus;
  to: WatchStatus;
  worse: boolean;
  /** The finding as it is now (absent when it no longer exists). */
  finding?: Finding;
  /** The thread of the message that first reported the finding, when there was one. */
  thread?: string;
}

export function isWorse(from: WatchStatus, to: WatchStatus): boolean {
  if (to === 'fail') return from !== 'fail';
  if (to === 'warn') return from === 'pass' || from === 'none';
  return false;
}

/** Findings of one rule about one app client are one finding across rounds. */
function findingKey(f: Pick<Finding, 'rule' | 'client'>): string {
  return f.client ? `${f.rule}#${f.client.id}` : f.rule;
}

export interface Diff {
  changes: Change[];
  /** Every finding as the next round should see it. */
  findings: Record<string, KeptFinding>;
  /** No state before: the changes are the baseline. */
  baseline: boolean;
}

export function diffFindings(before: PoolState | undefined, now: readonly Finding[]): Diff {
  const previous = before?.findings ?? {};
  const changes: Change[] = [];
  const findings: Record<string, KeptFinding> = {};
  for (const f of now) {
    const key = findingKey(f);
    const old = previous[key];
    const kept: KeptFinding = {
      rule: f.rule,
      entry: f.entry,
      status: f.status,
      ...(f.client ? { client: f.client.id } : {}),
      ...(old?.thread ? { thread: old.thread } : {}),
    };
    const from: WatchStatus = old?.status ?? 'none';
    // The first transient unknown keeps the old status and waits; a second one in a row is a change.
    if (old && f.status === 'unknown' && f.transient && old.status !== 'unknown' && !old.pendingUnknown) {
      findings[key] = { ...kept, status: old.status, pendingUnknown: true };
      continue;
    }
    findings[key] = kept;
    if (from !== f.status) changes.push(change(key, kept, from, f.status, f));
  }
  for (const [key, old] of Object.entries(previous)) {
    if (!findings[key]) changes.push(change(key, old, old.status, 'none'));
  }
  return { changes, findings, baseline: before === undefined };
}

function change(key: string, kept: KeptFinding, from: WatchStatus, to: WatchStatus, finding?: Finding): Change {
  return {
    key,
    rule: kept.rule,
    entry: kept.entry,
    ...(kept.client ? { client: kept.client } : {}),
    from,
    to,
    worse: isWorse(from, to),
    ...(finding ? { finding } : {}),
    ...(kept.thread ? { thread: kept.thread } : {}),
  };
}
