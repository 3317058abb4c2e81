import { runCli } from '../../harness/run-cli';

const EXPIRED = 'NotAuthorizedException: Invalid session for the user, session is expired.';

describe('explain --json', () => {
  test('returns the contract fields from the best diagnosis, plus every diagnosis and the secrets', async () => {
    const run = await runCli(['explain', '--json', EXPIRED]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ id: 'session-expired', autoReply: true, lang: 'en', secrets: [] });
    expect(json.confidence).toBeGreaterThan(0.9);
    expect(json.candidates.every((c: { id: string }) => c.id !== 'session-expired')).toBe(true);
    expect(json.diagnoses).toHaveLength(1);
  });

  test('reads stdin when no text is given', async () => {
    const body = '{"__type":"CodeMismatchException","message":"Invalid code or auth state for the user."}';
    const run = await runCli(['explain', '--json'], `some log\n${body}\n`);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: 'code-mismatch', autoReply: true });
  });

  test('a lookalike is not an unprompted answer', async () => {
    const run = await runCli(['explain', '--json', 'NotAuthorizedException: Incorrect username or password.']);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: null, autoReply: false });
  });

  test('reports secrets by kind and line, never their value', async () => {
    const token =
      'eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJhYmMiLCJzY29wZSI6Im9wZW5pZCJ9.c2lnbmF0dXJlc2lnbmF0dXJl';
    const run = await runCli([
      'explain',
      '--json',
      `AccessToken: ${token}\nNotAuthorizedException: Access Token does not have required scopes`,
    ]);
    expect(run.stdout).not.toContain(token);
    expect(JSON.parse(run.stdout).secrets).toEqual([{ kind: 'jwt', line: 1 }]);
  });

  test('--lang ja is the answer language', async () => {
    const run = await runCli(['explain', '--json', '--lang', 'ja', EXPIRED]);
    expect(JSON.parse(run.stdout).lang).toBe('ja');
  });
});

describe('explain text output', () => {
  test('shows title, why, numbered fixes, links, evidence and confidence in words', async () => {
    const run = await runCli(['explain', EXPIRED]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Why:$/m);
    expect(run.stdout).toMatch(/^ {2}1\. /m);
    expect(run.stdout).toContain('--auth-session-validity 15');
    expect(run.stdout).toMatch(/^Links:$/m);
    expect(run.stdout).toContain('Evidence: line 1:');
    expect(run.stdout).toContain('Confidence: high');
  });

  test('answers in Japanese for a Japanese paste', async () => {
    const run = await runCli(['explain', `MFA コードを入力すると次のエラーになります。\n${EXPIRED}`]);
    expect(run.stdout).toContain('対処方法:');
    expect(run.stdout).toContain('確度:');
  });

  test('an answer from prose, never high, names the other possible entries', async () => {
    const run = await runCli(['explain', 'the MFA session expires after 3 minutes, how do I make it longer?']);
    expect(run.stdout).toContain('Confidence: fairly sure (0.');
    expect(run.stdout).toContain('It could also be:');
  });

  test('a no-match says so and names the closest entries', async () => {
    const run = await runCli(['explain', 'NotAuthorizedException: Incorrect username or password.']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No catalogue entry matches this text.');
    expect(run.stdout).toContain('Closest entries:');
  });

  test('several errors are listed in order of appearance', async () => {
    const run = await runCli([
      'explain',
      `${EXPIRED}\nAn error occurred (CodeMismatchException) when calling the RespondToAuthChallenge operation: Invalid code or auth state for the user.`,
    ]);
    expect(run.stdout).toContain('2 errors found in this text');
    expect(run.stdout.indexOf('Evidence: line 1')).toBeLessThan(run.stdout.indexOf('Evidence: line 2'));
  });

  test('warns about pasted secrets without repeating them', async () => {
    const run = await runCli(['explain', `phone +81 90 1234 5678\n${EXPIRED}`]);
    expect(run.stdout).toContain('a full phone number (line 1)');
    expect(run.stdout).not.toContain('1234 5678');
  });
});

describe('explain --jsonl', () => {
  test('one result per input line, with the input id; a bad line gives an error object', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: EXPIRED }),
      'not json',
      '',
      JSON.stringify({ id: 7, text: 'lunch?' }),
      JSON.stringify({ id: 'no-text' }),
    ].join('\n');
    const run = await runCli(['explain', '--jsonl'], input);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ input: 'a', id: 'session-expired', autoReply: true });
    expect(lines[1]).toMatchObject({ input: null, line: 2, error: 'not valid JSON' });
    expect(lines[2]).toMatchObject({ input: 7, id: null, autoReply: false });
    expect(lines[3]).toMatchObject({ input: 'no-text', error: expect.stringContaining('text') });
  });
});

describe('explain bad input', () => {
  test.each([
    ['empty text', ['explain', '   '], undefined, /nothing to explain/],
    ['no text and a terminal on stdin', ['explain'], undefined, /no text given/],
    ['empty stdin', ['explain'], '', /nothing to explain/],
    ['binary data', ['explain'], Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00]), /binary data/],
    ['an unknown option', ['explain', '--yaml', 'x'], undefined, /unknown option --yaml/],
    ['a bad language', ['explain', '--lang', 'fr', 'x'], undefined, /--lang takes en or ja/],
  ])('%s: clear message, exit 2', async (_what, argv, stdin, message) => {
    const run = await runCli(argv, stdin);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  test('a 40 KB paste works', async () => {
    const filler = Array.from(
      { length: 700 },
      (_, i) => `2024-06-02T09:14:11Z INFO worker-${i} handled request in ${i} ms`,
    ).join('\n');
    const text = `${filler}\n${EXPIRED}\n${filler}`;
    expect(text.length).toBeGreaterThan(40_000);
    const run = await runCli(['explain', '--json'], text);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: 'session-expired', autoReply: true });
  });
});
