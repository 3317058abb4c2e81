/**
 * Test hygiene that review alone did not keep: no test waits on the wall clock. A sleep makes a test slow on a fast
 * machine and flaky on a busy one (the suite runs on two shared cores); a test awaits the event itself (the
 * recorders' `answers`, a graceful stop) or moves a fake clock (test/harness/clock.ts). Timer calls live in
 * test/harness only, where each one runs under fake time or backs such a helper.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const TEST_DIR = __dirname;

function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'harness' || entry.name === 'fixtures' ? [] : testSources(path);
    // This file quotes the waits it looks for.
    return entry.name.endsWith('.ts') && path !== __filename ? [path] : [];
  });
}

/** A timer or sleep call (jest.setTimeout, the per-test time limit, is not one), or an elapsed-time measurement. */
const WAITS: [string, RegExp][] = [
  ['setTimeout', /(?<![.\w])setTimeout\s*\(/],
  ['setInterval', /(?<![.\w])setInterval\s*\(/],
  ['sleep', /(?<![.\w])sleep\s*\(/],
  ['elapsed wall time', /Date\.now\(\)\s*-\s*\w/],
];

function offences(source: string): string[] {
  return source.split('\n').flatMap((line, i) => {
    const code = line.replace(/\/\/.*$/, '');
    return WAITS.filter(([, pattern]) => pattern.test(code)).map(([what]) => `${i + 1}: ${what}`);
  });
}

describe('test hygiene', () => {
  it('no test file outside test/harness calls a timer, sleeps or measures elapsed wall time', () => {
    const found = testSources(TEST_DIR).flatMap((file) =>
      offences(readFileSync(file, 'utf8')).map((where) => `${relative(TEST_DIR, file)}:${where}`),
    );
    expect(found).toEqual([]);
  });

  it('catches each kind of wait it looks for', () => {
    const waits = [
      'await new Promise((resolve) => setTimeout(resolve, 50));',
      'const t = setInterval(poll, 5);',
      'await sleep(100);',
      'expect(Date.now() - started).toBeLessThan(3000);',
    ];
    expect(waits.map((line) => offences(line).length)).toEqual([1, 1, 1, 1]);
    expect(offences('jest.setTimeout(300_000);\nclearTimeout(timer);\n// setTimeout( in a comment')).toEqual([]);
  });
});
