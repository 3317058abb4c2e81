/**
 * The payload of the asynchronous self-invocation. Its own top-level key tells it apart from an API Gateway event,
 * and it is validated on the way in: anyone allowed to invoke the function could send anything.
 */
import type { Job } from './types';

export interface WorkerPayload {
  mfaBotJob: Job;
}

export function toWorkerPayload(job: Job): WorkerPayload {
  return { mfaBotJob: job };
}

/** Results go back to Slack only: the worker must not be usable to POST a report anywhere else. */
const SLACK_RESPONSE_URL = /^https:\/\/hooks\.slack(-gov)?\.com\//;

function isString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

export function isWorkerPayload(event: unknown): event is WorkerPayload {
  return typeof event === 'object' && event !== null && 'mfaBotJob' in event;
}

/** Returns the job, or throws an error that says what is wrong with the payload. */
export function parseWorkerPayload(payload: WorkerPayload): Job {
  const job = payload.mfaBotJob as Partial<Job> | null;
  if (!job || typeof job !== 'object') throw new Error('worker payload: mfaBotJob is not an object');
  if (job.kind !== 'check') throw new Error(`worker payload: unknown job kind ${JSON.stringify(job.kind)}`);
  if (!isString(job.id)) throw new Error('worker payload: job id missing');
  if (!job.args || !isString(job.args.pool)) throw new Error('worker payload: args.pool missing');
  const reply = job.reply as Record<string, unknown> | undefined;
  const replyOk =
    !!reply &&
    (('responseUrl' in reply && isString(reply.responseUrl) && SLACK_RESPONSE_URL.test(reply.responseUrl)) ||
      ('channel' in reply && isString(reply.channel)));
  if (!replyOk) throw new Error('worker payload: reply target missing (responseUrl or channel)');
  if (!job.requestedBy || !isString(job.requestedBy.user)) throw new Error('worker payload: requestedBy.user missing');
  return job as Job;
}
