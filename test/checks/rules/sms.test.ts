import type { Facts, SimulationFacts } from '../../../src/checks/facts';
import { smsConfigurationFailure } from '../../../src/checks/rules/sms-configuration-failure';
import { smsRolePermission } from '../../../src/checks/rules/sms-role-permission';
import { smsRoleTrust } from '../../../src/checks/rules/sms-role-trust';
import { snsSmsSandbox } from '../../../src/checks/rules/sns-sms-sandbox';
import { snsSmsSpendLimit } from '../../../src/checks/rules/sns-sms-spend-limit';
import type { Rule } from '../../../src/checks/types';
import { denied, facts, failed, ok, policyDoc, ROLE_ARN, trustDoc, value } from '../../harness/facts';

const one = (rule: Rule, f: Facts) => {
  const out = rule.evaluate(f);
  expect(out).toHaveLength(1);
  return out[0] as NonNullable<(typeof out)[0]>;
};

function role(f: Facts) {
  return value(f.smsRole?.role);
}

describe('sms-role-trust', () => {
  it('passes the healthy role and speaks to the sms-role-trust entry', () => {
    const r = one(smsRoleTrust, facts());
    expect(r).toMatchObject({ rule: 'sms-role-trust', entry: 'sms-role-trust', status: 'pass' });
  });

  it('fails on another ExternalId, saying so', () => {
    const r = one(
      smsRoleTrust,
      facts((f) => {
        role(f).trustPolicy = trustDoc({
          Effect: 'Allow',
          Principal: { Service: 'cognito-idp.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': 'other-id' } },
        });
      }),
    );
    expect(r.status).toBe('fail');
    expect(r.summary.en).toMatch(/requires sts:ExternalId "other-id".*ExternalId "a1b2c3d4/);
  });

  it('fails a deleted role first, as Cognito reports it as a trust error', () => {
    const r = one(
      smsRoleTrust,
      facts((f) => {
        (f.smsRole as NonNullable<Facts['smsRole']>).role = failed({
          kind: 'not-found',
          action: 'iam:GetRole',
          code: 'NoSuchEntity',
        });
      }),
    );
    expect(r.status).toBe('fail');
    expect(r.summary.en).toMatch(/does not exist/);
  });

  it('is unknown naming iam:GetRole when it is denied', () => {
    const r = one(
      smsRoleTrust,
      facts((f) => {
        (f.smsRole as NonNullable<Facts['smsRole']>).role = denied('iam:GetRole');
      }),
    );
    expect(r).toMatchObject({ status: 'unknown', missingActions: ['iam:GetRole'] });
    expect(r.summary.en).toMatch(/lacks iam:GetRole/);
  });

  it('is unknown for a role in another account', () => {
    const r = one(
      smsRoleTrust,
      facts((f) => {
        const { role: _role, simulation: _simulation, ...path } = f.smsRole as NonNullable<Facts['smsRole']>;
        f.smsRole = { ...path, arn: 'arn:aws:iam::999999999999:role/Sms', crossAccount: true };
      }),
    );
    expect(r.status).toBe('unknown');
    expect(r.summary.en).toMatch(/another account/);
  });

  it('passes a pool that sends no SMS', () => {
    const r = one(
      smsRoleTrust,
      facts((f) => {
        delete f.smsRole;
        value(f.pool).smsConfiguration = undefined;
      }),
    );
    expect(r.status).toBe('pass');
  });

  it('is unknown when neither pool read could say whether there is a role', () => {
    const r = one(
      smsRoleTrust,
      facts((f) => {
        f.pool = denied('cognito-idp:DescribeUserPool');
        f.mfa = denied('cognito-idp:GetUserPoolMfaConfig');
        delete f.smsRole;
      }),
    );
    expect(r).toMatchObject({
      status: 'unknown',
      missingActions: ['cognito-idp:DescribeUserPool', 'cognito-idp:GetUserPoolMfaConfig'],
    });
  });

  it('judges the role from the MFA configuration when DescribeUserPool is denied', () => {
    const f = facts((f) => {
      f.pool = denied('cognito-idp:DescribeUserPool');
    });
    expect(one(smsRoleTrust, f).status).toBe('pass');
    // A SourceArn condition needs the pool ARN, which only DescribeUserPool gives.
    role(f).trustPolicy = trustDoc({
      Effect: 'Allow',
      Principal: { Service: 'cognito-idp.amazonaws.com' },
      Action: 'sts:AssumeRole',
      Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:cognito-idp:*:*:userpool/*' } },
    });
    expect(one(smsRoleTrust, f)).toMatchObject({ status: 'unknown', missingActions: ['cognito-idp:DescribeUserPool'] });
  });

  it('hints when the role was never used', () => {
    const r = one(
      smsRoleTrust,
      facts((f) => {
        delete role(f).lastUsed;
      }),
    );
    expect(r.evidence.map((e) => e.en).join('\n')).toMatch(/never been used/);
  });
});

describe('sms-role-permission', () => {
  const withSim = (sim: Partial<SimulationFacts>) =>
    facts((f) => {
      const s = f.smsRole as NonNullable<Facts['smsRole']>;
      s.simulation = ok({ ...value(s.simulation), ...sim });
    });

  it('passes when the simulator allows it, speaking to sms-role-access-policy', () => {
    expect(one(smsRolePermission, facts())).toMatchObject({ status: 'pass', entry: 'sms-role-access-policy' });
  });

  it('names an SCP', () => {
    const r = one(smsRolePermission, withSim({ decision: 'explicitDeny', allowedByOrganizations: false }));
    expect(r.status).toBe('fail');
    expect(r.summary.en).toMatch(/service control policy \(SCP\)/);
  });

  it('names a permissions boundary', () => {
    const r = one(smsRolePermission, withSim({ decision: 'implicitDeny', allowedByPermissionsBoundary: false }));
    expect(r.summary.en).toMatch(/permissions boundary/);
  });

  it('names the policy of an explicit Deny', () => {
    const r = one(
      smsRolePermission,
      withSim({
        decision: 'explicitDeny',
        matchedStatements: [{ sourcePolicyId: 'DenySns', sourcePolicyType: 'IAM Policy' }],
      }),
    );
    expect(r.summary.en).toMatch(/explicit Deny in DenySns/);
  });

  it('names a topic-scoped policy when the simulator says implicitDeny', () => {
    const f = withSim({ decision: 'implicitDeny', matchedStatements: [] });
    (f.smsRole as NonNullable<Facts['smsRole']>).policies = ok({
      identity: [
        policyDoc('inline:alerts', {
          Effect: 'Allow',
          Action: 'sns:Publish',
          Resource: 'arn:aws:sns:eu-west-1:123456789012:t',
        }),
      ],
    });
    const r = one(smsRolePermission, f);
    expect(r.status).toBe('fail');
    expect(r.summary.en).toMatch(/only on arn:aws:sns:eu-west-1:123456789012:t/);
  });

  it('fails implicitDeny with nothing granting Publish', () => {
    const r = one(smsRolePermission, withSim({ decision: 'implicitDeny', matchedStatements: [] }));
    expect(r.summary.en).toBe('no policy of the role allows sns:Publish on *');
  });

  it('is unknown when the answer depends on missing context', () => {
    const r = one(smsRolePermission, withSim({ decision: 'implicitDeny', missingContextValues: ['aws:SourceIp'] }));
    expect(r.status).toBe('unknown');
    expect(r.summary.en).toMatch(/aws:SourceIp/);
  });

  it('falls back to the role documents when the simulator is denied', () => {
    const f = facts((f) => {
      const s = f.smsRole as NonNullable<Facts['smsRole']>;
      s.simulation = denied('iam:SimulatePrincipalPolicy');
      s.policies = ok({
        identity: [policyDoc('inline:sms', { Effect: 'Allow', Action: 'sns:Publish', Resource: '*' })],
      });
    });
    const r = one(smsRolePermission, f);
    expect(r.status).toBe('pass');
    expect(r.evidence.map((e) => e.en).join('\n')).toMatch(/service control policies were not evaluated/);
  });

  it('is unknown naming both actions when the simulator and the documents are denied', () => {
    const f = facts((f) => {
      const s = f.smsRole as NonNullable<Facts['smsRole']>;
      s.simulation = denied('iam:SimulatePrincipalPolicy');
      s.policies = denied('iam:ListRolePolicies');
    });
    const r = one(smsRolePermission, f);
    expect(r.status).toBe('unknown');
    expect(r.missingActions).toEqual(['iam:SimulatePrincipalPolicy', 'iam:ListRolePolicies']);
  });

  it('fails a deleted role', () => {
    const f = facts((f) => {
      (f.smsRole as NonNullable<Facts['smsRole']>).role = failed({
        kind: 'not-found',
        action: 'iam:GetRole',
        code: 'NoSuchEntity',
      });
    });
    expect(one(smsRolePermission, f).summary.en).toMatch(new RegExp(`${ROLE_ARN} does not exist`));
  });
});

describe('sns-sms-sandbox', () => {
  it('passes out of the sandbox, speaking to sms-first-time-setup', () => {
    expect(one(snsSmsSandbox, facts())).toMatchObject({ status: 'pass', entry: 'sms-first-time-setup' });
  });

  it('warns in the sandbox, counting verified numbers (masked)', () => {
    const r = one(
      snsSmsSandbox,
      facts((f) => {
        const sns = f.sns as NonNullable<Facts['sns']>;
        sns.sandbox = ok(true);
        sns.sandboxNumbers = ok([
          { phoneNumber: '+81******5678', status: 'Verified' },
          { phoneNumber: '+1*******0100', status: 'Pending' },
        ]);
      }),
    );
    expect(r.status).toBe('warn');
    expect(r.summary.en).toBe(
      'the account is in the SNS SMS sandbox in eu-west-1: only 1 verified destination number receives SMS',
    );
    expect(r.evidence.map((e) => e.en).join('\n')).toMatch(/\+81\*{6}5678 \(Verified\)/);
  });

  it('is unknown naming the SNS action when denied', () => {
    const r = one(
      snsSmsSandbox,
      facts((f) => {
        (f.sns as NonNullable<Facts['sns']>).sandbox = denied('sns:GetSMSSandboxAccountStatus');
      }),
    );
    expect(r).toMatchObject({ status: 'unknown', missingActions: ['sns:GetSMSSandboxAccountStatus'] });
  });

  it('says when the region is the pool region by default', () => {
    const r = one(
      snsSmsSandbox,
      facts((f) => {
        (f.sns as NonNullable<Facts['sns']>).regionSource = 'pool-region';
      }),
    );
    expect(r.evidence[0]?.en).toMatch(/SnsRegion is not set/);
  });

  it('does not apply to pools without SMS', () => {
    const r = one(
      snsSmsSandbox,
      facts((f) => {
        delete f.sns;
        value(f.pool).smsConfiguration = undefined;
      }),
    );
    expect(r.status).toBe('pass');
  });
});

describe('sns-sms-spend-limit', () => {
  const limit = (v: string | undefined) =>
    one(
      snsSmsSpendLimit,
      facts((f) => {
        (f.sns as NonNullable<Facts['sns']>).attributes = ok<Record<string, string>>(
          v === undefined ? {} : { MonthlySpendLimit: v },
        );
      }),
    );
  it('passes a raised limit', () => expect(limit('50').status).toBe('pass'));
  it('warns on the $1 default, also when unset', () => {
    expect(limit('1').status).toBe('warn');
    expect(limit(undefined).summary.en).toMatch(/\$1 \(the default\)/);
  });
  it('fails a zero limit', () => expect(limit('0').status).toBe('fail'));
  it('is unknown when throttled', () => {
    const r = one(
      snsSmsSpendLimit,
      facts((f) => {
        (f.sns as NonNullable<Facts['sns']>).attributes = failed({ kind: 'throttled', action: 'sns:GetSMSAttributes' });
      }),
    );
    expect(r.status).toBe('unknown');
    expect(r.summary.en).toMatch(/throttled sns:GetSMSAttributes even after retries/);
  });
});

describe('sms-configuration-failure', () => {
  const failure = (v: string | undefined) =>
    one(
      smsConfigurationFailure,
      facts((f) => {
        value(f.pool).smsConfigurationFailure = v;
      }),
    );
  it('passes an empty failure, noting it proves nothing about the sandbox', () => {
    const r = failure(undefined);
    expect(r.status).toBe('pass');
    expect(r.evidence.map((e) => e.en).join()).toMatch(/not set when the pool creator had no SNS permissions/);
  });
  it('shows the failure: SNSSandbox warns while the account is in the sandbox, anything else fails', () => {
    const inSandbox = one(
      smsConfigurationFailure,
      facts((f) => {
        value(f.pool).smsConfigurationFailure = 'SNSSandbox';
        (f.sns as NonNullable<Facts['sns']>).sandbox = ok(true);
      }),
    );
    expect(inSandbox).toMatchObject({
      status: 'warn',
      summary: { en: 'the pool reports SmsConfigurationFailure: SNSSandbox' },
    });
    expect(failure('InvalidSmsRoleAccessPolicyException').status).toBe('fail');
  });
  it("passes an SNSSandbox flag the account's live sandbox status contradicts", () => {
    expect(failure('SNSSandbox')).toMatchObject({
      status: 'pass',
      summary: {
        en: "the pool's SmsConfigurationFailure says SNSSandbox, but the account is out of the SNS SMS sandbox in eu-west-1 now",
      },
    });
  });
  it('passes an empty SmsConfiguration object: it names no role, so the pool sends no SMS', () => {
    const r = one(
      smsConfigurationFailure,
      facts((f) => {
        value(f.pool).smsConfiguration = {};
        value(f.pool).smsConfigurationFailure = 'SNSSandbox';
      }),
    );
    expect(r).toMatchObject({ status: 'pass', summary: { en: 'the pool has no SMS configuration' } });
  });
  it('is unknown when the pool is not readable', () => {
    const r = one(
      smsConfigurationFailure,
      facts((f) => {
        f.pool = failed({ kind: 'timeout', action: 'cognito-idp:DescribeUserPool', code: 'TimeoutError' });
      }),
    );
    expect(r.summary.en).toMatch(/timed out/);
  });
});

describe('sns-sms-sandbox with no verified number', () => {
  it('fails: nobody can receive SMS', () => {
    const r = snsSmsSandbox.evaluate(
      facts((f) => {
        const sns = f.sns as NonNullable<Facts['sns']>;
        sns.sandbox = ok(true);
        sns.sandboxNumbers = ok([{ phoneNumber: '+1*******0100', status: 'Pending' }]);
      }),
    )[0];
    expect(r?.status).toBe('fail');
    expect(r?.summary.en).toMatch(/no verified destination number/);
  });
});

describe('SNS region evidence', () => {
  it('points at the legacy SNS region of pools without SnsRegion', () => {
    const r = snsSmsSandbox.evaluate(
      facts((f) => {
        Object.assign(f.sns as NonNullable<Facts['sns']>, { region: 'ap-northeast-2', regionSource: 'pool-region' });
      }),
    )[0];
    expect(r?.evidence[0]?.en).toMatch(/older pools here may send through ap-northeast-1/);
  });
});

describe('a pool that sends SMS through AWS End User Messaging SMS directly (EumsSms)', () => {
  const ORIGINATION = 'arn:aws:sms-voice:eu-west-1:123456789012:phone-number/phone-0123456789abcdef';
  const EUMS_EXTERNAL_ID = 'e5f6a7b8-eums-4c3d-9e8f-EXAMPLE33333';
  const eums = (edit: (f: Facts) => void = () => {}) =>
    facts((f) => {
      const sms = {
        eumsCallerArn: ROLE_ARN,
        eumsExternalId: EUMS_EXTERNAL_ID,
        eumsOriginationIdentity: ORIGINATION,
      };
      value(f.pool).smsConfiguration = sms;
      value(f.mfa).sms = { message: 'Your code is {####}.', configuration: sms };
      const s = f.smsRole as NonNullable<Facts['smsRole']>;
      Object.assign(s, {
        path: 'eums',
        externalId: EUMS_EXTERNAL_ID,
        send: { action: 'sms-voice:SendTextMessage', resource: ORIGINATION },
        simulation: ok({ ...value(s.simulation), matchedStatements: [{ sourcePolicyId: 'CognitoSmsSendText' }] }),
      });
      role(f).trustPolicy = trustDoc({
        Effect: 'Allow',
        Principal: { Service: 'cognito-idp.amazonaws.com' },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': EUMS_EXTERNAL_ID } },
      });
      delete f.sns;
      edit(f);
    });

  it("judges sms-voice:SendTextMessage on the pool's origination identity and says which path it is", () => {
    const r = one(smsRolePermission, eums());
    expect(r.status).toBe('pass');
    expect(r.summary.en).toBe(`the role may sms-voice:SendTextMessage on ${ORIGINATION}`);
    expect(r.evidence[0]?.en).toBe('SMS path: AWS End User Messaging SMS, directly (SmsConfiguration.EumsSms)');
  });

  it('fails a role that may only sns:Publish, from its documents when the simulator is not allowed', () => {
    const r = one(
      smsRolePermission,
      eums((f) => {
        const s = f.smsRole as NonNullable<Facts['smsRole']>;
        s.simulation = denied('iam:SimulatePrincipalPolicy');
        s.policies = ok({
          identity: [policyDoc('inline:sms', { Effect: 'Allow', Action: 'sns:Publish', Resource: '*' })],
        });
      }),
    );
    expect(r.status).toBe('fail');
    expect(r.summary.en).toBe(`no policy of the role allows sms-voice:SendTextMessage on ${ORIGINATION}`);
  });

  it('names a policy scoped to another origination identity', () => {
    const other = 'arn:aws:sms-voice:eu-west-1:123456789012:phone-number/phone-ffffffffffffffff';
    const r = one(
      smsRolePermission,
      eums((f) => {
        const s = f.smsRole as NonNullable<Facts['smsRole']>;
        s.simulation = ok({ ...value(s.simulation), decision: 'implicitDeny', matchedStatements: [] });
        s.policies = ok({
          identity: [
            policyDoc('inline:sms', { Effect: 'Allow', Action: 'sms-voice:SendTextMessage', Resource: other }),
          ],
        });
      }),
    );
    expect(r.status).toBe('fail');
    expect(r.summary.en).toBe(
      `inline:sms allows sms-voice:SendTextMessage only on ${other}, not on the pool's OriginationIdentity ${ORIGINATION}`,
    );
  });

  it("checks the trust policy against EumsSms.ExternalId, not the SNS configuration's", () => {
    expect(one(smsRoleTrust, eums())).toMatchObject({ status: 'pass' });
    const snsIdOnly = one(
      smsRoleTrust,
      eums((f) => {
        role(f).trustPolicy = trustDoc({
          Effect: 'Allow',
          Principal: { Service: 'cognito-idp.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111' } },
        });
      }),
    );
    expect(snsIdOnly.status).toBe('fail');
    expect(snsIdOnly.summary.en).toContain(`ExternalId "${EUMS_EXTERNAL_ID}"`);
    expect(snsIdOnly.evidence[0]?.en).toMatch(/^SMS path: AWS End User Messaging SMS/);
  });

  it('does not judge it by the SNS sandbox or spend limit, and says so', () => {
    for (const rule of [snsSmsSandbox, snsSmsSpendLimit]) {
      const r = one(rule, eums());
      expect(r.status).toBe('pass');
      expect(r.summary.en).toMatch(/End User Messaging SMS directly, not Amazon SNS: the SNS setting does not apply/);
    }
  });
});
