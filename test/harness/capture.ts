/**
 * Output a test expects the code to write (an error Bolt logs on purpose, an audit line on stdout) is captured
 * and asserted instead of printed, for one test only: test/setup.ts releases every capture after each test, so
 * output nobody expected still reaches the terminal.
 */

const releases: (() => void)[] = [];

/** Releases the captures of the test that just ran (test/setup.ts calls this after each test). */
export function releaseCaptures(): void {
  for (const release of releases.splice(0)) release();
}

/** Every `console[method]` call of this test, its arguments joined as the console would print them. */
export function captureConsole(method: 'error' | 'warn' | 'log' | 'debug'): string[] {
  const lines: string[] = [];
  const spy = jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  });
  releases.push(() => spy.mockRestore());
  return lines;
}

/**
 * The JSON lines on stdout of this test whose text starts with `prefix`, parsed. Anything else written to stdout
 * passes through untouched.
 */
function captureJsonLines(prefix: string): Record<string, unknown>[] {
  const lines: Record<string, unknown>[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(((
    chunk: string | Uint8Array,
    ...rest: never[]
  ) => {
    const text = String(chunk);
    if (!text.startsWith(prefix)) return write(chunk, ...rest);
    lines.push(JSON.parse(text) as Record<string, unknown>);
    return true;
  }) as typeof process.stdout.write);
  releases.push(() => spy.mockRestore());
  return lines;
}

/** The /mfa-check audit lines (JSON on stdout) of this test, parsed. */
export function captureAuditLines(): Record<string, unknown>[] {
  return captureJsonLines('{"event":"mfa_check"');
}

/** The Helpful / Not it feedback records (JSON on stdout) of this test, parsed. */
export function captureFeedbackLines(): Record<string, unknown>[] {
  return captureJsonLines('{"type":"mfa_feedback"');
}
