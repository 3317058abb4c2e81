/**
 * In front of Bolt's AwsLambdaReceiver: a signed request whose body Bolt cannot read gets 400, not the 500 Bolt
 * answers when it trips over the body (Slack retries a 5xx, and the log reads like a bug of ours).
 */
import type { Logger } from '@slack/bolt';
import { signedRequestProblem } from '../../slack/request-shape';

/** The parts of an API Gateway (v1 or v2) event read here. */
export interface ApiGatewayEvent {
  headers?: Record<string, string | undefined>;
  body?: string | null;
  isBase64Encoded?: boolean;
}

function header(event: ApiGatewayEvent, name: string): string | undefined {
  // API Gateway keeps the client's spelling of header names; Slack's differ between request kinds.
  const found = Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === name);
  return found?.[1];
}

export function oddBodyResponse(
  event: ApiGatewayEvent,
  signingSecret: string,
  logger: Pick<Logger, 'warn'>,
): { statusCode: 400; body: string } | undefined {
  const body = event.body ?? '';
  const problem = signedRequestProblem(
    {
      raw: event.isBase64Encoded ? Buffer.from(body, 'base64').toString() : body,
      contentType: header(event, 'content-type'),
      signature: header(event, 'x-slack-signature'),
      timestamp: header(event, 'x-slack-request-timestamp'),
    },
    signingSecret,
  );
  if (problem === undefined) return undefined;
  // The body itself may hold what someone pasted: the log names the problem, never the content.
  logger.warn(`Refused a signed request Bolt cannot read (400): ${problem}`);
  return { statusCode: 400, body: 'This is not a Slack request the app can read.' };
}
