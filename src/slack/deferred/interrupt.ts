/**
 * A job the shutdown stopped before it finished: its requester is told, in the check's language (in English and
 * Japanese when it has none), and the check gets its audit line like every other check.
 */

import type { Lang } from '../../catalogue/types';
import { auditLine } from '../../checks/audit';
import { parsePoolRef } from '../../checks/pool-ref';
import { escapeCode } from '../../render/mrkdwn';
import type { RunningJob } from './in-process';
import { sendReply } from './reply';

const INTERRUPTED: Record<Lang, (pool: string) => string> = {
  en: (pool) =>
    `The check of \`${pool}\` was interrupted: the bot was restarting before it finished. Please run it again in a minute.`,
  ja: (pool) =>
    `\`${pool}\` のチェックは、完了前にボットが再起動したため中断されました。1 分ほどしてからもう一度実行してください。`,
};

function interruptedText(running: RunningJob): string {
  const { pool, lang } = running.job.args;
  const code = escapeCode(pool);
  return lang ? INTERRUPTED[lang](code) : `${INTERRUPTED.en(code)}\n${INTERRUPTED.ja(code)}`;
}

/** Writes the stopped check's audit line, then tells its requester (a failed notice is logged, never thrown). */
export async function reportInterrupted(
  running: RunningJob,
  now: number,
  audit: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<void> {
  const { job, deps, startedAt } = running;
  const words = job.args.account ? [job.args.account, job.args.pool] : [job.args.pool];
  const parsed = parsePoolRef(words, deps.check.accounts, deps.check);
  audit(
    auditLine({
      who: job.requestedBy.user,
      where: job.requestedBy.channel ?? 'unknown',
      team: job.requestedBy.team,
      ref: parsed.ok ? parsed.ref : { poolId: job.args.pool, region: 'unknown' },
      userChecked: Boolean(job.args.username),
      outcome: 'failed',
      reason: 'interrupted',
      durationMs: now - startedAt,
      at: new Date(now),
    }),
  );
  try {
    // Without the job's own signal, which is aborted by now.
    await sendReply(job.reply, { text: interruptedText(running), responseType: 'ephemeral' }, { client: deps.client });
  } catch (error) {
    deps.logger.error(
      `deferred job ${job.kind} ${job.id}: could not say it was interrupted: ${error instanceof Error ? error.message : error}`,
    );
  }
}
