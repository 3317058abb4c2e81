/** Signed API Gateway v2 (HTTP API) events as Slack's requests arrive at the function, and the env it runs with. */
import { encode, signatureHeaders } from '../../slack/harness';

export const FUNCTION_NAME = 'mfa-check-bot-test';
export const REGION = 'eu-west-1';
export const INVOKE_PATH = `/2015-03-31/functions/${FUNCTION_NAME}/invocations`;

export function lambdaEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99eeeeee85a5',
    SLACK_BOT_TOKEN: 'xoxb-1111-2222-testtoken',
    SLACK_BOT_ID: 'B0MFABOT01',
    SLACK_BOT_USER_ID: 'U0MFABOT01',
    AWS_LAMBDA_FUNCTION_NAME: FUNCTION_NAME,
    LOG_LEVEL: 'error',
    ...extra,
  };
}

export function apiGatewayEvent(
  body: Record<string, unknown>,
  options: { headers?: Record<string, string>; secret?: string } = {},
) {
  const { raw, contentType } = encode(body);
  const form = contentType !== 'application/json';
  return {
    version: '2.0',
    routeKey: 'POST /slack/events',
    rawPath: '/slack/events',
    rawQueryString: '',
    headers: {
      'content-type': contentType,
      'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
      ...signatureHeaders(raw, options.secret ?? lambdaEnv().SLACK_SIGNING_SECRET),
      ...options.headers,
    },
    requestContext: { http: { method: 'POST', path: '/slack/events' }, stage: '$default' },
    // HTTP APIs base64-encode form bodies (slash commands, interactivity), not JSON ones.
    body: form ? Buffer.from(raw).toString('base64') : raw,
    isBase64Encoded: form,
  };
}

export const lambdaContext = { functionName: FUNCTION_NAME, awsRequestId: 'req-1' };
