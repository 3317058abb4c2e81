import nock from 'nock';
import { runJob, sendReply } from '../../../src/slack/deferred';
import { FAKE_TIME } from '../../harness/clock';
import { checkJob, jobDeps, RESPONSE_URL } from '../../harness/deferred';

const hooks = () => nock('https://hooks.slack.com');

describe('runJob', () => {
  it('runs the runner for the job kind with the job and its dependencies', async () => {
    const seen: string[] = [];
    await runJob(checkJob(), jobDeps(), {
      check: async (job) => {
        seen.push(job.args.pool);
      },
    });
    expect(seen).toEqual(['us-east-1_AbC123def']);
  });

  it('tells the person privately when the job fails, with the reason escaped', async () => {
    let posted: Record<string, unknown> | undefined;
    const scope = hooks()
      .post('/commands/T0TEAM/1234/abcdef', (body) => {
        posted = body;
        return true;
      })
      .reply(200, 'ok');
    const deps = jobDeps();
    await runJob(checkJob(), deps, {
      check: async () => {
        throw new Error('pool <!channel> not reachable');
      },
    });
    expect(scope.isDone()).toBe(true);
    expect(posted).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(posted?.text).toBe('The check of `us-east-1_AbC123def` failed: pool &lt;!channel&gt; not reachable');
    expect(deps.logger.printed().some((l) => l.startsWith('error') && l.includes('job-1'))).toBe(true);
  });

  it('names the error class when it is not a plain Error', async () => {
    let text = '';
    hooks()
      .post('/commands/T0TEAM/1234/abcdef', (body) => {
        text = body.text;
        return true;
      })
      .reply(200, 'ok');
    class TimeoutError extends Error {
      override name = 'TimeoutError';
    }
    await runJob(checkJob(), jobDeps(), {
      check: async () => {
        throw new TimeoutError('the check ran past its 20 s deadline');
      },
    });
    expect(text).toContain('failed: TimeoutError: the check ran past its 20 s deadline');
  });

  it('does not throw when even the failure report cannot be delivered (expired response_url), and logs it', async () => {
    hooks().post('/commands/T0TEAM/1234/abcdef').reply(404, 'expired_url');
    const deps = jobDeps();
    await expect(
      runJob(checkJob(), deps, {
        check: async () => {
          throw new Error('boom');
        },
      }),
    ).resolves.toBeUndefined();
    expect(
      deps.logger.printed().some((l) => l.includes('could not report its failure') && l.includes('HTTP 404')),
    ).toBe(true);
  });

  it('reports a failure in a thread, ephemerally to the person, when the job came from a thread', async () => {
    let body: Record<string, unknown> | undefined;
    const scope = nock('https://slack.com')
      .post('/api/chat.postEphemeral', (b) => {
        body = b;
        return true;
      })
      .reply(200, { ok: true });
    await runJob(
      checkJob({ reply: { channel: 'C0CHAN', threadTs: '1700000000.000100', user: 'U0PERSON' } }),
      jobDeps(),
      {
        check: async () => {
          throw new Error('denied');
        },
      },
    );
    expect(scope.isDone()).toBe(true);
    expect(body).toMatchObject({ channel: 'C0CHAN', thread_ts: '1700000000.000100', user: 'U0PERSON' });
    expect(String(body?.text)).toContain('failed: denied');
  });

  it('keeps the response_url out of logs', async () => {
    hooks().post('/commands/T0TEAM/1234/abcdef').reply(500);
    const deps = jobDeps();
    await runJob(checkJob(), deps, {
      check: async () => {
        throw new Error('x');
      },
    });
    expect(deps.logger.printed().join('\n')).not.toContain(RESPONSE_URL);
  });

  describe('a response_url that accepts the post and never answers', () => {
    beforeEach(() => jest.useFakeTimers(FAKE_TIME));
    afterEach(() => jest.useRealTimers());

    it('gives up on the report after 10 s and logs it, then on the failure notice too', async () => {
      hooks()
        .persist()
        .post('/commands/T0TEAM/1234/abcdef')
        .reply(() => new Promise<never>(() => {}));
      const deps = jobDeps();
      let finished = false;
      const job = runJob(checkJob(), deps, {
        check: (job) => sendReply(job.reply, { text: 'the report' }, deps),
      }).then(() => {
        finished = true;
      });
      await jest.advanceTimersByTimeAsync(9_900);
      expect(deps.logger.printed()).toEqual([]);
      await jest.advanceTimersByTimeAsync(200);
      expect(deps.logger.printed()).toEqual([
        'error deferred job check job-1 failed: ResponseUrlError: response_url: no answer within 10 s',
      ]);
      expect(finished).toBe(false);
      await jest.advanceTimersByTimeAsync(10_000);
      await job;
      expect(deps.logger.printed()[1]).toBe(
        'error deferred job check job-1: could not report its failure: ResponseUrlError: response_url: no answer within 10 s',
      );
    });
  });
});
