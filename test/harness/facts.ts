/** Plain fact objects for rule tests: a healthy pool, reshaped per test. */
import type { CallError, Facts, Outcome } from '../../src/checks/facts';
import { parsePolicyDocument } from '../../src/checks/policy/document';

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const denied = (action: string): Outcome<never> => ({
  ok: false,
  error: { kind: 'access-denied', action, code: 'AccessDenied', message: `not authorized to perform: ${action}` },
});
export const failed = (error: Partial<CallError> & Pick<CallError, 'kind' | 'action'>): Outcome<never> => ({
  ok: false,
  error: { code: 'Error', message: '', ...error },
});

export const POOL_ARN = 'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbCdEfGhI';
export const ROLE_ARN = 'arn:aws:iam::123456789012:role/service-role/CognitoSmsRole';
export const EXTERNAL_ID = 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111';

export const trustDoc = (statement: object | object[]) =>
  parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: statement }), 'trust');
export const policyDoc = (source: string, statement: object | object[]) =>
  parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: statement }), source);

export const COGNITO_TRUST = {
  Effect: 'Allow',
  Principal: { Service: 'cognito-idp.amazonaws.com' },
  Action: 'sts:AssumeRole',
  Condition: { StringEquals: { 'sts:ExternalId': EXTERNAL_ID } },
};

export function healthyFacts(): Facts {
  const sms = { snsCallerArn: ROLE_ARN, externalId: EXTERNAL_ID, snsRegion: 'eu-west-1' };
  return {
    poolId: 'eu-west-1_AbCdEfGhI',
    region: 'eu-west-1',
    partition: 'aws',
    account: '123456789012',
    pool: ok({
      id: 'eu-west-1_AbCdEfGhI',
      arn: POOL_ARN,
      mfaConfiguration: 'OPTIONAL',
      smsAuthenticationMessage: 'Your code is {####}.',
      smsConfiguration: sms,
      emailSendingAccount: 'COGNITO_DEFAULT',
      tier: 'ESSENTIALS',
    }),
    mfa: ok({
      mfaConfiguration: 'OPTIONAL',
      totpEnabled: true,
      sms: { message: 'Your code is {####}.', configuration: sms },
    }),
    clients: ok([
      {
        id: 'client1',
        name: 'web',
        detail: ok({
          id: 'client1',
          name: 'web',
          authSessionValidity: 10,
          oauthEnabled: true,
          allowedOAuthScopes: ['openid', 'aws.cognito.signin.user.admin'],
          hasSecret: false,
        }),
      },
    ]),
    identityProviders: ok([]),
    user: ok({
      username: 'hana',
      status: 'CONFIRMED',
      phoneNumber: '+81******5678',
      phoneNumberVerified: true,
      preferredMfa: 'SOFTWARE_TOKEN_MFA',
      mfaSettings: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'],
      identityProviders: [],
    }),
    smsRole: {
      arn: ROLE_ARN,
      path: 'sns',
      externalId: EXTERNAL_ID,
      region: 'eu-west-1',
      send: { action: 'sns:Publish', resource: '*' },
      crossAccount: false,
      role: ok({
        arn: ROLE_ARN,
        name: 'CognitoSmsRole',
        trustPolicy: trustDoc(COGNITO_TRUST),
        lastUsed: '2026-11-20T08:12:44.000Z',
      }),
      simulation: ok({
        decision: 'allowed',
        matchedStatements: [{ sourcePolicyId: 'CognitoSmsPublish', sourcePolicyType: 'IAM Policy' }],
        missingContextValues: [],
        allowedByOrganizations: true,
      }),
    },
    sns: {
      region: 'eu-west-1',
      regionSource: 'configured',
      sandbox: ok(false),
      sandboxNumbers: ok([]),
      attributes: ok({ MonthlySpendLimit: '50' }),
      spend: ok(12.5),
    },
  };
}

/** Deep-ish copy then edit, so each test starts from the healthy pool. */
export function facts(edit: (f: Facts) => void = () => {}): Facts {
  const f = healthyFacts();
  edit(f);
  return f;
}

export function value<T>(o: Outcome<T> | undefined): T {
  if (!o?.ok) throw new Error('expected an ok outcome');
  return o.value;
}

const withoutSms = (f: Facts) => {
  delete value(f.pool).smsConfiguration;
  delete value(f.pool).smsAuthenticationMessage;
  delete value(f.mfa).sms;
  delete f.smsRole;
  delete f.sns;
};

/** The pool's MFA mode, which DescribeUserPool and GetUserPoolMfaConfig both report. */
function mfaMode(f: Facts, mode: 'ON' | 'OFF' | 'OPTIONAL'): void {
  value(f.mfa).mfaConfiguration = mode;
  value(f.pool).mfaConfiguration = mode;
}

/**
 * Pools as teams really have them, one edit each from the healthy pool, as the collector gives their facts: the shapes
 * every rule must judge by what is in effect. (An empty SmsMfaConfiguration object, which cognito-local answers for
 * every pool, gives no `mfa.sms` at all: test/checks/collect-shapes.test.ts.)
 */
export const POOL_SHAPES: Record<string, (f: Facts) => void> = {
  healthy: () => {},
  'MFA OFF, nothing configured': (f) => {
    withoutSms(f);
    mfaMode(f, 'OFF');
    value(f.mfa).totpEnabled = false;
  },
  'MFA OFF, an SMS MFA message left without a role': (f) => {
    withoutSms(f);
    mfaMode(f, 'OFF');
    value(f.mfa).totpEnabled = false;
    value(f.mfa).sms = { message: 'Your code is {####}.' };
  },
  'MFA OFF, SMS configured for phone verification': (f) => {
    mfaMode(f, 'OFF');
    value(f.mfa).totpEnabled = false;
  },
  'MFA OFF, email MFA left on a Lite pool': (f) => {
    withoutSms(f);
    mfaMode(f, 'OFF');
    value(f.mfa).email = { subject: 'Your code' };
    value(f.pool).tier = 'LITE';
  },
  'TOTP only (MFA ON)': (f) => {
    withoutSms(f);
    mfaMode(f, 'ON');
  },
  'SMS only (SNS)': (f) => {
    value(f.mfa).totpEnabled = false;
  },
  'SMS through End User Messaging SMS': (f) => {
    const sms = { eumsCallerArn: ROLE_ARN, eumsExternalId: EXTERNAL_ID };
    value(f.pool).smsConfiguration = sms;
    value(f.mfa).sms = { message: 'Your code is {####}.', configuration: sms };
    Object.assign(f.smsRole as object, { path: 'eums', send: { action: 'sms-voice:SendTextMessage', resource: '*' } });
    delete f.sns;
  },
  'SMS role deleted': (f) => {
    const smsRole = f.smsRole as NonNullable<Facts['smsRole']>;
    smsRole.role = failed({ kind: 'not-found', action: 'iam:GetRole', code: 'NoSuchEntity' });
    smsRole.simulation = failed({ kind: 'not-found', action: 'iam:SimulatePrincipalPolicy', code: 'NoSuchEntity' });
  },
  'an empty SmsConfiguration object': (f) => {
    value(f.pool).smsConfiguration = {};
    value(f.pool).smsConfigurationFailure = 'SNSSandbox';
    delete value(f.mfa).sms;
    delete f.smsRole;
    delete f.sns;
  },
  'SNSSandbox flag on a pool out of the sandbox': (f) => {
    value(f.pool).smsConfigurationFailure = 'SNSSandbox';
  },
  'clients without OAuth, TOTP off': (f) => {
    value(f.mfa).totpEnabled = false;
    f.clients = ok([
      {
        id: 'client2',
        name: 'backend',
        detail: ok({ id: 'client2', name: 'backend', oauthEnabled: false, hasSecret: true }),
      },
      {
        id: 'client3',
        name: 'hosted-ui',
        detail: ok({
          id: 'client3',
          name: 'hosted-ui',
          oauthEnabled: true,
          allowedOAuthScopes: ['openid'],
          hasSecret: false,
        }),
      },
    ]);
  },
  'federated (SAML and Google)': (f) => {
    f.identityProviders = ok([
      { name: 'Okta', type: 'SAML' },
      { name: 'Google', type: 'Google' },
    ]);
  },
  'federated, MFA OFF': (f) => {
    withoutSms(f);
    mfaMode(f, 'OFF');
    value(f.mfa).totpEnabled = false;
    f.identityProviders = ok([{ name: 'Okta', type: 'SAML' }]);
  },
};

/** The users each pool shape is checked with (none: the check ran without a username). */
export const USER_SHAPES: Record<string, (f: Facts) => void> = {
  'no username': (f) => {
    delete f.user;
  },
  'a user with SMS and TOTP': () => {},
  'a user with SMS MFA and no phone': (f) => {
    f.user = ok({
      ...value(f.user),
      phoneNumber: undefined,
      phoneNumberVerified: undefined,
      preferredMfa: 'SMS_MFA',
      mfaSettings: ['SMS_MFA'],
    });
  },
  'a user with an unverified phone': (f) => {
    f.user = ok({ ...value(f.user), phoneNumberVerified: false });
  },
  'a user who prefers TOTP without it': (f) => {
    f.user = ok({ ...value(f.user), preferredMfa: 'SOFTWARE_TOKEN_MFA', mfaSettings: ['SMS_MFA'] });
  },
  'a user with no MFA': (f) => {
    f.user = ok({ ...value(f.user), preferredMfa: undefined, mfaSettings: [] });
  },
  'a federated user': (f) => {
    f.user = ok({
      ...value(f.user),
      status: 'EXTERNAL_PROVIDER',
      identityProviders: ['Okta'],
      mfaSettings: [],
      preferredMfa: undefined,
    });
  },
};
