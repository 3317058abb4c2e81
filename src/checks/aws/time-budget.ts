/**
 * A time budget for work that waits on AWS: a signal that aborts with a TimeoutError once `ms` have passed. A plain
 * timer, as in slack/web-api/timed-fetch.ts, and not AbortSignal.timeout, whose timer jest's fake timers cannot reach:
 * a test then spends a budget in fake time instead of waiting it out on the wall clock (test/hygiene.test.ts keeps
 * it so). unref: a budget never holds the process open on its own.
 */
export function timeBudget(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(
    () => controller.abort(Object.assign(new Error(`no answer within ${ms} ms`), { name: 'TimeoutError' })),
    ms,
  ).unref();
  return controller.signal;
}

/**
 * How a check starts one call's budget: `what` is the call's action. timeBudget by default; a test passes its own to
 * end one chosen call's budget at the moment that call is in flight.
 */
export type StartBudget = (ms: number, what: string) => AbortSignal;
