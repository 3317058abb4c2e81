import { shownUsername } from './mask';
import type { PoolRef } from './pool-ref';
import { type Counts, type Finding, type Report, STATUSES } from './types';

function countByStatus(findings: readonly Finding[]): Counts {
  const counts: Counts = { fail: 0, warn: 0, unknown: 0, pass: 0 };
  for (const f of findings) counts[f.status] += 1;
  return counts;
}

/** Orders findings: the focus entry's first (a check started from a diagnosis), then fail, warn, unknown, pass. */
function orderFindings(findings: readonly Finding[], focusEntry?: string): Finding[] {
  const rank = (f: Finding) => (f.entry === focusEntry ? -1 : 0) * STATUSES.length + STATUSES.indexOf(f.status);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}

export function buildReport(input: {
  ref: PoolRef;
  account?: string;
  username?: string;
  findings: readonly Finding[];
  focusEntry?: string;
}): Report {
  const report: Report = {
    pool: input.ref.poolId,
    region: input.ref.region,
    counts: countByStatus(input.findings),
    findings: orderFindings(input.findings, input.focusEntry),
  };
  const account = input.account ?? input.ref.account;
  if (account) report.account = account;
  if (input.ref.alias) report.alias = input.ref.alias.alias;
  if (input.username) report.user = shownUsername(input.username);
  if (input.focusEntry) report.focusEntry = input.focusEntry;
  return report;
}
