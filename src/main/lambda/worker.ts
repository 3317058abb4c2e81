/**
 * The asynchronous half of a deferred job: the invocation the Slack path sent to this same function. Lambda delivers
 * asynchronous events at least once, so the job id is claimed first and a redelivery does nothing.
 */

import { parseWorkerPayload, runJob, type WorkerPayload } from '../../slack/deferred';
import { jobRunners } from '../../slack/deferred/jobs';
import type { LambdaRuntime } from './runtime';

/** Longer than the 30-minute life of a response_url, after which a redelivered job could not answer anyway. */
const JOB_CLAIM_TTL_SECONDS = 3600;

export type WorkerResult = { status: 'done' | 'duplicate'; job: string } | { status: 'rejected'; reason: string };

/** `remainingMs`: the invocation's time left (context.getRemainingTimeInMillis()), when Lambda gives it. */
export async function runWorker(
  payload: WorkerPayload,
  runtime: LambdaRuntime,
  remainingMs?: number,
): Promise<WorkerResult> {
  const { app, store, config } = runtime;
  let job: ReturnType<typeof parseWorkerPayload>;
  try {
    job = parseWorkerPayload(payload, { apiUrl: config.slack.apiUrl });
  } catch (error) {
    // Nobody to tell: a payload without a valid reply target did not come from our own hand-over.
    const reason = error instanceof Error ? error.message : String(error);
    app.logger.error(reason);
    return { status: 'rejected', reason };
  }
  if (!(await store.claim(`job:${job.id}`, JOB_CLAIM_TTL_SECONDS))) {
    app.logger.info(`deferred job ${job.kind} ${job.id} was already run; ignoring the redelivery`);
    return { status: 'duplicate', job: job.id };
  }
  const stopsAt = remainingMs === undefined ? undefined : Date.now() + remainingMs;
  await runJob(job, { client: app.client, logger: app.logger, check: config.check, stopsAt }, jobRunners);
  return { status: 'done', job: job.id };
}
