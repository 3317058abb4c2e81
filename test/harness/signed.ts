/**
 * Slack's requests as the bot receives them, signed with the app's signing secret: the raw body and its content type,
 * the signature headers, and the API Gateway v2 (HTTP API) event that carries them to Bolt's AwsLambdaReceiver.
 */
import { createHmac } from 'node:crypto';
import { SIGNING_SECRET } from './slack';

export function signatureHeaders(rawBody: string, secret = SIGNING_SECRET, at = Math.floor(Date.now() / 1000)) {
  const timestamp = String(at);
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature };
}

/** A Slack request's raw body and content type: JSON for events, form for commands, `payload=` for interactivity. */
export function encode(body: Record<string, unknown>): { raw: string; contentType: string } {
  if (body.type === 'event_callback' || body.type === 'url_verification') {
    return { raw: JSON.stringify(body), contentType: 'application/json' };
  }
  if (typeof body.command === 'string') {
    return {
      raw: new URLSearchParams(body as Record<string, string>).toString(),
      contentType: 'application/x-www-form-urlencoded',
    };
  }
  return {
    raw: new URLSearchParams({ payload: JSON.stringify(body) }).toString(),
    contentType: 'application/x-www-form-urlencoded',
  };
}

/**
 * A signed API Gateway v2 event for `body`; `raw` and `contentType` replace the encoded body and its type, to sign
 * bodies Slack would never send.
 */
export function apiGatewayEvent(
  body: Record<string, unknown>,
  options: { headers?: Record<string, string>; secret?: string; raw?: string; contentType?: string } = {},
) {
  const encoded = encode(body);
  const raw = options.raw ?? encoded.raw;
  const contentType = options.contentType ?? encoded.contentType;
  const form = contentType === 'application/x-www-form-urlencoded';
  return {
    version: '2.0',
    routeKey: 'POST /slack/events',
    rawPath: '/slack/events',
    rawQueryString: '',
    headers: {
      'content-type': contentType,
      'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
      ...signatureHeaders(raw, options.secret),
      ...options.headers,
    },
    requestContext: { http: { method: 'POST', path: '/slack/events' }, stage: '$default' },
    // HTTP APIs base64-encode form bodies (slash commands, interactivity), not JSON ones.
    body: form ? Buffer.from(raw).toString('base64') : raw,
    isBase64Encoded: form,
  };
}
