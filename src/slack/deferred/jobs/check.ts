/**
 * The slow half of /mfa-check (and of "Share in channel"): run the check, write the audit line, post the report to
 * the person who asked (or to the channel when shared). The checks and the AWS SDK load here, not at cold start.
 */
import { LocalizedError } from '../../../checks/localized';
import { sendReply } from '../reply';
import type { CheckJob, JobRunner } from '../types';
import { shareButton, sharedBy } from './share-button';

/** One JSON line per check on stdout, for whatever collects the process's logs (CloudWatch on Lambda). */
export type AuditSink = (line: string) => void;

const writeAuditLine: AuditSink = (line) => {
  process.stdout.write(`${line}\n`);
};

/** Time kept after the check's deadline to render the report and post it before the function is stopped. */
const POST_MARGIN_MS = 2500;

/**
 * The check's deadline inside the time the process has left: reads still running then become `unknown` findings
 * in a report that does arrive, rather than a function killed mid-check and a person left waiting.
 */
function deadlineWithin(stopsAt: number | undefined, usual: number): number {
  if (stopsAt === undefined) return usual;
  return Math.max(1000, Math.min(usual, stopsAt - Date.now() - POST_MARGIN_MS));
}

export function createCheckJobRunner(audit: AuditSink = writeAuditLine): JobRunner<CheckJob> {
  return async (job, deps) => {
    const checks = await import('../../../checks');
    const { DEFAULT_DEADLINE_MS } = await import('../../../checks/run');
    const { args, requestedBy } = job;
    const words = args.account ? [args.account, args.pool] : [args.pool];
    const parsed = checks.parsePoolRef(words, deps.check.accounts, deps.check);
    // The listener parsed the same words already; a worker whose configuration lost the alias explains it here.
    if (!parsed.ok) throw new LocalizedError(parsed.message);
    const { ref } = parsed;
    const where = requestedBy.channel ?? 'unknown';
    const started = Date.now();
    const common = () => ({
      who: requestedBy.user,
      where,
      team: requestedBy.team,
      ref,
      userChecked: Boolean(args.username),
      durationMs: Date.now() - started,
      at: new Date(),
    });
    let result: Awaited<ReturnType<typeof checks.runCheck>>;
    try {
      result = await checks.runCheck({
        ref,
        username: args.username,
        focusEntry: args.entry,
        deadlineMs: deadlineWithin(deps.stopsAt, DEFAULT_DEADLINE_MS),
      });
    } catch (error) {
      // Every check gets its audit line, also one that broke in an unexpected way.
      audit(checks.auditLine({ ...common(), outcome: 'failed', reason: 'error' }));
      throw error;
    }
    if (!result.ok) {
      audit(checks.auditLine({ ...common(), outcome: 'failed', reason: result.reason }));
      throw new LocalizedError(result.message);
    }
    audit(checks.auditLine({ ...common(), outcome: 'ok', counts: result.report.counts }));
    const { renderReport } = await import('../../../render/blocks/report');
    const lang = args.lang ?? 'en';
    const tail = args.share ? sharedBy(requestedBy.user, lang) : shareButton(args);
    const rendered = renderReport(result.report, { lang, tail: [tail] });
    await sendReply(job.reply, { ...rendered, responseType: args.share ? 'in_channel' : 'ephemeral' }, deps);
  };
}

export const runCheckJob = createCheckJobRunner();
