/**
 * Test hygiene that review alone did not keep: no test waits on the wall clock. A sleep makes a test slow on a fast
 * machine and flaky on a busy one (the suite runs on two shared cores); a test awaits the event itself (the
 * recorders' `answers`, a graceful stop) or moves a fake clock (test/harness/clock.ts). Timer calls live in
 * test/harness only, where each one runs under fake time or backs such a helper.
 *
 * Waits also hide behind the libraries: a nock reply delay is a timer, and the AWS SDK's request timeout and retry
 * back-off are timers inside the SDK. A test that reaches one of those runs in fake time (`inFakeTime`,
 * `jest.useFakeTimers`), where a budget or a back-off passes at once and exactly, or ends the budget by hand
 * (`manualBudgets`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

const TEST_DIR = __dirname;
/** The waits the self-checks plant, kept as data so no test file quotes one. */
const PLANTED = parse(readFileSync(join(__dirname, 'fixtures', 'hygiene', 'planted-waits.yaml'), 'utf8')) as {
  waits: string[];
  notWaits: string;
  delays: string[];
  sdkWaits: string[];
  slowFile: string;
};

const SRC_DIR = join(__dirname, '..', 'src');

/** Every .ts file under `dir`. */
function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    // This file spells the patterns out (the waits it plants are data in fixtures/hygiene/).
    return entry.name.endsWith('.ts') && path !== __filename ? [path] : [];
  });
}

function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'harness' || entry.name === 'fixtures' ? [] : testSources(path);
    // This file spells the patterns out (the waits it plants are data in fixtures/hygiene/).
    return entry.name.endsWith('.ts') && path !== __filename ? [path] : [];
  });
}

/** A timer or sleep call (jest.setTimeout, the per-test time limit, is not one), or an elapsed-time measurement. */
const WAITS: [string, RegExp][] = [
  ['setTimeout', /(?<![.\w])setTimeout\s*\(/],
  ['setInterval', /(?<![.\w])setInterval\s*\(/],
  ['sleep', /(?<![.\w])sleep\s*\(/],
  ['elapsed wall time', /Date\.now\(\)\s*-\s*\w/],
  // A stalled reply (aws-wire's stalled()) or a held one (a test's own callback) shows the same thing with no timer.
  [
    'reply delay (nock .delay or delayMs; stall the reply and spend the budget in fake time)',
    /\.delay(?:Body|Connection)?\s*\(|\bdelayMs\b/,
  ],
];

/** Waits inside a library: harmless under fake time, a wall-clock wait without it. */
const WAITS_UNLESS_FAKE_TIME: [string, RegExp][] = [
  ["the AWS SDK's request or connection timeout", /\b(?:requestTimeoutMs|connectionTimeoutMs|socketTimeout)\b/],
  // runCheck's clientOptions (AWS: they carry credentials) without maxAttempts: the SDK retries a throttle or a 5xx
  // after a back-off.
  [
    "the AWS SDK's retry back-off (clientOptions without maxAttempts)",
    /clientOptions:\s*\{(?![^}]*maxAttempts)[^}]*\bcredentials\b[^}]*\}/,
  ],
  ['a reply that never comes (only a time budget ends it)', /\bstalled\(|\bstalled:\s*true\b|\bneverAnswered\b/],
];

/** The test decides when time passes: fake time, or budgets it runs out by hand (test/harness/clock.ts). */
const FAKE_TIME = /\binFakeTime\(|\buseFakeTimers\(|\bmanualBudgets\(/;

function offences(source: string): string[] {
  const checked = FAKE_TIME.test(source) ? WAITS : [...WAITS, ...WAITS_UNLESS_FAKE_TIME];
  return source.split('\n').flatMap((line, i) => {
    // A comment may name a wait; a URL's // is not a comment.
    const code = /^\s*\*/.test(line) ? '' : line.replace(/(?<!:)\/\/.*$/, '');
    return checked.filter(([, pattern]) => pattern.test(code)).map(([what]) => `${i + 1}: ${what}`);
  });
}

/** `file:line: what` for every offence in the sources given by path. */
function offendersIn(sources: Record<string, string>): string[] {
  return Object.entries(sources).flatMap(([file, source]) => offences(source).map((where) => `${file}:${where}`));
}

describe('test hygiene', () => {
  it('no test file outside test/harness calls a timer, sleeps, delays a reply, measures elapsed wall time or reaches a library timer outside fake time', () => {
    const sources = Object.fromEntries(
      testSources(TEST_DIR).map((file) => [relative(TEST_DIR, file), readFileSync(file, 'utf8')]),
    );
    expect(offendersIn(sources)).toEqual([]);
  });

  it('catches each kind of wait it looks for', () => {
    const { waits, notWaits } = PLANTED;
    expect(waits.map((line) => offences(line).length)).toEqual([1, 1, 1, 1]);
    expect(offences(notWaits)).toEqual([]);
  });

  it('catches a reply delay, in real or fake time', () => {
    const { delays } = PLANTED;
    expect(delays.map((line) => offences(line).length)).toEqual([1, 1, 1, 1]);
    expect(delays.map((line) => offences(`jest.useFakeTimers(FAKE_TIME);\n${line}`).length)).toEqual([1, 1, 1, 1]);
  });

  it("catches the AWS SDK's timeouts and back-off and a stalled reply outside fake time, and lets them be in it", () => {
    const { sdkWaits } = PLANTED;
    expect(sdkWaits.map((line) => offences(line).map((o) => o.replace(/:.*/, '')))).toEqual(sdkWaits.map(() => ['1']));
    for (const line of sdkWaits) {
      expect(offences(`const { result } = await inFakeTime(() => work());\n${line}`)).toEqual([]);
    }
    // One attempt: nothing to back off from.
    expect(offences('runCheck({ ref, clientOptions: { credentials: STATIC_CREDENTIALS, maxAttempts: 1 } });')).toEqual(
      [],
    );
  });

  it('names the file and line of each offence', () => {
    const found = offendersIn({ 'checks/slow.test.ts': PLANTED.slowFile });
    expect(found).toEqual([
      'checks/slow.test.ts:2: reply delay (nock .delay or delayMs; stall the reply and spend the budget in fake time)',
    ]);
  });
});

const UNREACHABLE_TIMER = /AbortSignal\.timeout\s*\(/;

describe('time budgets in src', () => {
  it('are timers fake time can move: no AbortSignal.timeout (use timeBudget from src/checks/aws/time-budget.ts)', () => {
    // AbortSignal.timeout's timer is out of jest's reach: a test could only wait such a budget out on the wall clock.
    const found = sourcesUnder(SRC_DIR).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (UNREACHABLE_TIMER.test(line) ? [`${relative(SRC_DIR, file)}:${i + 1}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('catches the form it looks for', () => {
    expect(UNREACHABLE_TIMER.test('{ abortSignal: AbortSignal.timeout(options.budgetMs ?? INVOKE_BUDGET_MS) }')).toBe(
      true,
    );
    expect(UNREACHABLE_TIMER.test('{ abortSignal: timeBudget(CLAIM_BUDGET_MS) }')).toBe(false);
  });
});
