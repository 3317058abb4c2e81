/** The Lambda function as the tests run it: its name, region and env (the signed events come from signed.ts). */
import nock from 'nock';
import { BOT_ID, BOT_TOKEN, BOT_USER_ID, SIGNING_SECRET } from './slack';

export const FUNCTION_NAME = 'mfa-check-bot-test';
export const REGION = 'eu-west-1';
export const INVOKE_PATH = `/2015-03-31/functions/${FUNCTION_NAME}/invocations`;

export function lambdaEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_BOT_ID: BOT_ID,
    SLACK_BOT_USER_ID: BOT_USER_ID,
    AWS_LAMBDA_FUNCTION_NAME: FUNCTION_NAME,
    LOG_LEVEL: 'error',
    ...extra,
  };
}

export const lambdaContext = { functionName: FUNCTION_NAME, awsRequestId: 'req-1' };

/** Intercepts this function's asynchronous self-invocations and keeps their payloads. */
export function interceptInvocations(): Record<string, unknown>[] {
  const payloads: Record<string, unknown>[] = [];
  nock(`https://lambda.${REGION}.amazonaws.com`)
    .persist()
    .matchHeader('x-amz-invocation-type', 'Event')
    .post(INVOKE_PATH, (body) => {
      payloads.push(body);
      return true;
    })
    .reply(202);
  return payloads;
}
