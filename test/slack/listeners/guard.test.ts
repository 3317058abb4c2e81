/** What every listener acks, when, and where its failure goes (src/slack/listeners/guard.ts). */
import { diagnose } from '../../../src/diagnose';
import { packDiagnosis } from '../../../src/render/blocks/diagnosis-value';
import { ackFirst, answerInAck, logFailures } from '../../../src/slack/listeners/guard';
import { lambdaBot } from '../../harness/bots';
import { RecordingLogger } from '../../harness/logger';
import { fixture, SlackApiRecorder } from '../../harness/slack';

const boom = new Error('boom');

describe('logFailures', () => {
  it('logs a failed listener instead of rejecting', async () => {
    const logger = new RecordingLogger();
    await expect(logFailures(async () => Promise.reject(boom))({ logger })).resolves.toBeUndefined();
    expect(logger.errors()).toEqual(['Error: boom']);
  });
});

describe('ackFirst', () => {
  it('acks before the work starts, and still has acked when the work fails', async () => {
    const logger = new RecordingLogger();
    const seen: string[] = [];
    const ack = async () => {
      seen.push('ack');
    };
    await ackFirst(async () => {
      seen.push('work');
      throw boom;
    })({ ack, logger });
    expect(seen).toEqual(['ack', 'work']);
    expect(logger.errors()).toEqual(['Error: boom']);
  });

  it('does no work when the ack failed, and logs why', async () => {
    const logger = new RecordingLogger();
    let worked = false;
    await ackFirst(async () => {
      worked = true;
    })({ ack: () => Promise.reject(boom), logger });
    expect(worked).toBe(false);
    expect(logger.errors()).toEqual(['Error: boom']);
  });
});

describe('answerInAck', () => {
  it('acks the answer privately', async () => {
    const acks: unknown[] = [];
    const ack = async (response: unknown) => {
      acks.push(response);
    };
    await answerInAck(async () => ({ text: 'Checking …' }), 'Sorry')({ ack, logger: new RecordingLogger() });
    expect(acks).toEqual([{ response_type: 'ephemeral', text: 'Checking …' }]);
  });

  it('acks the fallback when the answer failed, so the person is not left with Slack’s timeout error', async () => {
    const logger = new RecordingLogger();
    const acks: unknown[] = [];
    const ack = async (response: unknown) => {
      acks.push(response);
    };
    await answerInAck(() => Promise.reject(boom), 'Sorry, something went wrong.')({ ack, logger });
    expect(acks).toEqual([{ response_type: 'ephemeral', text: 'Sorry, something went wrong.' }]);
    expect(logger.errors()).toEqual(['Error: boom']);
  });
});

describe('a listener that fails after its ack, through the real Lambda receiver', () => {
  it('answers Slack 200 and logs the failure: Bolt’s default error handler would have answered 500', async () => {
    const api = new SlackApiRecorder().fail('chat.postEphemeral', 'fatal_error');
    const bot = lambdaBot();
    const body = fixture<Record<string, unknown>>('block-actions');
    const value = packDiagnosis(diagnose('NotAuthorizedException: Invalid session for the user, session is expired.'));
    const actions = [{ action_id: 'diagnosis_helpful', block_id: 'diagnosis_actions', type: 'button', value }];
    const response = await bot.send({ ...body, actions });
    expect(response.statusCode).toBe(200);
    expect(api.methods()).toEqual(['chat.postEphemeral']);
    expect(bot.logger.errors()).toEqual([expect.stringContaining('fatal_error')]);
  });
});
