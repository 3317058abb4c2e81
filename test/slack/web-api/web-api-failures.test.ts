import { webApi } from '@slack/bolt';
import { classifyFailure, describeFailure } from '../../../src/slack/web-api/failures';
import { HttpTimeoutError } from '../../../src/slack/web-api/timed-fetch';

/** What undici's fetch rejects with: "fetch failed", the socket's error as its cause. */
function fetchFailed(code: string, message: string): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}

describe('classifyFailure', () => {
  it.each([
    [
      'no connection (refused)',
      new webApi.WebAPIRequestError(fetchFailed('ECONNREFUSED', 'connect ECONNREFUSED')),
      'not-sent',
    ],
    [
      'no DNS answer',
      new webApi.WebAPIRequestError(fetchFailed('EAI_AGAIN', 'getaddrinfo EAI_AGAIN slack.com')),
      'not-sent',
    ],
    [
      'closed after sending',
      new webApi.WebAPIRequestError(fetchFailed('UND_ERR_SOCKET', 'other side closed')),
      'unknown',
    ],
    ['reset after sending', new webApi.WebAPIRequestError(fetchFailed('ECONNRESET', 'read ECONNRESET')), 'unknown'],
    ['no answer in time', new webApi.WebAPIRequestError(new HttpTimeoutError('no answer within 10 s')), 'unknown'],
    ['HTTP 500', new webApi.WebAPIHTTPError(500, 'Internal Server Error', {}, ''), 'try-later'],
    ['HTTP 503', new webApi.WebAPIHTTPError(503, 'Service Unavailable', {}, ''), 'try-later'],
    ['HTTP 404', new webApi.WebAPIHTTPError(404, 'Not Found', {}, ''), 'refused'],
    ['ok: false', new webApi.WebAPIPlatformError({ ok: false, error: 'channel_not_found' }), 'refused'],
    [
      'rate limited, Retry-After waited out',
      new Error('A rate limit was exceeded (url: x, retry-after: 1)'),
      'try-later',
    ],
  ])('%s', (_what, error, expected) => {
    expect(classifyFailure(error)).toBe(expected);
  });
});

describe('describeFailure', () => {
  it('names the status or the network error, with the socket code', () => {
    expect(describeFailure(new webApi.WebAPIHTTPError(500, 'Internal Server Error', {}, 'secret body'))).toBe(
      'HTTP 500',
    );
    expect(describeFailure(new webApi.WebAPIRequestError(fetchFailed('UND_ERR_SOCKET', 'other side closed')))).toBe(
      'TypeError: fetch failed (UND_ERR_SOCKET)',
    );
  });
});
