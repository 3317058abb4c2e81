import type { PoolRef } from './pool-ref';
import type { Counts } from './types';

export interface AuditInput {
  /** Who asked: a Slack user id, or `cli`. */
  who: string;
  /** Where: a Slack channel id, or `cli`. */
  where: string;
  team?: string;
  ref: Pick<PoolRef, 'poolId' | 'region'> & { alias?: { alias: string } };
  /** Whether a user was looked up; the username itself is not logged. */
  userChecked: boolean;
  outcome: 'ok' | 'refused' | 'failed';
  counts?: Counts;
  /** For refused and failed checks: the reason code. */
  reason?: string;
  durationMs?: number;
  at: Date;
}

/** One structured log line per check: who, where, which pool, the counts. Holds no secret and no username. */
export function auditLine(input: AuditInput): string {
  return JSON.stringify({
    event: 'mfa_check',
    at: input.at.toISOString(),
    who: input.who,
    where: input.where,
    ...(input.team ? { team: input.team } : {}),
    pool: input.ref.poolId,
    region: input.ref.region,
    ...(input.ref.alias ? { alias: input.ref.alias.alias } : {}),
    userChecked: input.userChecked,
    outcome: input.outcome,
    ...(input.counts ? { counts: input.counts } : {}),
    ...(input.reason ? { reason: input.reason } : {}),
    ...(input.durationMs !== undefined ? { durationMs: Math.round(input.durationMs) } : {}),
  });
}
