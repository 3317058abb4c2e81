/** A clock the test moves by hand, for code that takes `now: () => number`: time passes only when a test says so. */
export function fakeClock(at = Date.UTC(2026, 10, 26, 8, 0, 0)) {
  let now = at;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** Jest's fake timers with the queues nock and the SDKs need for I/O left real: only time is fake. */
export const FAKE_TIME: Parameters<typeof jest.useFakeTimers>[0] = {
  doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'],
};

/** Real work still under way: a callback queued with setImmediate, or a file or DNS request in flight. */
function ioUnderWay(): boolean {
  return process.getActiveResourcesInfo().some((resource) => resource === 'Immediate' || resource.includes('Req'));
}

/**
 * Starts `work` under jest's fake timers (on from the call) and moves the clock in `stepMs` steps until the work
 * settles; returns how it settled and how much fake time it took (`fakeTimeMs`: jest fakes Date.now too, so no wall
 * clock is read). `deadlineMs` is a promise the test makes ("answers within 3 s"): work that settles only at or after
 * it fails the test. It holds exactly on any machine: a slow dependency delays the answer in fake time, where a busy
 * CPU cannot blur it.
 */
export async function inFakeTime<T>(
  work: () => Promise<T>,
  { stepMs = 100, limitMs = 60_000, deadlineMs }: { stepMs?: number; limitMs?: number; deadlineMs?: number } = {},
): Promise<{ result: PromiseSettledResult<T>; fakeTimeMs: number }> {
  jest.useFakeTimers(FAKE_TIME);
  const started = Date.now();
  let result: PromiseSettledResult<T> | undefined;
  const settled = work().then(
    (value) => {
      result = { status: 'fulfilled', value };
    },
    (reason: unknown) => {
      result = { status: 'rejected', reason };
    },
  );
  while (!result && Date.now() - started < limitMs) {
    // Let the I/O already under way (nock answers through setImmediate, the SDK reads its config files) finish before
    // time moves on, so fake time passes only while the work waits on a timer, never while it waits on an answer that
    // is already coming: 50 turns, then as long as a setImmediate callback or a file request is pending. Work the
    // process cannot see (the thread pool) can still let fake time move on a busy machine: keep a budget in fake time
    // far longer than a step, or end it by hand (manualBudgets).
    for (let turn = 0; !result && (turn < 50 || (ioUnderWay() && turn < 100_000)); turn++)
      await new Promise((resolve) => setImmediate(resolve));
    if (!result) await jest.advanceTimersByTimeAsync(stepMs);
  }
  await settled;
  const fakeTimeMs = Date.now() - started;
  if (deadlineMs !== undefined && fakeTimeMs >= deadlineMs)
    throw new Error(`the work settled after ${fakeTimeMs} ms of fake time, not within its ${deadlineMs} ms`);
  return { result: result as PromiseSettledResult<T>, fakeTimeMs };
}

/** Work that takes `ms` of time, on jest's fake clock: only for tests that run under FAKE_TIME. */
export function fakeDelay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Call budgets that run out only when the test says so: pass `start` as a check's `startBudget`, then `runOut(action)`
 * ends the budget of that action's calls at the moment the test chooses (a stalled reply's arrival). Exact on any
 * machine: no clock, fake or real, decides which call runs out first.
 */
export function manualBudgets() {
  const budgets: { what: string; ms: number; controller: AbortController }[] = [];
  return {
    start: (ms: number, what: string): AbortSignal => {
      const controller = new AbortController();
      budgets.push({ what, ms, controller });
      return controller.signal;
    },
    runOut(what: string): void {
      for (const b of budgets.filter((x) => x.what === what))
        b.controller.abort(Object.assign(new Error(`${what} ran out of time`), { name: 'TimeoutError' }));
    },
    /** The budgets (ms) started for `what`'s calls. */
    startedFor: (what: string): number[] => budgets.filter((b) => b.what === what).map((b) => b.ms),
  };
}
