/**
 * On Lambda the ack leaves only when the listener returns (Bolt's AwsLambdaReceiver), and a frozen function runs
 * nothing after it: the job goes to a second, asynchronous invocation of this same function instead.
 */
import { timeBudget } from '../../checks/aws/time-budget';
import { asIs, LocalizedError, say } from '../../checks/localized';
import { CHECK_START_STRINGS } from '../../render/check-start-strings';
import { failureReason } from './run-job';
import type { Deferrer, Job, JobDeps } from './types';
import { toWorkerPayload } from './worker-payload';

/** The hand-over must leave room for the ack inside Slack's 3 seconds, even when the Lambda API is slow. */
const INVOKE_BUDGET_MS = 1500;

/** The job could not be handed over; its message is meant for the person who asked. */
export class HandOverError extends LocalizedError {
  override name = 'HandOverError';
}

export interface LambdaDeferrerOptions {
  functionName: string;
  budgetMs?: number;
}

export function createLambdaDeferrer(options: LambdaDeferrerOptions): Deferrer {
  let client: Promise<import('@aws-sdk/client-lambda').LambdaClient> | undefined;
  // The SDK is loaded on the first hand-over, not at cold start: most requests never defer anything.
  const lambda = () => {
    client ??= import('@aws-sdk/client-lambda').then(({ LambdaClient }) => new LambdaClient({ maxAttempts: 2 }));
    return client;
  };
  return {
    async defer(job: Job, deps: JobDeps): Promise<void> {
      try {
        const { InvokeCommand } = await import('@aws-sdk/client-lambda');
        const response = await (await lambda()).send(
          new InvokeCommand({
            FunctionName: options.functionName,
            InvocationType: 'Event',
            Payload: Buffer.from(JSON.stringify(toWorkerPayload(job))),
          }),
          { abortSignal: timeBudget(options.budgetMs ?? INVOKE_BUDGET_MS) },
        );
        if (response.StatusCode !== 202) throw new Error(`Lambda answered ${response.StatusCode} to the hand-over`);
      } catch (error) {
        deps.logger.error(`deferred job ${job.kind} ${job.id}: hand-over failed: ${failureReason(error)}`);
        if (error instanceof Error && error.name === 'AbortError') {
          throw new HandOverError(say(CHECK_START_STRINGS, (p) => p.handOverSlow));
        }
        throw new HandOverError(asIs(failureReason(error)));
      }
    },
  };
}
