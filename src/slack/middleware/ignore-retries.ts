import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/**
 * Drops Slack's retries (`X-Slack-Retry-Num`) so a retried event never makes a second reply.
 *
 * Why dropping is safe here: Slack retries when it got no 2xx within 3 s. In HTTP and Socket Mode Bolt acks an event
 * before any listener runs, so a retry means the first delivery did not reach us at all only in rare network failures;
 * on Lambda (AwsLambdaReceiver acks after the listeners) a retry arrives while the first attempt is still running and
 * will post its reply. Either way the first attempt owns the reply. The price is that an event whose first attempt
 * really failed gets no unprompted answer; the person can still mention the bot, use the shortcut or /mfa-explain.
 * Events are already acknowledged when global middleware runs, so returning without next() only skips the listeners.
 *
 * `retryNum` is the string '1', '2', ... from the HTTP header, undefined on a first HTTP delivery, and the number 0 on
 * a first Socket Mode delivery (its envelope's `retry_attempt`): only a count above zero is a retry.
 */
function isRetry(retryNum: unknown): boolean {
  return Number(retryNum ?? 0) > 0;
}

export const ignoreRetries: Middleware<AnyMiddlewareArgs> = async ({ context, logger, next }) => {
  if (isRetry(context.retryNum)) {
    logger.debug(`Ignoring Slack retry #${context.retryNum} (${context.retryReason ?? 'no reason given'})`);
    return;
  }
  await next();
};
