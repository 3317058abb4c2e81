import { POOL_ID, serve } from '../../../harness/aws-wire';
import { inProcessBot } from '../../../harness/bots';
import { captureAuditLines } from '../../../harness/capture';
import { useFakeAwsCredentials } from '../../../harness/deferred';
import { fixture, SlackApiRecorder } from '../../../harness/slack';

useFakeAwsCredentials('eu-west-1');

const SLACK_TOKEN = 'xoxb-2461-9183-Zq8LmN4pR7sT1uV3wX5y';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl';

const command = (text: string, extra: Record<string, string> = {}) => ({
  ...fixture('slash-command'),
  command: '/mfa-check',
  text,
  ...extra,
});

describe('/mfa-check in one process', () => {
  let audit: Record<string, unknown>[];
  beforeEach(() => {
    audit = captureAuditLines();
  });

  it('acks "Checking ..." at once, then posts the report privately with a Share button, and writes one audit line', async () => {
    const slack = new SlackApiRecorder();
    const aws = serve();
    const { send, idle } = inProcessBot();
    const { status, ack } = await send(command(`${POOL_ID} alice`));
    expect(status).toBe(200);
    expect(ack).toEqual({
      response_type: 'ephemeral',
      text: `Checking \`${POOL_ID}\` and user \`alice\` ... the report will appear here, only to you.`,
    });
    await idle();
    expect(aws.calls).toContain('cognito-idp:AdminGetUser');
    const reports = slack.only('respond');
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(reports[0])).toContain('"action_id":"mfa_check_share"');
    expect(audit).toEqual([
      expect.objectContaining({
        who: 'U0ALICE001',
        where: 'C0DEVOPS01',
        pool: POOL_ID,
        userChecked: true,
        outcome: 'ok',
        counts: expect.objectContaining({ fail: expect.any(Number), pass: expect.any(Number) }),
      }),
    ]);
    // The username is not in the audit line.
    expect(JSON.stringify(audit)).not.toContain('alice');
  });

  it.each([
    ['nothing', '', /No user pool given/],
    ['a word that is no pool', 'hello', /"hello" is not a user pool id or ARN/],
    ['an unknown alias', `staging ${POOL_ID}`, /"staging" is not an account alias/],
    ['two usernames', `${POOL_ID} alice bob`, /at most one username/],
    [
      'an ARN whose partition does not fit its region',
      `arn:aws-cn:cognito-idp:eu-west-1:123456789012:userpool/${POOL_ID}`,
      /eu-west-1 is in the aws partition, not aws-cn/,
    ],
  ])('answers %s with a usage message in the ack and reads nothing from AWS', async (_name, text, message) => {
    const slack = new SlackApiRecorder();
    const aws = serve();
    const { send, idle } = inProcessBot();
    const { ack } = await send(command(text));
    await idle();
    expect(ack.response_type).toBe('ephemeral');
    expect(ack.text).toMatch(message);
    expect(ack.text).toContain('us-east-1_AbC123def');
    expect(aws.calls).toEqual([]);
    expect(slack.methods()).toEqual(['users.info']);
    expect(audit).toEqual([]);
  });

  it.each([
    ['a 5,000-character word', `${'x'.repeat(5000)}END`, 'xxxxxxxxxxEND', /is not a user pool id or ARN/],
    ['a username longer than Cognito allows', `${POOL_ID} ${'a'.repeat(300)}END`, 'aaaaaEND', /at most 128 characters/],
    [
      'a token typed by mistake',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl',
      'eyJzdWIiOiIxMjM0NTY3ODkwIn0',
      /is not a user pool id/,
    ],
  ])('answers %s briefly, without repeating it, and reads nothing from AWS', async (_name, text, part, message) => {
    const aws = serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    const { ack } = await send(command(text));
    await idle();
    expect(ack.text).toMatch(message);
    expect(ack.text.length).toBeLessThan(600);
    expect(ack.text).not.toContain(part);
    expect(aws.calls).toEqual([]);
    expect(slack.methods()).toEqual(['users.info']);
  });

  it('shows a username that is a phone number masked in the report, which can be shared in the channel', async () => {
    serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    await send(command(`${POOL_ID} +819012345678`));
    await idle();
    const [report] = slack.only('respond') as { text: string; blocks: { type: string }[] }[];
    // The Share button carries the username back to this app to run the check again; what people read is masked.
    const read = JSON.stringify([report?.text, report?.blocks.filter((b) => b.type !== 'actions')]);
    expect(read).toContain('+81******5678');
    expect(read).not.toContain('9012345678');
  });

  it('shows a username that is a phone number masked in the ack too', async () => {
    serve();
    new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    const { ack } = await send(command(`${POOL_ID} +819012345678`));
    await idle();
    expect(ack.text).toBe(
      `Checking \`${POOL_ID}\` and user \`+81******5678\` ... the report will appear here, only to you.`,
    );
  });

  it.each([
    ['a Slack bot token', SLACK_TOKEN, /looks like a Slack token/],
    ['a JWT', JWT, /looks like a JWT/],
    ['an AWS access key id', 'AKIAIOSFODNN7EXAMPLE', /looks like an AWS access key id/],
    ['a Cognito session string', `AYABe${'x1Y2z3'.repeat(20)}`, /looks like a Cognito session string/],
  ])(
    'refuses %s as the username, without repeating it or asking AWS, and audits the refusal without it',
    async (_name, username, kind) => {
      const aws = serve();
      const slack = new SlackApiRecorder();
      const { send, idle } = inProcessBot();
      const { ack } = await send(command(`${POOL_ID} ${username}`));
      await idle();
      expect(ack.text).toMatch(/^Not checked: the username looks like/);
      expect(ack.text).toMatch(kind);
      expect(ack.text).not.toContain(username.slice(0, 16));
      expect(aws.calls).toEqual([]);
      expect(slack.methods()).toEqual(['users.info']);
      expect(audit).toEqual([
        expect.objectContaining({ outcome: 'refused', reason: 'secret-username', pool: POOL_ID, userChecked: true }),
      ]);
      expect(JSON.stringify(audit)).not.toContain(username.slice(0, 16));
    },
  );

  it('escapes what the person typed when it is echoed back', async () => {
    const { send } = inProcessBot();
    const { ack } = await send(command('<!channel>'));
    expect(ack.text).not.toContain('<!channel>');
    expect(ack.text).toContain('&lt;!channel&gt;');
  });

  it.each([
    ['a person not on MFA_CHECK_ALLOWED_USERS', { allowedUsers: ['U0BOB00001'] }, /MFA_CHECK_ALLOWED_USERS/],
    ['a channel not on MFA_CHECK_ALLOWED_CHANNELS', { allowedChannels: ['C0OTHER001'] }, /MFA_CHECK_ALLOWED_CHANNELS/],
    ['a pool not on MFA_CHECK_ALLOWED_POOLS', { allowedPools: ['us-east-1_*'] }, /MFA_CHECK_ALLOWED_POOLS/],
  ])('refuses %s with the reason, checks nothing, and audits the refusal', async (_name, lists, reason) => {
    const aws = serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot(lists);
    const { ack } = await send(command(POOL_ID));
    await idle();
    expect(ack.text).toMatch(/^Not checked: /);
    expect(ack.text).toMatch(reason);
    expect(aws.calls).toEqual([]);
    expect(slack.methods()).toEqual(['users.info']);
    expect(audit).toEqual([expect.objectContaining({ outcome: 'refused', pool: POOL_ID, who: 'U0ALICE001' })]);
  });

  it('lets an allowed person, channel and pool through', async () => {
    serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot({
      allowedUsers: ['U0ALICE001'],
      allowedChannels: ['C0DEVOPS01'],
      allowedPools: ['eu-west-1_*'],
    });
    const { ack } = await send(command(POOL_ID));
    await idle();
    expect(ack.text).toMatch(/^Checking/);
    expect(slack.only('respond')).toHaveLength(1);
  });

  it('checks another account through its alias (STS AssumeRole), keeping the role ARN out of the reply', async () => {
    const aws = serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot({
      accounts: [{ alias: 'prod', roleArn: 'arn:aws:iam::210987654321:role/MfaCheckReadOnly' }],
    });
    const { ack } = await send(command(`prod ${POOL_ID}`));
    await idle();
    expect(ack.text).toMatch(/^Checking/);
    expect(aws.calls[0]).toBe('sts:AssumeRole');
    const [report] = slack.only('respond');
    expect(JSON.stringify(report)).toContain('prod');
    expect(JSON.stringify(report)).not.toContain('role/MfaCheckReadOnly');
    expect(audit).toEqual([expect.objectContaining({ alias: 'prod', outcome: 'ok' })]);
  });

  it('tells the person privately when the check cannot run (pool not found) and audits the failure', async () => {
    serve({
      'cognito-idp:DescribeUserPool': {
        status: 400,
        contentType: 'application/x-amz-json-1.1',
        body: JSON.stringify({ __type: 'ResourceNotFoundException', message: 'User pool does not exist.' }),
      },
    });
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    await send(command(POOL_ID));
    await idle();
    const [message] = slack.only('respond');
    expect(message).toMatchObject({ response_type: 'ephemeral' });
    expect(String(message?.text)).toMatch(/^The check of `eu-west-1_AbCdEfGhI` failed: User pool .* was not found/);
    expect(audit).toEqual([expect.objectContaining({ outcome: 'failed', reason: 'pool-not-found' })]);
  });
});

describe('Share in channel', () => {
  const press = (value: string, extra: Record<string, unknown> = {}) => ({
    ...fixture('block-actions'),
    container: { type: 'message', message_ts: '1764150001.000900', channel_id: 'C0DEVOPS01', is_ephemeral: true },
    message: undefined,
    actions: [{ action_id: 'mfa_check_share', block_id: 'mfa_check_actions', type: 'button', value, action_ts: '1.2' }],
    ...extra,
  });

  it('re-runs the check and posts it in the channel, marked with who shared it', async () => {
    const audit = captureAuditLines();
    serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    const { status } = await send(press(JSON.stringify({ pool: POOL_ID })));
    await idle();
    expect(status).toBe(200);
    const [shared] = slack.only('respond');
    expect(shared).toMatchObject({ response_type: 'in_channel' });
    expect(JSON.stringify(shared)).toContain('Shared by <@U0ALICE001>');
    expect(JSON.stringify(shared)).not.toContain('mfa_check_share');
    expect(audit).toEqual([expect.objectContaining({ pool: POOL_ID, outcome: 'ok' })]);
  });

  it('applies the allow-lists again when the button is pressed, and audits the refusal', async () => {
    const audit = captureAuditLines();
    const aws = serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot({ allowedChannels: ['C0OTHER001'] });
    await send(press(JSON.stringify({ pool: POOL_ID })));
    await idle();
    expect(aws.calls).toEqual([]);
    const [refusal] = slack.only('respond');
    expect(String(refusal?.text)).toMatch(/^Not shared: .*MFA_CHECK_ALLOWED_CHANNELS/);
    expect(audit).toEqual([expect.objectContaining({ outcome: 'refused', reason: 'not-allowed' })]);
  });

  it('refuses a button whose username is a secret (a report from before secrets were refused), asking AWS nothing', async () => {
    const audit = captureAuditLines();
    const aws = serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    await send(press(JSON.stringify({ pool: POOL_ID, username: SLACK_TOKEN })));
    await idle();
    expect(aws.calls).toEqual([]);
    const [refusal, ...more] = slack.only('respond');
    expect(more).toEqual([]);
    expect(String(refusal?.text)).toMatch(/^Not shared: the username looks like a Slack token/);
    expect(JSON.stringify(refusal)).not.toContain(SLACK_TOKEN);
    expect(audit).toEqual([expect.objectContaining({ outcome: 'refused', reason: 'secret-username' })]);
  });

  it('shares a report on a user by phone number: the button carries the number back, the channel sees it masked', async () => {
    captureAuditLines();
    const aws = serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    await send(press(JSON.stringify({ pool: POOL_ID, username: '+819012345678' })));
    await idle();
    expect(aws.bodies.get('cognito-idp:AdminGetUser')).toMatchObject({ Username: '+819012345678' });
    const [shared] = slack.only('respond');
    expect(shared).toMatchObject({ response_type: 'in_channel' });
    expect(JSON.stringify(shared)).toContain('+81******5678');
    expect(JSON.stringify(shared)).not.toContain('9012345678');
  });

  it('starts like /mfa-check: a button the command would refuse (an over-long username) reads nothing from AWS', async () => {
    const aws = serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    await send(press(JSON.stringify({ pool: POOL_ID, username: 'a'.repeat(129) })));
    await idle();
    expect(aws.calls).toEqual([]);
    const [note, ...more] = slack.only('respond');
    expect(more).toEqual([]);
    expect(note).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('run /mfa-check again') });
  });

  it('answers a button whose value is not a pool with a clear note and checks nothing', async () => {
    const aws = serve();
    const slack = new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    await send(press('{"pool":"nonsense"}'));
    await idle();
    expect(aws.calls).toEqual([]);
    expect(String(slack.only('respond')[0]?.text)).toContain('run /mfa-check again');
  });
});
