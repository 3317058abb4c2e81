/**
 * The thin hook between the process and the graceful shutdown: the first SIGTERM or SIGINT starts it and the process
 * exits 0 once it is done; a second one (Ctrl-C again) exits at once.
 */
import type { Logger } from '@slack/bolt';

type Target = Pick<NodeJS.Process, 'on'>;

export function stopOnSignals(
  stop: () => Promise<void>,
  logger: Pick<Logger, 'info' | 'warn' | 'error'>,
  target: Target = process,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting without waiting.`);
      exit(1);
      return;
    }
    stopping = true;
    logger.info(`${signal} received.`);
    stop().then(
      () => exit(0),
      (error: unknown) => {
        logger.error('The graceful shutdown failed:', error);
        exit(1);
      },
    );
  };
  target.on('SIGTERM', onSignal);
  target.on('SIGINT', onSignal);
}
