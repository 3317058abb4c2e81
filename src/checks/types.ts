import type { Facts } from './facts';
import type { Localized } from './localized';

export const STATUSES = ['fail', 'warn', 'unknown', 'pass'] as const;
export type Status = (typeof STATUSES)[number];

export interface Finding {
  rule: string;
  /** The catalogue entry this finding speaks to; its fix steps are the fix. */
  entry: string;
  status: Status;
  /** One line, in each language. */
  summary: Localized;
  /** What the rule saw, one fact a line, in each language. Never secrets. */
  evidence: Localized[];
  /** For per-client findings: the app client (never its secret). */
  client?: { id: string; name?: string };
  /** For `unknown` findings caused by a denied read: the IAM actions the bot's role needs. */
  missingActions?: string[];
  /** An `unknown` caused only by throttling or a timeout: likely gone next time, so a watch waits a round. */
  transient?: boolean;
}

/** A rule: a pure function of the facts, one per file in rules/. */
export interface Rule {
  id: string;
  /** The catalogue entry its findings speak to: the one place a rule and an entry are linked. */
  entry: string;
  /** What it checks, one line (README, --help). */
  describes: string;
  evaluate(facts: Facts): Finding[];
}

export type Counts = Record<Status, number>;

export interface Report {
  pool: string;
  region: string;
  account?: string;
  /** The MFA_CHECK_ACCOUNTS alias the check assumed, if any. */
  alias?: string;
  /** The username the user checks ran for, if any. */
  user?: string;
  counts: Counts;
  /** Ordered: the focus entry's findings, then fail, warn, unknown, pass. */
  findings: Finding[];
  focusEntry?: string;
}
