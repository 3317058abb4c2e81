/** A clock the test moves by hand, for code that takes `now: () => number`: time passes only when a test says so. */
export function fakeClock(at = Date.UTC(2026, 10, 26, 8, 0, 0)) {
  let now = at;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}
