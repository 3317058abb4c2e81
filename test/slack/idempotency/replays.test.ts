/**
 * A signed slash command or interaction sent again while its signature is still fresh (Bolt accepts 5 minutes) is
 * the same request, by its trigger_id: it must not start a second check or record a second verdict.
 */
import { diagnose } from '../../../src/diagnose';
import { packDiagnosis } from '../../../src/render/blocks/diagnosis-value';
import { POOL_ID, serve } from '../../harness/aws-wire';
import { inProcessBot, lambdaBot } from '../../harness/bots';
import { captureAuditLines } from '../../harness/capture';
import { useFakeAwsCredentials } from '../../harness/deferred';
import { fixture, SlackApiRecorder } from '../../harness/slack';

useFakeAwsCredentials('eu-west-1');

const mfaCheck = (text: string, trigger = '8123456789012.1234567890123.0a1b2c3d4e5f60718293a4b5c6d7e8f9') => ({
  ...fixture('slash-command'),
  command: '/mfa-check',
  text,
  trigger_id: trigger,
});

describe('replayed requests', () => {
  it('runs a replayed /mfa-check once: one ack, one check, one report, one audit line', async () => {
    const audit = captureAuditLines();
    const slack = new SlackApiRecorder();
    const aws = serve();
    const { send, idle, logger } = inProcessBot();
    const first = await send(mfaCheck(POOL_ID));
    const replay = await send(mfaCheck(POOL_ID));
    await idle();
    expect(first.ack?.text).toContain(`Checking \`${POOL_ID}\``);
    expect(replay).toEqual({ status: 200, ack: undefined });
    expect(slack.only('respond')).toHaveLength(1);
    expect(audit).toHaveLength(1);
    expect(aws.calls.filter((call) => call === 'cognito-idp:DescribeUserPool')).toHaveLength(1);
    expect(logger.lines.map((l) => l.text)).toContain(
      '/mfa-check was already handled (same id); dropping this delivery',
    );
  });

  it('still runs two /mfa-check commands typed one after the other (each has its own trigger_id)', async () => {
    const audit = captureAuditLines();
    new SlackApiRecorder();
    serve();
    const { send, idle } = inProcessBot();
    await send(mfaCheck(POOL_ID, '8123456789012.1234567890123.000000000000000000000000000000a1'));
    await send(mfaCheck(POOL_ID, '8123456789012.1234567890123.000000000000000000000000000000a2'));
    await idle();
    expect(audit).toHaveLength(2);
  });

  it('records a replayed button press once', async () => {
    new SlackApiRecorder();
    const { send, feedback } = lambdaBot();
    const body = fixture<Record<string, unknown>>('block-actions');
    const value = packDiagnosis(diagnose('NotAuthorizedException: Invalid session for the user, session is expired.'));
    const press = { ...body, actions: [{ ...(body.actions as object[])[0], action_id: 'diagnosis_helpful', value }] };
    expect((await send(press)).statusCode).toBe(200);
    expect((await send(press)).statusCode).toBe(200);
    expect(feedback).toHaveLength(1);
  });
});
