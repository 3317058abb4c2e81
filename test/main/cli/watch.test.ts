/**
 * `cognito-mfa watch --once` end to end: the real SDK clients against nock's wire bodies, the state in a file, and
 * Slack's Web API stand-in behind SLACK_API_URL.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { FULL_PHONE, POOL_ID, reply, serve, throttled } from '../../harness/aws-wire';
import { cliEnvironment } from '../../harness/cli-env';
import { runCli } from '../../harness/run-cli';
import { SLACK_API_URL, slackStandIn } from '../../harness/slack-stand-in';

cliEnvironment();

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'watch-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, string>);

const SPENT_ALL = { 'cloudwatch:GetMetricStatistics': reply.smsSpend(20, 50) };

describe('cognito-mfa watch --once --json', () => {
  it('a first round prints every finding as a change from none, passes and app clients included', async () => {
    serve();
    const run = await runCli(['watch', '--once', '--json', POOL_ID]);
    const out = lines(run.stdout);
    expect(out.length).toBeGreaterThan(10);
    for (const l of out) expect(l).toMatchObject({ pool: POOL_ID, from: 'none' });
    expect(out).toContainEqual({
      pool: POOL_ID,
      rule: 'sns-sms-monthly-spend',
      entry: 'sms-first-time-setup',
      from: 'none',
      to: 'pass',
    });
    expect(
      out
        .filter((l) => l.rule === 'client-auth-session-validity')
        .map((l) => l.client)
        .sort(),
    ).toEqual(['4example1client2id3web', '7example8client9id0srv']);
    // Exit 1 exactly when a finding got worse: on a first round, any fail or warn.
    const worse = out.some((l) => l.to === 'fail' || l.to === 'warn');
    expect(run.code).toBe(worse ? 1 : 0);
  });

  it('with a state file, a second run prints nothing and a limit reached later prints that one change, exit 1', async () => {
    const state = join(dir, 'state.json');
    serve();
    await runCli(['watch', '--once', '--json', '--state', state, POOL_ID]);
    nock.cleanAll();
    serve();
    const again = await runCli(['watch', '--once', '--json', '--state', state, POOL_ID]);
    expect([again.code, again.stdout]).toEqual([0, '']);
    nock.cleanAll();
    serve(SPENT_ALL);
    const worse = await runCli(['watch', '--once', '--json', '--state', state, POOL_ID]);
    expect(worse.code).toBe(1);
    expect(lines(worse.stdout)).toEqual([
      { pool: POOL_ID, rule: 'sns-sms-monthly-spend', entry: 'sms-first-time-setup', from: 'pass', to: 'fail' },
    ]);
    // Ids and statuses only: no summaries, no phone numbers.
    const kept = readFileSync(state, 'utf8');
    expect(kept).toContain(`watch#${POOL_ID}@-`);
    expect(kept).not.toContain(FULL_PHONE.slice(3));
    expect(kept).not.toMatch(/summary|evidence/);
  });

  it('takes the state file from MFA_WATCH_STATE_FILE, --state winning', async () => {
    process.env.MFA_WATCH_STATE_FILE = join(dir, 'env-state.json');
    serve();
    await runCli(['watch', '--once', '--json', POOL_ID]);
    nock.cleanAll();
    serve();
    expect((await runCli(['watch', '--once', '--json', POOL_ID])).stdout).toBe('');
    nock.cleanAll();
    serve();
    const other = await runCli(['watch', '--once', '--json', '--state', join(dir, 'other.json'), POOL_ID]);
    expect(lines(other.stdout).every((l) => l.from === 'none')).toBe(true);
  });

  it('exits 2 when it cannot run: no --once, a word that is no pool, nothing to watch', async () => {
    const noOnce = await runCli(['watch', POOL_ID]);
    expect(noOnce.code).toBe(2);
    expect(noOnce.stderr).toMatch(/--once/);
    const bad = await runCli(['watch', '--once', 'not-a-pool']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a user pool id/);
    const none = await runCli(['watch', '--once']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/MFA_WATCH/);
    const ja = await runCli(['watch', '--once', '--lang', 'ja']);
    expect(ja.stderr).toMatch(/監視しているプールがありません/);
  });

  it('prints readable lines without --json, in Japanese with --lang ja', async () => {
    const state = join(dir, 'state.json');
    serve();
    await runCli(['watch', '--once', '--state', state, POOL_ID]);
    nock.cleanAll();
    serve(SPENT_ALL);
    const en = await runCli(['watch', '--once', '--state', state, POOL_ID]);
    expect(en.stdout).toBe(`${POOL_ID} sns-sms-monthly-spend: pass -> fail\n`);
    nock.cleanAll();
    serve();
    const ja = await runCli(['watch', '--once', '--lang', 'ja', '--state', state, POOL_ID]);
    expect(ja.stdout).toBe(`${POOL_ID} sns-sms-monthly-spend: 失敗 -> 合格\n`);
  });
});

describe('posting to the watch channel', () => {
  beforeEach(() => {
    Object.assign(process.env, {
      SLACK_BOT_TOKEN: 'xoxb-test-watch-token',
      SLACK_API_URL,
      MFA_WATCH: `${POOL_ID}=C0WATCH01`,
    });
  });

  it('posts one baseline, nothing for a throttle that clears, and a later change in the baseline thread with its fix', async () => {
    const state = join(dir, 'state.json');
    const posts = slackStandIn();
    serve();
    await runCli(['watch', '--once', '--state', state]);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ channel: 'C0WATCH01' });
    expect(posts[0]?.text).toMatch(new RegExp(`^Watching ${POOL_ID}: \\d+ fail, \\d+ warn$`));
    expect(posts[0]?.thread_ts).toBeUndefined();

    // A throttle, then a clear read: the channel hears nothing.
    const worlds: Parameters<typeof serve>[0][] = [
      { 'cloudwatch:GetMetricStatistics': throttled('cloudwatch:GetMetricStatistics') },
      {},
    ];
    for (const world of worlds) {
      nock.cleanAll();
      slackStandIn();
      serve(world);
      const run = await runCli(['watch', '--once', '--json', '--state', state]);
      expect([run.code, run.stdout]).toEqual([0, '']);
    }
    expect(posts).toHaveLength(1);

    nock.cleanAll();
    const later = slackStandIn();
    serve(SPENT_ALL);
    const run = await runCli(['watch', '--once', '--state', state]);
    expect(run.code).toBe(1);
    expect(later).toHaveLength(1);
    expect(later[0]).toMatchObject({ channel: 'C0WATCH01', thread_ts: posts[0]?.ts });
    expect(later[0]?.text).toBe(`${POOL_ID} got worse`);
    // The fix as a check report gives it: the catalogue entry's steps with their commands.
    expect(later[0]?.blocks).toMatch(/How to fix it/);
    expect(later[0]?.blocks).toMatch(/aws sns set-sms-attributes/);
    expect(later[0]?.blocks).toMatch(/pass → fail/);
  });
});

it('says what is wrong with a pool word in Japanese with --lang ja', async () => {
  const run = await runCli(['watch', '--once', '--lang', 'ja', 'not-a-pool']);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/"not-a-pool" はユーザープールの ID でも ARN でもありません/);
  expect(run.stderr).toMatch(/使い方: cognito-mfa watch --once/);
});
