/**
 * The payload of the asynchronous self-invocation. Its own top-level key tells it apart from an API Gateway event,
 * and it is validated on the way in: anyone allowed to invoke the function could send anything.
 */
import { disallowedResponseHost } from '../response-url';
import type { Job } from './types';

export interface WorkerPayload {
  mfaBotJob: Job;
}

export function toWorkerPayload(job: Job): WorkerPayload {
  return { mfaBotJob: job };
}

function isString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

export function isWorkerPayload(event: unknown): event is WorkerPayload {
  return typeof event === 'object' && event !== null && 'mfaBotJob' in event;
}

/**
 * Returns the job, or throws an error that says what is wrong with the payload. Results go back to Slack only (or to
 * the configured SLACK_API_URL's origin): the worker must not be usable to POST a report anywhere else.
 */
export function parseWorkerPayload(payload: WorkerPayload, slack: { apiUrl?: string } = {}): Job {
  const job = payload.mfaBotJob as Partial<Job> | null;
  if (!job || typeof job !== 'object') throw new Error('worker payload: mfaBotJob is not an object');
  if (job.kind !== 'check') throw new Error(`worker payload: unknown job kind ${JSON.stringify(job.kind)}`);
  if (!isString(job.id)) throw new Error('worker payload: job id missing');
  if (!job.args || !isString(job.args.pool)) throw new Error('worker payload: args.pool missing');
  const reply = job.reply as Record<string, unknown> | undefined;
  if (reply && isString(reply.responseUrl)) {
    const host = disallowedResponseHost(reply.responseUrl, slack.apiUrl);
    if (host !== undefined) throw new Error(`worker payload: response_url host not allowed: ${host}`);
  } else if (!reply || !isString(reply.channel)) {
    throw new Error('worker payload: reply target missing (responseUrl or channel)');
  }
  if (!job.requestedBy || !isString(job.requestedBy.user)) throw new Error('worker payload: requestedBy.user missing');
  return job as Job;
}
