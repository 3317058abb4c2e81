import { evaluatePermission } from '../../../src/checks/policy/permission';
import { policyDoc } from '../../harness/facts';

const publishAll = policyDoc('inline:sms', { Effect: 'Allow', Action: 'sns:Publish', Resource: '*' });

describe('evaluatePermission (local, without the simulator)', () => {
  it('passes sns:Publish on *, with action wildcards in any case', () => {
    expect(evaluatePermission([publishAll], undefined, 'eu-west-1').status).toBe('pass');
    const star = policyDoc('arn:aws:iam::aws:policy/AmazonSNSFullAccess', {
      Effect: 'Allow',
      Action: 'SNS:*',
      Resource: '*',
    });
    expect(evaluatePermission([star], undefined, 'eu-west-1').summary.en).toMatch(/AmazonSNSFullAccess allows/);
  });

  it('names a topic-scoped policy as the cause', () => {
    const topic = policyDoc('inline:alerts', {
      Sid: 'TopicOnly',
      Effect: 'Allow',
      Action: 'sns:Publish',
      Resource: 'arn:aws:sns:eu-west-1:123456789012:app-alerts',
    });
    const v = evaluatePermission([topic], undefined, 'eu-west-1');
    expect(v.status).toBe('fail');
    expect(v.summary.en).toBe(
      'inline:alerts (TopicOnly) allows sns:Publish only on arn:aws:sns:eu-west-1:123456789012:app-alerts; an SMS to a phone number has no ARN, so it needs "Resource": "*"',
    );
  });

  it('fails on an explicit Deny on *', () => {
    const deny = policyDoc('inline:guard', { Effect: 'Deny', Action: 'sns:*', Resource: '*' });
    expect(evaluatePermission([publishAll, deny], undefined, 'eu-west-1').summary.en).toMatch(
      /inline:guard explicitly denies/,
    );
  });

  it('lets console-style Deny on topic ARNs pass (SMS has no ARN)', () => {
    const deny = policyDoc('inline:guard', { Effect: 'Deny', Action: 'sns:Publish', Resource: 'arn:aws:sns:*:*:*' });
    expect(evaluatePermission([publishAll, deny], undefined, 'eu-west-1').status).toBe('pass');
  });

  it('fails a condition limiting Publish to the sms protocol', () => {
    const proto = policyDoc('inline:sms', {
      Effect: 'Allow',
      Action: 'sns:Publish',
      Resource: '*',
      Condition: { StringEquals: { 'sns:Protocol': 'sms' } },
    });
    const v = evaluatePermission([proto], undefined, 'eu-west-1');
    expect(v.status).toBe('fail');
    expect(v.summary.en).toMatch(/only when StringEquals sns:Protocol is sms/);
  });

  it('evaluates aws:RequestedRegion against the SMS region', () => {
    const region = policyDoc('inline:sms', {
      Effect: 'Allow',
      Action: 'sns:Publish',
      Resource: '*',
      Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
    });
    expect(evaluatePermission([region], undefined, 'eu-west-1').status).toBe('pass');
    expect(evaluatePermission([region], undefined, 'us-east-1').status).toBe('fail');
  });

  it('is unknown for conditions it cannot evaluate', () => {
    const org = policyDoc('inline:sms', {
      Effect: 'Allow',
      Action: 'sns:Publish',
      Resource: '*',
      Condition: { StringEquals: { 'aws:PrincipalTag/team': 'id' } },
    });
    expect(evaluatePermission([org], undefined, 'eu-west-1').status).toBe('unknown');
  });

  it('fails when a permissions boundary does not allow Publish', () => {
    const boundary = policyDoc('arn:aws:iam::123456789012:policy/boundary', {
      Effect: 'Allow',
      Action: 'sns:List*',
      Resource: '*',
    });
    const v = evaluatePermission([publishAll], boundary, 'eu-west-1');
    expect(v.status).toBe('fail');
    expect(v.summary.en).toMatch(/permissions boundary arn:aws:iam::123456789012:policy\/boundary/);
  });

  it('fails when nothing mentions Publish', () => {
    const v = evaluatePermission(
      [policyDoc('inline:x', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })],
      undefined,
      'eu-west-1',
    );
    expect(v.summary.en).toBe('no policy of the role allows sns:Publish on *');
  });
});

describe('evaluatePermission on the End User Messaging SMS direct path', () => {
  const identity = 'arn:aws:sms-voice:eu-west-1:123456789012:phone-number/phone-0123456789abcdef';
  const send = { action: 'sms-voice:SendTextMessage', resource: identity };

  it('needs sms-voice:SendTextMessage: sns:Publish is not enough', () => {
    expect(evaluatePermission([publishAll], undefined, 'eu-west-1', send).summary.en).toBe(
      `no policy of the role allows sms-voice:SendTextMessage on ${identity}`,
    );
    const sendText = policyDoc('inline:eums', { Effect: 'Allow', Action: 'sms-voice:SendTextMessage', Resource: '*' });
    expect(evaluatePermission([sendText], undefined, 'eu-west-1', send).status).toBe('pass');
  });

  it('matches a policy scoped to the pool’s origination identity, and refuses it when the pool gives no ARN', () => {
    const scoped = policyDoc('inline:eums', {
      Effect: 'Allow',
      Action: 'sms-voice:SendTextMessage',
      Resource: 'arn:aws:sms-voice:eu-west-1:123456789012:phone-number/*',
    });
    expect(evaluatePermission([scoped], undefined, 'eu-west-1', send).status).toBe('pass');
    const v = evaluatePermission([scoped], undefined, 'eu-west-1', { ...send, resource: '*' });
    expect(v.status).toBe('fail');
    expect(v.summary.en).toMatch(/names no OriginationIdentity ARN for it to match, so it needs "Resource": "\*"$/);
  });
});
