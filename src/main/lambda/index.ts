/**
 * AWS Lambda entry point (bundled by `npm run bundle` into dist/lambda/index.js). One function serves both paths:
 * API Gateway (HTTP API) events from Slack, answered by Bolt's AwsLambdaReceiver, and the asynchronous invocations
 * it sends itself to finish slow work after the ack, and the watch: its schedule, CloudTrail events through
 * EventBridge, and the batches the schedule fans out to itself.
 */
import { isWorkerPayload } from '../../slack/deferred/worker-payload';
import { isWatchEvent } from '../../watch/events';
import { type ApiGatewayEvent, oddBodyResponse } from './refuse-odd-bodies';
import { buildRuntime, type LambdaRuntime } from './runtime';
import { runWorker } from './worker';

type Env = Record<string, string | undefined>;
type SlackHandler = LambdaRuntime['slack'];

function isHttpEvent(event: unknown): event is ApiGatewayEvent {
  return typeof event === 'object' && event !== null && typeof (event as { headers?: unknown }).headers === 'object';
}

function remainingMs(context: unknown): number | undefined {
  const remaining = (context as { getRemainingTimeInMillis?: () => number } | undefined)?.getRemainingTimeInMillis;
  return typeof remaining === 'function' ? remaining.call(context) : undefined;
}

export function createHandler(env: Env) {
  let runtime: Promise<LambdaRuntime> | undefined;
  // Built once per instance, on the first invocation; a failed build is not cached, so the next invocation retries.
  const ready = () => {
    runtime ??= buildRuntime(env).catch((error: unknown) => {
      runtime = undefined;
      throw error;
    });
    return runtime;
  };
  return async (event: unknown, context: Parameters<SlackHandler>[1]) => {
    const rt = await ready();
    if (isWorkerPayload(event)) return runWorker(event, rt, remainingMs(context));
    if (isWatchEvent(event)) {
      // Loaded on the watch's own invocations: the checks it runs are no part of a Slack request's cold start.
      const { runWatchEvent } = await import('./watch');
      return runWatchEvent(event, rt.config, { remainingMs: remainingMs(context), logger: rt.app.logger });
    }
    if (!isHttpEvent(event)) {
      // A test invoke from the console or a misrouted trigger: say what was expected instead of a parse error.
      rt.app.logger.error(
        'unexpected event: neither an API Gateway HTTP request, a deferred job (mfaBotJob) nor a watch event',
      );
      return { statusCode: 400, body: 'Expected a Slack request through API Gateway or a deferred job.' };
    }
    const refused = oddBodyResponse(event, rt.config.slack.signingSecret ?? '', rt.app.logger);
    if (refused) return refused;
    return rt.slack(event as Parameters<SlackHandler>[0], context);
  };
}

export const handler = createHandler(process.env);
