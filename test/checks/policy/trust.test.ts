import { evaluateTrust } from '../../../src/checks/policy/trust';
import { COGNITO_TRUST, EXTERNAL_ID, POOL_ARN, trustDoc } from '../../harness/facts';

const POOL = { externalId: EXTERNAL_ID, account: '123456789012', poolArn: POOL_ARN };
const service = { Service: 'cognito-idp.amazonaws.com' };

describe('evaluateTrust', () => {
  it('passes the aws-cdk style trust with ExternalId, SourceAccount and SourceArn', () => {
    const v = evaluateTrust(
      trustDoc({
        ...COGNITO_TRUST,
        Condition: {
          StringEquals: { 'sts:ExternalId': EXTERNAL_ID, 'aws:SourceAccount': '123456789012' },
          ArnLike: { 'aws:SourceArn': 'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/*' },
        },
      }),
      POOL,
    );
    expect(v.status).toBe('pass');
  });

  it('accepts arrays, sts:* and condition keys in any case', () => {
    const v = evaluateTrust(
      trustDoc([
        {
          Effect: 'Allow',
          Principal: { Service: ['lambda.amazonaws.com', 'cognito-idp.amazonaws.com'] },
          Action: ['sts:*'],
          Condition: { StringEquals: { 'STS:EXTERNALID': [EXTERNAL_ID, 'other'] } },
        },
      ]),
      POOL,
    );
    expect(v.status).toBe('pass');
  });

  it('passes without an ExternalId condition but says it is weaker', () => {
    const v = evaluateTrust(trustDoc({ Effect: 'Allow', Principal: service, Action: 'sts:AssumeRole' }), POOL);
    expect(v.status).toBe('pass');
    expect(v.evidence.map((e) => e.en).join('\n')).toMatch(/does not check sts:ExternalId/);
  });

  it('fails on another ExternalId and names both', () => {
    const v = evaluateTrust(
      trustDoc({ ...COGNITO_TRUST, Condition: { StringEquals: { 'sts:ExternalId': 'someone-else' } } }),
      POOL,
    );
    expect(v.status).toBe('fail');
    expect(v.summary.en).toBe(
      `the trust policy requires sts:ExternalId "someone-else", but the pool's SMS configuration has ExternalId "${EXTERNAL_ID}"`,
    );
  });

  it('fails when the policy wants an ExternalId and the pool has none', () => {
    const v = evaluateTrust(trustDoc(COGNITO_TRUST), { ...POOL, externalId: undefined });
    expect(v.status).toBe('fail');
    expect(v.summary.en).toMatch(/has no ExternalId/);
  });

  it('fails on the SourceArn of another (recreated) pool', () => {
    const v = evaluateTrust(
      trustDoc({
        ...COGNITO_TRUST,
        Condition: {
          ArnLike: { 'aws:SourceArn': 'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_OldPool01' },
        },
      }),
      POOL,
    );
    expect(v.status).toBe('fail');
    expect(v.summary.en).toMatch(/aws:SourceArn .* not this pool .*recreated/);
  });

  it('fails on another SourceAccount', () => {
    const v = evaluateTrust(
      trustDoc({ ...COGNITO_TRUST, Condition: { StringEquals: { 'aws:SourceAccount': '999999999999' } } }),
      POOL,
    );
    expect(v.summary.en).toMatch(/aws:SourceAccount to "999999999999", not this pool's account 123456789012/);
  });

  it('names the identity-pool mistake', () => {
    const v = evaluateTrust(
      trustDoc({
        Effect: 'Allow',
        Principal: { Federated: 'cognito-idp.amazonaws.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
      }),
      POOL,
    );
    expect(v.status).toBe('fail');
    expect(v.summary.en).toMatch(/written for an identity pool/);
  });

  it('names what it trusts instead', () => {
    const v = evaluateTrust(
      trustDoc({ Effect: 'Allow', Principal: { Service: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRole' }),
      POOL,
    );
    expect(v.summary.en).toBe(
      'the trust policy does not trust cognito-idp.amazonaws.com (it trusts Service:cognito-identity.amazonaws.com)',
    );
  });

  it('fails when Cognito is trusted for another action only', () => {
    const v = evaluateTrust(trustDoc({ Effect: 'Allow', Principal: service, Action: 'sts:TagSession' }), POOL);
    expect(v.summary.en).toMatch(/sts:TagSession but not sts:AssumeRole/);
  });

  it('lets a matching Deny win', () => {
    const v = evaluateTrust(trustDoc([COGNITO_TRUST, { Effect: 'Deny', Principal: '*', Action: 'sts:*' }]), POOL);
    expect(v.status).toBe('fail');
    expect(v.summary.en).toMatch(/statement 2" denies|statement 2 denies/);
  });

  it('ignores a Deny whose condition does not hold for Cognito', () => {
    const v = evaluateTrust(
      trustDoc([
        COGNITO_TRUST,
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 'sts:AssumeRole',
          Condition: { StringNotEquals: { 'sts:ExternalId': EXTERNAL_ID } },
        },
      ]),
      POOL,
    );
    expect(v.status).toBe('pass');
  });

  it('reads NotPrincipal and NotAction', () => {
    // Allow everyone except Cognito: Cognito is not allowed.
    expect(
      evaluateTrust(trustDoc({ Effect: 'Allow', NotPrincipal: service, Action: 'sts:AssumeRole' }), POOL).status,
    ).toBe('fail');
    // Allow Cognito every action but web identity: AssumeRole is allowed.
    expect(
      evaluateTrust(trustDoc({ Effect: 'Allow', Principal: service, NotAction: 'sts:AssumeRoleWithWebIdentity' }), POOL)
        .status,
    ).toBe('pass');
  });

  it('says unknown, not fail, for condition keys it cannot know', () => {
    const v = evaluateTrust(
      trustDoc({ ...COGNITO_TRUST, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }),
      POOL,
    );
    expect(v.status).toBe('unknown');
    expect(v.summary.en).toMatch(/aws:PrincipalOrgID/);
  });

  it('says unknown for operators it does not evaluate', () => {
    const v = evaluateTrust(
      trustDoc({ ...COGNITO_TRUST, Condition: { DateGreaterThan: { 'sts:ExternalId': '2020-01-01' } } }),
      POOL,
    );
    expect(v.status).toBe('unknown');
  });

  it('honours IfExists and Null', () => {
    const ifExists = trustDoc({ ...COGNITO_TRUST, Condition: { StringEqualsIfExists: { 'sts:ExternalId': 'x' } } });
    expect(evaluateTrust(ifExists, { ...POOL, externalId: undefined }).status).toBe('pass');
    const mustHave = trustDoc({ ...COGNITO_TRUST, Condition: { Null: { 'sts:ExternalId': 'false' } } });
    expect(evaluateTrust(mustHave, POOL).status).toBe('pass');
    expect(evaluateTrust(mustHave, { ...POOL, externalId: undefined }).status).toBe('fail');
  });

  it('uses wildcards in StringLike values, case-sensitively', () => {
    const like = (v: string) =>
      evaluateTrust(trustDoc({ ...COGNITO_TRUST, Condition: { StringLike: { 'sts:ExternalId': v } } }), POOL).status;
    expect(like('a1b2c3d4-*')).toBe('pass');
    expect(like('A1B2C3D4-*')).toBe('fail');
    expect(like('a1b2c3d4-5678-90ab-cdef-EXAMPLE1111?')).toBe('pass');
  });
});
