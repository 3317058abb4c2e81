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
