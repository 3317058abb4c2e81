/** The Lambda function as the tests run it: its name, region and env (the signed events come from signed.ts). */
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
