/**
 * `fetch` with a time limit. Node's fetch waits up to 300 s for a server that accepted the connection and never
 * answers: a response_url post would keep a finished check silent for five minutes, with nothing in the log.
 * The limit covers the whole exchange, body included; aborting an exchange that already ended does nothing.
 */

/** Long enough for Slack on a bad day, short enough that the person hears about a failure while still looking. */
const SLACK_HTTP_TIMEOUT_MS = 10_000;

export class HttpTimeoutError extends Error {
  override name = 'TimeoutError';
}

export function timedFetch(ms: number = SLACK_HTTP_TIMEOUT_MS): typeof fetch {
  return (input, init) => {
    const controller = new AbortController();
    // A plain timer (not AbortSignal.timeout) so tests can drive it with fake timers; unref: it never holds the
    // process open on its own.
    setTimeout(() => controller.abort(new HttpTimeoutError(`no answer within ${ms / 1000} s`)), ms).unref();
    const signal = init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
    // Looked up at each call: the fetch in use may be replaced after this module loads (tests intercept it).
    return globalThis.fetch(input, { ...init, signal });
  };
}
