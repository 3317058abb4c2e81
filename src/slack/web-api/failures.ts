/**
 * What a failed Web API call tells us about what Slack did. Retrying is only safe when Slack surely did nothing:
 * the connection never opened, or Slack answered with an error status. A call that was sent and then lost (the
 * connection dropped, no answer in time) may have been carried out: a second chat.postMessage would then be a
 * second reply in the thread.
 */
import { webApi } from '@slack/bolt';

/** Failures before a byte of the request left: no connection, no name, no route. */
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** WebClient's own error after waiting out a 429's Retry-After: it asks for a retry of a call Slack refused. */
const RATE_LIMIT_RETRY = 'A rate limit was exceeded';

export type Failure =
  /** Slack failed it and said so (HTTP 5xx, a rate limit): doing it again later does not do it twice. */
  | 'try-later'
  /** Slack refused it with another status: doing it again would fail again. */
  | 'refused'
  /** It never reached Slack. */
  | 'not-sent'
  /** It may have reached Slack and been carried out. */
  | 'unknown';

interface WithCause {
  code?: unknown;
  cause?: unknown;
}

/** Error codes along the cause chain: undici puts the socket's code on the cause of "fetch failed". */
function codes(error: unknown): string[] {
  const found: string[] = [];
  let current = error as WithCause | undefined;
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    if (typeof current.code === 'string') found.push(current.code);
    current = current.cause as WithCause | undefined;
  }
  return found;
}

export function classifyFailure(error: unknown): Failure {
  const code = (error as { code?: unknown } | undefined)?.code;
  // ok:false: Slack read the call and answered it (channel_not_found, msg_too_long, ...).
  if (code === webApi.ErrorCode.PlatformError) return 'refused';
  if (code === webApi.ErrorCode.HTTPError) {
    return (error as webApi.WebAPIHTTPError).statusCode >= 500 ? 'try-later' : 'refused';
  }
  if (code === webApi.ErrorCode.RateLimitedError) return 'try-later';
  if (error instanceof Error && error.message.startsWith(RATE_LIMIT_RETRY)) return 'try-later';
  if (code === webApi.ErrorCode.RequestError) {
    const original = (error as webApi.WebAPIRequestError).original;
    return codes(original).some((c) => NOT_SENT.has(c)) ? 'not-sent' : 'unknown';
  }
  return 'unknown';
}

/** A few words for the log: the status or the network error, never a URL's query, a body or a token. */
export function describeFailure(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === webApi.ErrorCode.HTTPError) return `HTTP ${(error as webApi.WebAPIHTTPError).statusCode}`;
  if (code === webApi.ErrorCode.RequestError) {
    const original = (error as webApi.WebAPIRequestError).original;
    const detail = codes(original);
    return `${original.name}: ${original.message}${detail.length ? ` (${detail.join(', ')})` : ''}`;
  }
  if (error instanceof Error && error.message.startsWith(RATE_LIMIT_RETRY)) return 'rate limited (HTTP 429)';
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
