import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../harness/run-cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scan-test-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function logFile(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function noise(n: number): string[] {
  return Array.from(
    { length: n },
    (_, i) => `2024-06-02T09:${String(i % 60).padStart(2, '0')}:00Z INFO session ${i} token refreshed for user-${i}`,
  );
}

const EXPIRED = 'ERROR NotAuthorizedException: Invalid session for the user, session is expired.';
const TRUST =
  'ERROR {"__type":"InvalidSmsRoleTrustRelationshipException","message":"Role does not have a trust relationship allowing Cognito to assume the role"}';

describe('scan', () => {
  test('lists each error with its first lines and count, in order of first appearance', async () => {
    const lines = noise(100);
    lines[9] = TRUST;
    for (const at of [19, 29, 39, 49, 59, 69, 79]) lines[at] = EXPIRED;
    lines[89] = TRUST;
    lines[94] = 'WARN NotAuthorizedException: Incorrect username or password.';
    const run = await runCli(['scan', '--json', logFile('app.log', lines)]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.lines).toBe(100);
    expect(json.entries.map((e: { id: string; count: number; lines: number[] }) => [e.id, e.count, e.lines])).toEqual([
      ['sms-role-trust', 2, [10, 90]],
      ['session-expired', 7, [20, 30, 40, 50, 60]],
    ]);
  });

  test('text output names the entries, lines and counts', async () => {
    const lines = noise(30);
    lines[4] = EXPIRED;
    lines[7] = EXPIRED;
    const run = await runCli(['scan', logFile('text.log', lines)]);
    expect(run.stdout).toContain('session-expired (2x)');
    expect(run.stdout).toContain('lines 5, 8');
  });

  test('counts lines across chunk boundaries and CRLF endings', async () => {
    const lines = noise(60_000).map((l) => `${l}\r`);
    lines[45_000] = `${EXPIRED}\r`;
    const run = await runCli(['scan', '--json', logFile('big.log', lines)]);
    const json = JSON.parse(run.stdout);
    expect(json.lines).toBe(60_000);
    expect(json.entries).toEqual([expect.objectContaining({ id: 'session-expired', lines: [45_001], count: 1 })]);
  });

  test('a log without MFA errors says so and exits 0', async () => {
    const run = await runCli(['scan', logFile('clean.log', noise(10))]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no Cognito MFA errors in 10 lines');
  });

  test('never prints a secret from the log', async () => {
    const run = await runCli(['scan', logFile('secret.log', [`${EXPIRED} phone=+819012345678`])]);
    expect(run.stdout).toContain('session-expired');
    expect(run.stdout).not.toContain('9012345678');
  });

  test('a binary file without newlines is read in bounded pieces and yields nothing', async () => {
    const file = join(dir, 'blob.bin');
    const bytes = Buffer.alloc(300 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256 === 10 ? 0 : (i * 7919) % 256;
    writeFileSync(file, bytes);
    const run = await runCli(['scan', '--json', file]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).entries).toEqual([]);
  });

  test.each([
    ['a missing file', () => ['scan', join(dir, 'nope.log')], /cannot read .*nope\.log: no such file/],
    ['a directory', () => ['scan', dir], /is not a file/],
    ['no file', () => ['scan'], /no file given/],
  ])('%s: clear message, exit 2', async (_what, argv, message) => {
    const run = await runCli(argv());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
