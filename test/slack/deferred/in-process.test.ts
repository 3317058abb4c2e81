import { createInProcessDeferrer } from '../../../src/slack/deferred';
import { checkJob, jobDeps } from '../../harness/deferred';

describe('createInProcessDeferrer', () => {
  it('returns before the job runs (the ack goes first), then runs it in this process', async () => {
    const order: string[] = [];
    const deferrer = createInProcessDeferrer({
      check: async (job) => {
        order.push(`ran ${job.id}`);
      },
    });
    await deferrer.defer(checkJob({ id: 'a' }), jobDeps());
    order.push('acked');
    await deferrer.idle();
    expect(order).toEqual(['acked', 'ran a']);
  });

  it('keeps a failing job from escaping as an unhandled rejection and logs it', async () => {
    const deps = jobDeps();
    const deferrer = createInProcessDeferrer({
      check: async () => {
        throw new Error('boom');
      },
    });
    // The failure report goes to a channel here, so no response_url is needed.
    deps.client.chat.postEphemeral = (async () => ({ ok: true })) as never;
    await deferrer.defer(checkJob({ reply: { channel: 'C1', user: 'U1' } }), deps);
    await deferrer.idle();
    expect(deps.logger.printed().some((l) => l.includes('failed: boom'))).toBe(true);
  });
});
