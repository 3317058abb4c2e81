/**
 * The CLI in Japanese: under a Japanese locale, or with --lang ja, its usage, every refusal and what `scan` and
 * `explain` print hold no English sentence (test/harness/english-runs.ts), and --lang en wins over the locale.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { Lang } from '../../../src/catalogue/types';
import { main } from '../../../src/main/cli';
import { POOL_ID, serve } from '../../harness/aws-wire';
import { cliEnvironment } from '../../harness/cli-env';
import { englishRuns } from '../../harness/english-runs';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-ja-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The CLI in-process, as a terminal whose locale speaks `locale`; `stdin` undefined is a terminal with nothing piped. */
async function run(argv: string[], locale: Lang, stdin?: string) {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  out.on('data', (c: Buffer) => chunks.out.push(c));
  err.on('data', (c: Buffer) => chunks.err.push(c));
  const input =
    stdin === undefined ? Object.assign(Readable.from([]), { isTTY: true }) : Readable.from([Buffer.from(stdin)]);
  const code = await main(argv, { stdin: input, stdout: out, stderr: err, lang: locale });
  return {
    code,
    stdout: Buffer.concat(chunks.out).toString('utf8'),
    stderr: Buffer.concat(chunks.err).toString('utf8'),
  };
}

function logFile(lines: string[]): string {
  const file = join(dir, `log-${lines.length}.log`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const EXPIRED = 'ERROR NotAuthorizedException: Invalid session for the user, session is expired.';

describe('the CLI under a Japanese locale', () => {
  it.each([
    ['no command', []],
    ['an unknown command', ['frobnicate']],
    ['explain with an unknown option', ['explain', '--yaml', 'x']],
    ['explain with a bad language', ['explain', '--lang', 'fr', 'x']],
    ['explain with both formats', ['explain', '--json', '--jsonl', 'x']],
    ['explain with nothing to read', ['explain']],
    ['scan without a file', ['scan']],
    ['scan with two files', ['scan', 'a.log', 'b.log']],
    ['scan with an unknown option', ['scan', '--yaml', 'a.log']],
    ['scan of a missing file', ['scan', '/no/such/file.log']],
    ['scan of a directory', ['scan', '/']],
    ['check with an unknown option', ['check', '--yaml']],
    ['check without a pool', ['check']],
    ['check of something not a pool', ['check', 'my pool']],
    ['watch without --once', ['watch']],
    ['watch of something not a pool', ['watch', '--once', 'my-pool']],
    ['watch with no pool to watch', ['watch', '--once']],
  ])('%s is refused in Japanese (exit 2)', async (_, argv) => {
    const result = await run(argv, 'ja');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/[\u3040-\u30ff]/);
    expect(englishRuns(result.stderr)).toEqual([]);
  });

  it('prints the usage in Japanese for --help', async () => {
    const result = await run(['--help'], 'ja');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('使い方: cognito-mfa');
    expect(englishRuns(result.stdout)).toEqual([]);
  });

  it('scans a log in Japanese: the counts, the titles, the lines and the hint', async () => {
    const file = logFile(['INFO ok', EXPIRED, 'INFO ok', EXPIRED]);
    const result = await run(['scan', file], 'ja');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('4 行中 2 行に 1 種類の Cognito MFA エラーがあります');
    expect(result.stdout).toContain('2, 4 行目');
    expect(englishRuns(result.stdout.replace(EXPIRED, ''))).toEqual([]);
  });

  it('says a clean log is clean in Japanese', async () => {
    const result = await run(['scan', logFile(['INFO ok'])], 'ja');
    expect(result.stdout).toContain('1 行に Cognito MFA エラーはありません');
  });

  it('keeps the English titles in scan --json, a value for programs', async () => {
    const result = await run(['scan', '--json', logFile(['INFO', EXPIRED])], 'ja');
    const body = JSON.parse(result.stdout) as { entries: { title: string }[] };
    expect(body.entries[0]?.title).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('--lang picks the CLI language over the locale', () => {
  it('scan --lang ja speaks Japanese in an English locale', async () => {
    const result = await run(['scan', '--lang', 'ja', logFile(['x', EXPIRED, 'y'])], 'en');
    expect(result.stdout).toContain('2 行目');
    expect(englishRuns(result.stdout.replace(EXPIRED, ''))).toEqual([]);
  });

  it('scan --lang=en speaks English in a Japanese locale', async () => {
    const result = await run(['scan', '--lang=en', logFile([EXPIRED])], 'ja');
    expect(result.stdout).toContain('1 Cognito MFA error line(s) of 1 kind(s) in 1 lines');
  });

  it('explain --lang en refuses in English in a Japanese locale', async () => {
    const result = await run(['explain', '--lang', 'en', '--yaml'], 'ja');
    expect(result.stderr).toContain('unknown option --yaml');
  });

  it('explain answers an English error in the locale language, Japanese text in Japanese, and --lang over both', async () => {
    // Commands are indented to be copied as they are (their shell comments included); the paste is quoted back.
    const prose = (stdout: string) =>
      stdout
        .split('\n')
        .filter((line) => !/^ {5}/.test(line))
        .join('\n')
        .replaceAll(EXPIRED.replace('ERROR ', ''), '');
    const inJapaneseLocale = await run(['explain', EXPIRED], 'ja');
    expect(prose(inJapaneseLocale.stdout)).toContain('対処方法');
    expect(englishRuns(prose(inJapaneseLocale.stdout))).toEqual([]);

    const japaneseText = await run(['explain', `サインインで ${EXPIRED} が出ます`], 'en');
    expect(prose(japaneseText.stdout)).toContain('対処方法');

    const asked = await run(['explain', '--lang', 'en', EXPIRED], 'ja');
    expect(asked.stdout).toContain('How to fix it');
    expect(JSON.parse((await run(['explain', '--json', EXPIRED], 'ja')).stdout).lang).toBe('en');
  });
});

describe('check under a Japanese locale', () => {
  cliEnvironment();

  it('prints the report in Japanese', async () => {
    serve();
    const result = await run(['check', POOL_ID], 'ja');
    expect(result.stdout).toMatch(/^MFA チェック: /);
  });

  it('keeps --json in English for programs, unless --lang ja asks', async () => {
    serve();
    const plain = JSON.parse((await run(['check', POOL_ID, '--json'], 'ja')).stdout) as { lang: string };
    expect(plain.lang).toBe('en');
    serve();
    const asked = JSON.parse((await run(['check', POOL_ID, '--json', '--lang', 'ja'], 'ja')).stdout) as {
      lang: string;
    };
    expect(asked.lang).toBe('ja');
  });
});
