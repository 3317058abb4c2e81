/**
 * The collector and runCheck end to end through the real SDK clients; nock answers with realistic wire bodies.
 */

import { parsePoolRef } from '../../../src/checks/pool-ref';
import type { CheckRequest } from '../../../src/checks/run';
import { runCheck } from '../../../src/checks/run';
import type { Finding, Report } from '../../../src/checks/types';
import {
  ACCOUNT,
  accessDenied,
  CLIENT_SECRET,
  EXTERNAL_ID,
  encodedPolicy,
  encodePolicy,
  FULL_PHONE,
  POOL_ID,
  policyActions,
  type Reply,
  reply,
  STATIC_CREDENTIALS,
  serve,
  stalled,
  throttled,
} from '../../harness/aws-wire';
import { inFakeTime, manualBudgets } from '../../harness/clock';

afterEach(() => jest.useRealTimers());

const ALIAS = { alias: 'prod', roleArn: 'arn:aws:iam::210987654321:role/MfaCheckReadOnly', externalId: 'ext-prod-1' };

async function check(words: string[] = [POOL_ID], extra: Partial<CheckRequest> = {}) {
  const ref = parsePoolRef(words, [ALIAS]);
  if (!ref.ok) throw new Error(ref.message.en);
  return runCheck({
    ref: ref.ref,
    username: 'hana',
    clientOptions: { credentials: STATIC_CREDENTIALS, maxAttempts: 1 },
    ...extra,
  });
}

async function report(words?: string[], extra?: Partial<CheckRequest>): Promise<Report> {
  const result = await check(words, extra);
  if (!result.ok) throw new Error(result.message.en);
  return result.report;
}

/**
 * A check that waits for time (the SDK's back-off, a budget running out) run in fake time: the time passes exactly
 * and at once, and `fakeTimeMs` says how much of it the check spent.
 */
async function reportInFakeTime(
  extra: Partial<CheckRequest>,
  deadlineMs?: number,
): Promise<{ r: Report; fakeTimeMs: number }> {
  const { result, fakeTimeMs } = await inFakeTime(() => report([POOL_ID], extra), { deadlineMs });
  if (result.status === 'rejected') throw result.reason;
  return { r: result.value, fakeTimeMs };
}

const find = (r: Report, rule: string): Finding => {
  const f = r.findings.find((x) => x.rule === rule);
  if (!f) throw new Error(`no finding for ${rule}`);
  return f;
};

const POLICY = [...policyActions('mfa-check-readonly.json'), ...policyActions('mfa-check-assume-accounts.json')];
const MANAGED = 'arn:aws:iam::123456789012:policy/service-role/CognitoSmsPublish';
/** The simulator denied, so the role's documents are read: one inline, one attached managed policy. */
const DOCUMENTS: Record<string, Reply> = {
  'iam:SimulatePrincipalPolicy': accessDenied('iam:SimulatePrincipalPolicy'),
  'iam:ListAttachedRolePolicies': reply.xml('iam', 'ListAttachedRolePolicies', {
    members: `<member><PolicyName>CognitoSmsPublish</PolicyName><PolicyArn>${MANAGED}</PolicyArn></member>`,
  }),
  'iam:GetPolicy': reply.xml('iam', 'GetPolicy', { policyName: 'CognitoSmsPublish', policyArn: MANAGED }),
  'iam:GetPolicyVersion': reply.xml('iam', 'GetPolicyVersion', { document: encodedPolicy('sns-publish.json') }),
};

describe('a healthy pool', () => {
  it('reports no fail, reads each thing once, and calls only what the policy grants', async () => {
    const served = serve();
    const r = await report();
    expect(r.counts.fail).toBe(0);
    expect(r).toMatchObject({ pool: POOL_ID, region: 'eu-west-1', account: ACCOUNT, user: 'hana' });
    expect([...served.calls].sort()).toEqual(
      [
        'cognito-idp:AdminGetUser',
        'cognito-idp:DescribeUserPool',
        'cognito-idp:DescribeUserPoolClient',
        'cognito-idp:DescribeUserPoolClient',
        'cognito-idp:GetUserPoolMfaConfig',
        'cognito-idp:ListIdentityProviders',
        'cognito-idp:ListUserPoolClients',
        'iam:GetRole',
        'iam:ListAttachedRolePolicies',
        'iam:ListRolePolicies',
        'iam:SimulatePrincipalPolicy',
        'sns:GetSMSAttributes',
        'sns:GetSMSSandboxAccountStatus',
        'sns:ListSMSSandboxPhoneNumbers',
        'cloudwatch:GetMetricStatistics',
      ].sort(),
    );
    for (const action of served.calls) expect(POLICY).toContain(action);
    // The simulator asks the question the docs describe.
    expect(served.bodies.get('iam:SimulatePrincipalPolicy')).toMatchObject({
      PolicySourceArn: 'arn:aws:iam::123456789012:role/service-role/CognitoSmsRole',
      'ActionNames.member.1': 'sns:Publish',
      'ResourceArns.member.1': '*',
      'ContextEntries.member.1.ContextKeyName': 'aws:RequestedRegion',
      'ContextEntries.member.1.ContextKeyValues.member.1': 'eu-west-1',
    });
    // GetRole takes the last path segment of the role ARN.
    expect(served.bodies.get('iam:GetRole')?.RoleName).toBe('CognitoSmsRole');
  });

  it('never holds the client secret or the full phone number', async () => {
    serve();
    const result = await check();
    const text = JSON.stringify(result);
    expect(text).not.toContain(CLIENT_SECRET);
    expect(text).not.toContain(FULL_PHONE);
    expect(text).toContain('+81******5678');
  });

  it('skips AdminGetUser (billed as an active user) without a username', async () => {
    const served = serve();
    await report([POOL_ID], { username: undefined });
    expect(served.calls).not.toContain('cognito-idp:AdminGetUser');
  });

  it('reads the SMS region from SnsRegion, which may differ from the pool region', async () => {
    const served = serve(
      {
        'cognito-idp:DescribeUserPool': reply.cognito('DescribeUserPool', (b) => {
          b.UserPool.SmsConfiguration.SnsRegion = 'us-east-1';
        }),
      },
      { snsRegion: 'us-east-1' },
    );
    const r = await report();
    expect(find(r, 'sns-sms-sandbox').summary.en).toMatch(/in us-east-1/);
    expect(served.calls).toContain('sns:GetSMSAttributes');
  });
});

describe('misconfigurations', () => {
  it('fails sms-role-trust when the trust policy names another ExternalId, and says so', async () => {
    serve({
      'iam:GetRole': reply.xml('iam', 'GetRole', { trustPolicy: encodedPolicy('trust.other-external-id.json') }),
    });
    const f = find(await report(), 'sms-role-trust');
    expect(f.status).toBe('fail');
    expect(f.summary.en).toBe(
      `the trust policy requires sts:ExternalId "0f9e8d7c-6b5a-4321-aaaa-EXAMPLE22222", but the pool's SMS configuration has ExternalId "${EXTERNAL_ID}"`,
    );
  });

  it('names the identity-pool trust mistake', async () => {
    serve({ 'iam:GetRole': reply.xml('iam', 'GetRole', { trustPolicy: encodedPolicy('trust.identity-pool.json') }) });
    expect(find(await report(), 'sms-role-trust').summary.en).toMatch(/written for an identity pool/);
  });

  it('fails a deleted SMS role on both role rules, without reading its policies', async () => {
    const gone = reply.xmlError('iam', 'NoSuchEntity', 'The role with name CognitoSmsRole cannot be found.', 404);
    const served = serve({ 'iam:GetRole': gone, 'iam:SimulatePrincipalPolicy': gone });
    const r = await report();
    expect(find(r, 'sms-role-trust')).toMatchObject({ status: 'fail' });
    expect(find(r, 'sms-role-trust').summary.en).toMatch(/does not exist/);
    expect(find(r, 'sms-role-permission').status).toBe('fail');
    expect(served.calls).not.toContain('iam:GetRolePolicy');
  });

  it('names a topic-scoped inline policy when the simulator says implicitDeny', async () => {
    const served = serve({
      'iam:SimulatePrincipalPolicy': reply.simulate('implicitDeny'),
      'iam:GetRolePolicy': reply.xml('iam', 'GetRolePolicy', {
        policyName: 'CognitoSmsPublish',
        document: encodedPolicy('sns-publish.topic-scoped.json'),
      }),
    });
    const f = find(await report(), 'sms-role-permission');
    expect(f.status).toBe('fail');
    expect(f.summary.en).toMatch(
      /^inline:CognitoSmsPublish \(TopicPublish\) allows sns:Publish only on arn:aws:sns:eu-west-1:123456789012:app-alerts/,
    );
    expect(served.calls).toContain('iam:GetRolePolicy');
  });

  it('names an SCP from the simulator', async () => {
    serve({
      'iam:SimulatePrincipalPolicy': reply.simulate('explicitDeny', {
        organizations: false,
        matched: [['DenySnsEverywhere', 'Service Control Policy']],
      }),
    });
    const f = find(await report(), 'sms-role-permission');
    expect(f).toMatchObject({ status: 'fail' });
    expect(f.summary.en).toMatch(/service control policy \(SCP\)/);
  });

  it('reads inline and attached managed policies when the simulator is denied', async () => {
    const served = serve(DOCUMENTS);
    const f = find(await report(), 'sms-role-permission');
    expect(f.status).toBe('pass');
    expect(f.evidence.map((e) => e.en).join('\n')).toMatch(
      /policies read: inline:CognitoSmsPublish, arn:aws:iam::123456789012:policy/,
    );
    expect(f.evidence.map((e) => e.en).join('\n')).toMatch(/service control policies were not evaluated/);
    // GetPolicyVersion asks for the default version GetPolicy named.
    expect(served.bodies.get('iam:GetPolicyVersion')).toMatchObject({ PolicyArn: MANAGED, VersionId: 'v3' });
    for (const action of served.calls) expect(POLICY).toContain(action);
  });

  it('warns about the sandbox with masked numbers and a default spend limit', async () => {
    serve({
      'sns:GetSMSSandboxAccountStatus': reply.xml('sns', 'GetSMSSandboxAccountStatus', { isInSandbox: 'true' }),
      'sns:ListSMSSandboxPhoneNumbers': reply.xml('sns', 'ListSMSSandboxPhoneNumbers', {
        members: `<member><PhoneNumber>${FULL_PHONE}</PhoneNumber><Status>Verified</Status></member>`,
      }),
      'sns:GetSMSAttributes': reply.xml('sns', 'GetSMSAttributes', { entries: '' }),
      'cognito-idp:DescribeUserPool': reply.cognito('DescribeUserPool', (b) => {
        b.UserPool.SmsConfigurationFailure = 'SNSSandbox';
      }),
    });
    const r = await report();
    expect(find(r, 'sns-sms-sandbox').status).toBe('warn');
    expect(find(r, 'sns-sms-spend-limit').summary.en).toMatch(/\$1 \(the default\)/);
    expect(find(r, 'sms-configuration-failure').summary.en).toBe(
      'the pool reports SmsConfigurationFailure: SNSSandbox',
    );
    expect(JSON.stringify(r)).not.toContain(FULL_PHONE);
  });

  it('finds MFA OFF and TOTP off, and holds no missing admin scope against a pool without TOTP', async () => {
    serve({
      'cognito-idp:GetUserPoolMfaConfig': reply.cognito('GetUserPoolMfaConfig', (b) => {
        b.MfaConfiguration = 'OFF';
        b.SoftwareTokenMfaConfiguration.Enabled = false;
        delete b.SmsMfaConfiguration;
      }),
      'cognito-idp:DescribeUserPoolClient': (body) =>
        reply.cognito(`DescribeUserPoolClient.${body.ClientId}`, (b) => {
          delete b.UserPoolClient.AuthSessionValidity;
          if (b.UserPoolClient.AllowedOAuthScopes) b.UserPoolClient.AllowedOAuthScopes = ['openid', 'email'];
        }),
    });
    const r = await report([POOL_ID], { username: undefined });
    expect(find(r, 'pool-mfa-enabled').status).toBe('warn');
    expect(find(r, 'pool-totp-enabled').status).toBe('warn');
    expect(r.findings.filter((f) => f.rule === 'client-admin-scope').map((f) => [f.client?.name, f.status])).toEqual([
      ['web-spa', 'pass'],
      ['backend', 'pass'],
    ]);
    expect(r.counts.fail).toBe(0);
  });

  it('finds short sessions and a missing admin scope on a pool with TOTP', async () => {
    serve({
      'cognito-idp:DescribeUserPoolClient': (body) =>
        reply.cognito(`DescribeUserPoolClient.${body.ClientId}`, (b) => {
          delete b.UserPoolClient.AuthSessionValidity;
          if (b.UserPoolClient.AllowedOAuthScopes) b.UserPoolClient.AllowedOAuthScopes = ['openid', 'email'];
        }),
    });
    const r = await report([POOL_ID], { username: undefined });
    const byClient = (rule: string) => r.findings.filter((f) => f.rule === rule).map((f) => [f.client?.name, f.status]);
    expect(byClient('client-admin-scope')).toEqual([
      ['web-spa', 'warn'],
      ['backend', 'pass'],
    ]);
    expect(byClient('client-auth-session-validity')).toEqual([
      ['web-spa', 'warn'],
      ['backend', 'warn'],
    ]);
  });

  it('reports a federated user with an unverified phone', async () => {
    serve({
      'cognito-idp:AdminGetUser': reply.cognito('AdminGetUser', (b) => {
        b.UserStatus = 'EXTERNAL_PROVIDER';
        b.UserAttributes.push({ Name: 'identities', Value: '[{"providerName":"Google","userId":"1"}]' });
      }),
    });
    expect(find(await report(), 'user-federated').summary.en).toBe(
      'user hana signs in through Google: Cognito MFA does not apply to them',
    );
  });

  it('masks a username that is a phone number wherever the report names the user (CLI JSON and text too)', async () => {
    serve();
    const r = await report([POOL_ID], { username: '+819012345678' });
    expect(r.user).toBe('+81******5678');
    expect(find(r, 'user-federated').summary.en).toContain('user +81******5678 ');
    expect(JSON.stringify(r)).not.toContain('9012345678');
  });
});

describe('a pool that sends SMS through AWS End User Messaging SMS directly', () => {
  const EUMS_ROLE = `arn:aws:iam::${ACCOUNT}:role/service-role/CognitoEumsSmsRole`;
  const EUMS_EXTERNAL_ID = 'e5f6a7b8-eums-4c3d-9e8f-EXAMPLE33333';
  const ORIGINATION = `arn:aws:sms-voice:eu-west-1:${ACCOUNT}:phone-number/phone-0123456789abcdef`;
  // biome-ignore lint/suspicious/noExplicitAny: wire bodies are reshaped freely
  const direct = (config: any) => {
    config.EumsSms = { CallerArn: EUMS_ROLE, ExternalId: EUMS_EXTERNAL_ID, OriginationIdentity: ORIGINATION };
    delete config.SnsCallerArn;
    delete config.ExternalId;
    delete config.SnsRegion;
  };
  const trust = (externalId: string) =>
    reply.xml('iam', 'GetRole', {
      trustPolicy: encodePolicy({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'cognito-idp.amazonaws.com' },
            Action: 'sts:AssumeRole',
            Condition: { StringEquals: { 'sts:ExternalId': externalId } },
          },
        ],
      }),
    });
  const eums: Record<string, Reply> = {
    'cognito-idp:DescribeUserPool': reply.cognito('DescribeUserPool', (b) => direct(b.UserPool.SmsConfiguration)),
    'cognito-idp:GetUserPoolMfaConfig': reply.cognito('GetUserPoolMfaConfig', (b) =>
      direct(b.SmsMfaConfiguration.SmsConfiguration),
    ),
    'iam:GetRole': trust(EUMS_EXTERNAL_ID),
    'iam:SimulatePrincipalPolicy': reply.simulate('allowed', {
      matched: [['CognitoSmsSendText', 'IAM Policy']],
      action: 'sms-voice:SendTextMessage',
      resource: ORIGINATION,
    }),
  };

  it('judges the role for sms-voice:SendTextMessage, reads nothing from SNS, and names the path', async () => {
    const served = serve(eums);
    const r = await report();
    expect(served.bodies.get('iam:SimulatePrincipalPolicy')).toMatchObject({
      PolicySourceArn: EUMS_ROLE,
      'ActionNames.member.1': 'sms-voice:SendTextMessage',
      'ResourceArns.member.1': ORIGINATION,
      'ContextEntries.member.1.ContextKeyValues.member.1': 'eu-west-1',
    });
    expect(served.bodies.get('iam:GetRole')?.RoleName).toBe('CognitoEumsSmsRole');
    expect(served.calls.filter((call) => call.startsWith('sns:'))).toEqual([]);
    expect(find(r, 'sms-role-permission')).toMatchObject({
      status: 'pass',
      summary: { en: `the role may sms-voice:SendTextMessage on ${ORIGINATION}` },
    });
    expect(find(r, 'sms-role-trust').status).toBe('pass');
    for (const rule of ['sms-role-trust', 'sms-role-permission', 'sns-sms-sandbox', 'sns-sms-spend-limit']) {
      expect(find(r, rule).evidence[0]?.en).toBe(
        'SMS path: AWS End User Messaging SMS, directly (SmsConfiguration.EumsSms)',
      );
    }
    expect(find(r, 'sns-sms-sandbox').summary.en).toMatch(/not Amazon SNS: the SNS setting does not apply/);
    expect(r.counts.unknown).toBe(0);
    for (const action of served.calls) expect(POLICY).toContain(action);
  });

  it('fails a role that trusts the SNS external ID and may only sns:Publish', async () => {
    serve({
      ...eums,
      'iam:GetRole': trust(EXTERNAL_ID),
      'iam:SimulatePrincipalPolicy': reply.simulate('implicitDeny', {
        action: 'sms-voice:SendTextMessage',
        resource: ORIGINATION,
      }),
    });
    const r = await report();
    expect(find(r, 'sms-role-trust')).toMatchObject({
      status: 'fail',
      summary: {
        en: `the trust policy requires sts:ExternalId "${EXTERNAL_ID}", but the pool's SMS configuration has ExternalId "${EUMS_EXTERNAL_ID}"`,
      },
    });
    expect(find(r, 'sms-role-permission')).toMatchObject({
      status: 'fail',
      summary: { en: `no policy of the role allows sms-voice:SendTextMessage on ${ORIGINATION}` },
    });
  });
});

describe('errors', () => {
  it('still reports with every IAM call denied: the IAM rules are unknown and name the missing actions', async () => {
    const iamDenied = Object.fromEntries(
      [
        'GetRole',
        'SimulatePrincipalPolicy',
        'ListRolePolicies',
        'ListAttachedRolePolicies',
        'GetRolePolicy',
        'GetPolicy',
        'GetPolicyVersion',
      ].map((op) => [`iam:${op}`, accessDenied(`iam:${op}`)]),
    );
    serve(iamDenied);
    const r = await report();
    expect(find(r, 'sms-role-trust')).toMatchObject({ status: 'unknown', missingActions: ['iam:GetRole'] });
    expect(find(r, 'sms-role-permission')).toMatchObject({
      status: 'unknown',
      missingActions: ['iam:SimulatePrincipalPolicy', 'iam:ListRolePolicies'],
    });
    expect(find(r, 'sms-role-trust').summary.en).toBe("cannot read the SMS role: the bot's role lacks iam:GetRole");
    expect(find(r, 'pool-mfa-enabled').status).toBe('pass');
    expect(r.counts.fail).toBe(0);
  });

  // Each call denied on its own: only the rules needing it change, and they name the action.
  it.each<[string, string, Record<string, Reply>]>([
    ['cognito-idp:DescribeUserPool', 'sms-configuration-failure', {}],
    ['cognito-idp:GetUserPoolMfaConfig', 'pool-totp-enabled', {}],
    ['cognito-idp:ListUserPoolClients', 'client-auth-session-validity', {}],
    ['cognito-idp:DescribeUserPoolClient', 'client-admin-scope', {}],
    ['cognito-idp:ListIdentityProviders', 'pool-federated-idps', {}],
    ['cognito-idp:AdminGetUser', 'user-totp-setup', {}],
    ['iam:GetRole', 'sms-role-trust', {}],
    ['iam:ListRolePolicies', 'sms-role-permission', DOCUMENTS],
    ['iam:ListAttachedRolePolicies', 'sms-role-permission', DOCUMENTS],
    ['iam:GetRolePolicy', 'sms-role-permission', DOCUMENTS],
    ['iam:GetPolicy', 'sms-role-permission', DOCUMENTS],
    ['iam:GetPolicyVersion', 'sms-role-permission', DOCUMENTS],
    ['sns:GetSMSSandboxAccountStatus', 'sns-sms-sandbox', {}],
    ['sns:GetSMSAttributes', 'sns-sms-spend-limit', {}],
    ['cloudwatch:GetMetricStatistics', 'sns-sms-monthly-spend', {}],
  ])('%s denied -> %s unknown naming it', async (action, rule, world) => {
    serve({ ...world, [action]: accessDenied(action) });
    const r = await report();
    const f = find(r, rule);
    expect(f.status).toBe('unknown');
    expect(f.missingActions).toContain(action);
    expect(f.summary.en).toContain(action);
    const others = r.findings.filter((x) => x.status === 'unknown' && !x.missingActions?.includes(action));
    expect(others).toEqual([]);
  });

  it('judges the documents when only the simulator is denied', async () => {
    serve({ 'iam:SimulatePrincipalPolicy': accessDenied('iam:SimulatePrincipalPolicy') });
    expect(find(await report(), 'sms-role-permission').status).toBe('pass');
  });

  it('shows sandbox numbers as not read when that list is denied', async () => {
    serve({
      'sns:GetSMSSandboxAccountStatus': reply.xml('sns', 'GetSMSSandboxAccountStatus', { isInSandbox: 'true' }),
      'sns:ListSMSSandboxPhoneNumbers': accessDenied('sns:ListSMSSandboxPhoneNumbers'),
    });
    const f = find(await report(), 'sns-sms-sandbox');
    expect(f.status).toBe('warn');
    expect(f.evidence.map((e) => e.en).join('\n')).toMatch(
      /sandbox destination numbers not read \(sns:ListSMSSandboxPhoneNumbers: access-denied\)/,
    );
  });

  it('names an SCP denial of the bot itself', async () => {
    const scp = reply.cognitoError(
      'AccessDeniedException',
      `User: arn:aws:sts::${ACCOUNT}:assumed-role/mfa-check-bot/fn is not authorized to perform: cognito-idp:ListIdentityProviders on resource: ${POOL_ID} with an explicit deny in a service control policy`,
    );
    serve({ 'cognito-idp:ListIdentityProviders': scp });
    expect(find(await report(), 'pool-federated-idps').summary.en).toMatch(
      /denied by a service control policy \(SCP\)/,
    );
  });

  it('gives up on throttling after the SDK retries, and says so', async () => {
    const served = serve({ 'sns:GetSMSAttributes': throttled('sns:GetSMSAttributes') });
    // The SDK default: 3 attempts, with its own back-off between them.
    const { r, fakeTimeMs } = await reportInFakeTime({ clientOptions: { credentials: STATIC_CREDENTIALS } });
    expect(served.calls.filter((c) => c === 'sns:GetSMSAttributes')).toHaveLength(3);
    // The attempts were spaced out, not fired back to back at a throttled API.
    expect(fakeTimeMs).toBeGreaterThan(0);
    const f = find(r, 'sns-sms-spend-limit');
    expect(f.status).toBe('unknown');
    expect(f.summary.en).toMatch(/throttled sns:GetSMSAttributes even after retries/);
    // A watch waits a round before it calls this a change.
    expect(f.transient).toBe(true);
  });

  it('recovers when a throttled call succeeds on retry', async () => {
    let n = 0;
    const served = serve({
      'cognito-idp:ListIdentityProviders': () =>
        n++ === 0 ? throttled('cognito-idp:ListIdentityProviders') : reply.cognito('ListIdentityProviders'),
    });
    const { r } = await reportInFakeTime({ clientOptions: { credentials: STATIC_CREDENTIALS } });
    expect(served.calls.filter((c) => c === 'cognito-idp:ListIdentityProviders')).toHaveLength(2);
    expect(find(r, 'pool-federated-idps').status).toBe('pass');
  });

  it('turns a call slower than its budget into unknown, and the rest still comes out', async () => {
    const budgets = manualBudgets();
    // GetRole's budget runs out while its request is in flight; every other call is answered within its own.
    serve({ 'iam:GetRole': stalled(() => budgets.runOut('iam:GetRole')) });
    const r = await report([POOL_ID], { callTimeoutMs: 200, startBudget: budgets.start });
    expect(budgets.startedFor('iam:GetRole')).toEqual([200]);
    const f = find(r, 'sms-role-trust');
    expect(f.status).toBe('unknown');
    expect(f.summary.en).toBe('cannot read the SMS role: iam:GetRole timed out');
    expect(find(r, 'sms-role-permission').status).toBe('pass');
    expect(r.counts.unknown).toBe(1);
  });

  it("stops every call at the SDK's per-request timeout", async () => {
    serve({}, { stalled: true });
    // The SDK's 100 ms ends them, not the call budget (10 s) nor the check's deadline.
    const { r } = await reportInFakeTime(
      { clientOptions: { credentials: STATIC_CREDENTIALS, maxAttempts: 1, requestTimeoutMs: 100 } },
      10_000,
    );
    expect(r.counts.unknown).toBe(r.findings.length);
    expect(find(r, 'pool-totp-enabled').summary.en).toBe(
      "cannot read the pool's MFA configuration: cognito-idp:GetUserPoolMfaConfig timed out",
    );
  });

  it('says a missing pool could not be checked', async () => {
    serve({
      'cognito-idp:DescribeUserPool': reply.cognitoError(
        'ResourceNotFoundException',
        `User pool ${POOL_ID} does not exist.`,
      ),
    });
    const result = await check();
    expect(result).toEqual({
      ok: false,
      reason: 'pool-not-found',
      message: {
        en: `User pool ${POOL_ID} was not found in eu-west-1. Check the id; the region is the part before "_".`,
        ja: `ユーザープール ${POOL_ID} が eu-west-1 に見つかりません。ID を確認してください。リージョンは "_" の前の部分です。`,
      },
    });
  });

  it('says credentials are unusable', async () => {
    serve({
      'cognito-idp:DescribeUserPool': reply.cognitoError(
        'UnrecognizedClientException',
        'The security token included in the request is invalid.',
      ),
    });
    const result = await check();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('no-credentials');
  });
});

describe('account aliases', () => {
  it('assumes the alias role with its external id and reads the pool with those credentials', async () => {
    const served = serve();
    const r = await report(['prod', POOL_ID]);
    expect(r.alias).toBe('prod');
    expect(served.calls[0]).toBe('sts:AssumeRole');
    expect(served.bodies.get('sts:AssumeRole')).toMatchObject({
      RoleArn: ALIAS.roleArn,
      ExternalId: 'ext-prod-1',
      RoleSessionName: 'cognito-mfa-check',
    });
    expect(served.keys.get('sts:AssumeRole')).toBe(STATIC_CREDENTIALS.accessKeyId);
    expect(served.keys.get('cognito-idp:DescribeUserPool')).toBe('ASIAEXAMPLEASSUMED01');
    expect(served.keys.get('iam:GetRole')).toBe('ASIAEXAMPLEASSUMED01');
  });

  it('explains a refused AssumeRole', async () => {
    serve({ 'sts:AssumeRole': accessDenied('sts:AssumeRole') });
    const result = await check(['prod', POOL_ID]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('assume-role-failed');
    expect(!result.ok && result.message.en).toMatch(
      /Could not assume arn:aws:iam::210987654321:role\/MfaCheckReadOnly for alias "prod"/,
    );
  });
});

describe('focus', () => {
  it('puts the diagnosed entry first', async () => {
    serve();
    const r = await report([POOL_ID], { focusEntry: 'session-expired' });
    expect(r.findings[0]?.entry).toBe('session-expired');
    expect(r.focusEntry).toBe('session-expired');
  });
});
