/**
 * The graceful shutdown of the long-running modes, on fake timers: what a person whose check is running at a
 * SIGTERM gets (the report, or an "interrupted" notice in English and Japanese), the audit line, and what the stop
 * waits for. The signal itself is never sent: the shutdown is a function.
 */
import nock from 'nock';
import { shutDownGracefully } from '../../src/main/graceful-shutdown';
import { createInProcessDeferrer, sendReply } from '../../src/slack/deferred';
import type { InFlight } from '../../src/slack/middleware/in-flight';
import { captureAuditLines } from '../harness/capture';
import { FAKE_TIME, fakeDelay } from '../harness/clock';
import { checkJob, jobDeps, RESPONSE_URL } from '../harness/deferred';

const START = Date.UTC(2026, 10, 26, 8, 0, 0);

const idleRequests: InFlight = { idle: async () => {}, count: () => 0 };

/** response_url posts, kept in order. */
function responseUrl() {
  const posts: Record<string, unknown>[] = [];
  nock('https://hooks.slack.com')
    .persist()
    .post(new URL(RESPONSE_URL).pathname, (body) => {
      posts.push(body);
      return true;
    })
    .reply(200, 'ok');
  return posts;
}

/** A check job whose work takes `ms` of (fake) time, then posts its report. */
function slowCheck(ms: number) {
  const deps = jobDeps();
  const deferrer = createInProcessDeferrer(
    {
      check: async (job, jobDeps) => {
        await fakeDelay(ms);
        await sendReply(job.reply, { text: 'the report' }, jobDeps);
      },
    },
    () => Date.now(),
  );
  return { deferrer, deps };
}

describe('shutDownGracefully', () => {
  beforeEach(() => {
    jest.useFakeTimers(FAKE_TIME);
    jest.setSystemTime(START);
  });
  afterEach(() => jest.useRealTimers());

  it('waits for a check that ends within the grace: its report goes out, nothing is interrupted', async () => {
    const audit = captureAuditLines();
    const posts = responseUrl();
    const { deferrer, deps } = slowCheck(3_000);
    await deferrer.defer(checkJob(), deps);
    let stopped = false;
    const intake = jest.fn(async () => {});
    const stopping = shutDownGracefully({
      stopIntake: intake,
      inFlight: idleRequests,
      deferrer,
      logger: deps.logger,
    }).then(() => {
      stopped = true;
    });
    expect(intake).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(2_900);
    expect(stopped).toBe(false);
    await jest.advanceTimersByTimeAsync(200);
    await stopping;
    expect(posts).toEqual([expect.objectContaining({ text: 'the report' })]);
    expect(audit).toEqual([]);
    expect(deps.logger.printed().at(-1)).toBe('info Stopped: everything running had finished.');
  });

  it('tells the requester of a check still running after 25 s, in English and Japanese, and writes its audit line', async () => {
    const audit = captureAuditLines();
    const posts = responseUrl();
    const { deferrer, deps } = slowCheck(60_000);
    await deferrer.defer(checkJob({ args: { pool: 'us-east-1_AbC123def', username: 'alice' } }), deps);
    await jest.advanceTimersByTimeAsync(1_000);
    const stopping = shutDownGracefully({
      stopIntake: async () => {},
      inFlight: idleRequests,
      deferrer,
      logger: deps.logger,
    });
    await jest.advanceTimersByTimeAsync(24_900);
    expect(posts).toEqual([]);
    await jest.advanceTimersByTimeAsync(200);
    await stopping;
    expect(posts).toEqual([
      {
        response_type: 'ephemeral',
        replace_original: false,
        text:
          'The check of `us-east-1_AbC123def` was interrupted: the bot was restarting before it finished. Please run it again in a minute.\n' +
          '`us-east-1_AbC123def` のチェックは、完了前にボットが再起動したため中断されました。1 分ほどしてからもう一度実行してください。',
      },
    ]);
    expect(audit).toEqual([
      {
        event: 'mfa_check',
        at: '2026-11-26T08:00:26.000Z',
        who: 'U0PERSON',
        where: 'C0CHAN',
        team: 'T0TEAM',
        pool: 'us-east-1_AbC123def',
        region: 'us-east-1',
        userChecked: true,
        outcome: 'failed',
        reason: 'interrupted',
        durationMs: 26_000,
      },
    ]);
    expect(deps.logger.printed()).toContain(
      'warn Stopping: 1 check did not finish within 25 s; telling whoever asked.',
    );

    // Should the stopped check still get to its post before the process exits, it posts nothing.
    await jest.advanceTimersByTimeAsync(60_000);
    await deferrer.idle();
    expect(posts).toHaveLength(1);
    expect(deps.logger.printed()).toContain('info deferred job check job-1 was stopped by the shutdown');
  });

  it('takes no new check once stopping: the person is told to try again, in their language', async () => {
    const { deferrer, deps } = slowCheck(0);
    const stopping = shutDownGracefully({
      stopIntake: async () => {},
      inFlight: idleRequests,
      deferrer,
      logger: deps.logger,
    });
    await expect(deferrer.defer(checkJob(), deps)).rejects.toMatchObject({
      localized: {
        en: 'the bot is restarting; please try again in a minute',
        ja: 'ボットが再起動中です。1 分ほどしてからもう一度お試しください',
      },
    });
    await stopping;
  });

  it('waits for requests still being handled (a reply being posted) as for checks', async () => {
    const { deferrer, deps } = slowCheck(0);
    let release = () => {};
    const handling = new Promise<void>((resolve) => {
      release = resolve;
    });
    let stopped = false;
    const stopping = shutDownGracefully({
      stopIntake: async () => {},
      inFlight: { idle: () => handling, count: () => 1 },
      deferrer,
      logger: deps.logger,
    }).then(() => {
      stopped = true;
    });
    await jest.advanceTimersByTimeAsync(10_000);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(deps.logger.printed().at(-1)).toBe('info Stopped: everything running had finished.');
  });
});
