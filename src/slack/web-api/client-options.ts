/**
 * How the bot's Web API client behaves under faults. The SDK's default retries for about half an hour, silently (an
 * HTTP 500 was retried 6 times in 50 s with no log line), with no time limit on a call (a hung call waited for
 * undici's 300 s, and 100 of them filled the client's queue). Here: each call gives up after 10 s, a failure is
 * retried twice within a few seconds and each retry is logged, and a call that may have reached Slack is never
 * retried blindly (it could post the same reply twice; see reply/post-once.ts for how a reply still gets through).
 */
import type { Logger, webApi } from '@slack/bolt';
import { classifyFailure, describeFailure } from './failures';
import { timedFetch } from './timed-fetch';

const WEB_API_RETRIES = 2;

/** What p-retry adds to the error it hands to onFailedAttempt. */
interface FailedAttempt extends Error {
  attemptNumber: number;
  retriesLeft: number;
}

/** `logger` is read at each failure: the app's logger exists only once the App is built with these options. */
export function slackClientOptions(logger: () => Pick<Logger, 'warn'>): webApi.WebClientOptions {
  const retryConfig = {
    retries: WEB_API_RETRIES,
    factor: 2,
    minTimeout: 1000,
    maxTimeout: 4000,
    randomize: true,
    // Throwing here stops the retries (p-retry, which the SDK hands this configuration to).
    onFailedAttempt(error: FailedAttempt): void {
      const failure = classifyFailure(error);
      const what = describeFailure(error);
      if (failure === 'unknown') {
        logger().warn(
          `A Slack Web API call failed after it may have reached Slack (${what}); not repeating it blindly`,
        );
        throw error;
      }
      if (failure === 'refused') throw error;
      if (error.retriesLeft === 0) {
        logger().warn(`A Slack Web API call failed (${what}); giving up after ${error.attemptNumber} attempts`);
        return;
      }
      logger().warn(
        `A Slack Web API call failed (${what}); trying again (retry ${error.attemptNumber} of ${WEB_API_RETRIES})`,
      );
    },
  };
  return {
    // One timed fetch for the Web API and for Bolt's respond() (response_url posts), which takes the client's fetch.
    fetch: timedFetch(),
    retryConfig: retryConfig as webApi.RetryOptions,
  };
}
