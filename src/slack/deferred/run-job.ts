/**
 * Runs a job through its runner and makes sure the person hears about a failure: the deferred part has no ack to
 * carry an error, so an exception here would otherwise only reach a log nobody reads.
 */
import { LocalizedError } from '../../checks/localized';
import { CHECK_START_STRINGS } from '../../render/check-start-strings';
import { escapeCode, escapeMrkdwn } from '../../render/mrkdwn';
import { sendReply } from './reply';
import type { Job, JobDeps, JobRunner } from './types';

export type JobRunners = { [K in Job['kind']]: JobRunner<Extract<Job, { kind: K }>> };

/** The reason shown to the person: the error's own message, never a stack, cut to something readable. */
export function failureReason(error: unknown): string {
  const message =
    error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return message.length > 300 ? `${message.slice(0, 297)}...` : message;
}

/** "The check of `pool` failed: reason", in the job's language; an error meant for the person says its own words. */
function failureText(job: Job, error: unknown): string {
  const lang = job.args.lang ?? 'en';
  const reason = error instanceof LocalizedError ? error.localized[lang] : failureReason(error);
  return CHECK_START_STRINGS[lang].failed(`\`${escapeCode(job.args.pool)}\``, escapeMrkdwn(reason));
}

async function reportFailure(job: Job, error: unknown, deps: JobDeps): Promise<void> {
  const text = failureText(job, error);
  try {
    await sendReply(job.reply, { text, responseType: 'ephemeral' }, deps);
  } catch (replyError) {
    deps.logger.error(`deferred job ${job.kind} ${job.id}: could not report its failure: ${failureReason(replyError)}`);
  }
}

export async function runJob(job: Job, deps: JobDeps, runners: JobRunners): Promise<void> {
  const runner = runners[job.kind] as JobRunner | undefined;
  try {
    if (!runner) throw new Error(`no runner for job kind "${String(job.kind)}"`);
    await runner(job, deps);
  } catch (error) {
    if (deps.signal?.aborted) {
      // Stopped by a shutdown, which tells the person itself.
      deps.logger.info(`deferred job ${job.kind} ${job.id} was stopped by the shutdown`);
      return;
    }
    deps.logger.error(`deferred job ${job.kind} ${job.id} failed: ${failureReason(error)}`);
    await reportFailure(job, error, deps);
  }
}
