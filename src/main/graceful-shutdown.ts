/**
 * What HTTP and Socket Mode do when asked to stop (SIGTERM, SIGINT): take no new work, let what is running finish
 * within a bounded grace, then stop the checks still running and tell each one's requester, with its audit line.
 * Without this a SIGTERM one second into a /mfa-check ended the process in 15 ms: no report, no "failed" message,
 * no audit line. The grace and the notices fit in an orchestrator's usual 30 s stop timeout.
 */
import type { App, Logger } from '@slack/bolt';
import type { InProcessDeferrer } from '../slack/deferred/in-process';
import { reportInterrupted } from '../slack/deferred/interrupt';
import { type InFlight, trackInFlight } from '../slack/middleware/in-flight';

/** A check's own deadline is 25 s, so most checks running at the signal end with their report inside this. */
export const SHUTDOWN_GRACE_MS = 25_000;
/** For the "interrupted" notices after the grace: 25 + 3 s leave room before a 30 s stop timeout's SIGKILL. */
export const NOTICE_BUDGET_MS = 3_000;

export interface ShutdownParts {
  /** Stops taking requests: closes the HTTP server, or the Socket Mode connection. */
  stopIntake(): Promise<void>;
  inFlight: InFlight;
  deferrer: Pick<InProcessDeferrer, 'close' | 'idle' | 'running'>;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  now?: () => number;
}

/** True when `work` ended within `ms`; false when the time ran out first. */
async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const checks = (n: number) => `${n} check${n === 1 ? '' : 's'}`;

export async function shutDownGracefully(
  parts: ShutdownParts,
  graceMs = SHUTDOWN_GRACE_MS,
  noticeMs = NOTICE_BUDGET_MS,
): Promise<void> {
  const { deferrer, inFlight, logger } = parts;
  const now = parts.now ?? Date.now;
  deferrer.close();
  logger.info(
    `Stopping: no new work is taken; waiting up to ${graceMs / 1000} s for ${checks(deferrer.running().length)} ` +
      `and ${inFlight.count()} request(s) still running.`,
  );
  const stopped = parts.stopIntake().catch((error: unknown) => {
    logger.warn(`Stopping: could not close the connection cleanly: ${error instanceof Error ? error.message : error}`);
  });
  if (await within(Promise.all([stopped, inFlight.idle(), deferrer.idle()]), graceMs)) {
    logger.info('Stopped: everything running had finished.');
    return;
  }
  const unfinished = deferrer.running();
  for (const job of unfinished) job.stop();
  if (unfinished.length > 0) {
    logger.warn(
      `Stopping: ${checks(unfinished.length)} did not finish within ${graceMs / 1000} s; telling whoever asked.`,
    );
  }
  const at = now();
  if (!(await within(Promise.all(unfinished.map((job) => reportInterrupted(job, at))), noticeMs))) {
    logger.error(`Stopping: not every "interrupted" notice went out within ${noticeMs / 1000} s.`);
  }
  if (inFlight.count() > 0) logger.warn(`Stopped with ${inFlight.count()} request(s) still running.`);
  else logger.info('Stopped.');
}

/**
 * The graceful stop of a long-running app and its in-process deferrer. Call it once the app is built: the in-flight
 * tracking it installs must come after the app's own middleware.
 */
export function gracefulStop(app: App, deferrer: InProcessDeferrer): () => Promise<void> {
  const inFlight = trackInFlight(app);
  return () =>
    shutDownGracefully({
      stopIntake: async () => {
        await app.stop();
      },
      inFlight,
      deferrer,
      logger: app.logger,
    });
}
