/**
 * AWS Lambda entry point (bundled by `npm run bundle` into dist/lambda/index.js). One function serves both paths:
 * API Gateway (HTTP API) events from Slack, answered by Bolt's AwsLambdaReceiver, and the asynchronous invocations
 * it sends itself to finish slow work after the ack.
 */
import { isWorkerPayload } from '../slack/deferred/worker-payload';
import { buildRuntime, type LambdaRuntime } from './lambda/runtime';
import { runWorker } from './lambda/worker';

type Env = Record<string, string | undefined>;
type SlackHandler = LambdaRuntime['slack'];

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
    if (isWorkerPayload(event)) return runWorker(event, rt);
    return rt.slack(event as Parameters<SlackHandler>[0], context);
  };
}

export const handler = createHandler(process.env);
