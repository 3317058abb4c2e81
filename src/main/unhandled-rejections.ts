/**
 * The long-running modes (HTTP, Socket Mode) serve many conversations at once: a promise some library or listener
 * left unhandled must not end the process (Node's default), which would lose every check in flight. It is logged as
 * an error, with the stack for whoever fixes it; the bot keeps serving.
 */
import type { Logger } from '@slack/bolt';

export function logUnhandledRejections(
  logger: Pick<Logger, 'error'>,
  target: Pick<NodeJS.Process, 'on'> = process,
): void {
  target.on('unhandledRejection', (reason: unknown) => {
    logger.error('A promise was rejected and nothing handled it; the bot keeps running.', reason);
  });
}
