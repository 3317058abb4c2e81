/**
 * "Ack now, finish later": a slow piece of work is described as plain, serialisable data (a Job) so it can run in
 * this process after the ack (Socket Mode, HTTP, console) or in a second, asynchronous Lambda invocation.
 */
import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Lang } from '../../catalogue/types';
import type { Config } from '../../config';

/** Where the job's result (or its failure) goes. */
export type ReplyTarget =
  /** A slash command's or a button's response_url: ephemeral by default, valid 30 minutes, up to 5 posts. */
  | { responseUrl: string }
  /** A channel (a thread when threadTs is set); ephemeral to `user` when given. */
  | { channel: string; threadTs?: string; user?: string };

export interface CheckJobArgs {
  /** The pool reference exactly as typed: a pool id or a pool ARN. */
  pool: string;
  username?: string;
  /** An MFA_CHECK_ACCOUNTS alias, resolved against the worker's own configuration (no role ARN in the payload). */
  account?: string;
  /** The catalogue entry of the diagnosis the check came from: its finding goes first. */
  entry?: string;
  /** Post the report to the channel (the "Share in channel" button) instead of privately. */
  share?: boolean;
  /** The language of the report and of what the job says; English when absent. */
  lang?: Lang;
}

export interface CheckJob {
  kind: 'check';
  /** Unique per request; the worker claims it once so a redelivered invocation does not reply twice. */
  id: string;
  args: CheckJobArgs;
  reply: ReplyTarget;
  /** Who asked and where, for the audit log line and the allow-lists. */
  requestedBy: { user: string; channel?: string; team?: string };
}

export type Job = CheckJob;

/** /mfa-check settings (MFA_CHECK_ACCOUNTS and the allow-lists), from the configuration. */
export type CheckSettings = Config['check'];

/** What a job needs from the running app: the Web API client (bot token), the logger, the check settings. */
export interface JobDeps {
  client: WebClient;
  logger: Logger;
  check: CheckSettings;
  /** When the process running the job will be stopped (epoch ms; a Lambda invocation's timeout), if it will be. */
  stopsAt?: number;
  /**
   * Aborted when the process stops before the job ends (graceful shutdown): the job posts nothing more, its
   * requester gets the "interrupted" notice instead.
   */
  signal?: AbortSignal;
}

export type JobRunner<J extends Job = Job> = (job: J, deps: JobDeps) => Promise<void>;

export interface Deferrer {
  /**
   * Hands the job over and resolves once it is safely scheduled (not when it is done). Rejects with a reason fit for
   * the person when it cannot be handed over: the caller still holds the ack and says so there. Once handed over,
   * a failure of the job itself is reported to the person by runJob.
   */
  defer(job: Job, deps: JobDeps): Promise<void>;
}
