import { parsePoolRef } from '../../src/checks/pool-ref';

const ALIASES = [
  { alias: 'prod', roleArn: 'arn:aws:iam::210987654321:role/MfaCheckReadOnly', externalId: 'x-1' },
  { alias: 'staging', roleArn: 'arn:aws:iam::333344445555:role/MfaCheckReadOnly' },
];

const ARN_TAIL = 'cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123def';

describe('parsePoolRef', () => {
  it('takes the region from a pool id', () => {
    expect(parsePoolRef(['us-east-1_AbC123def'], [])).toEqual({
      ok: true,
      ref: { poolId: 'us-east-1_AbC123def', region: 'us-east-1', partition: 'aws' },
    });
  });

  it('takes region, account and partition from a pool ARN', () => {
    const r = parsePoolRef(['arn:aws-cn:cognito-idp:cn-north-1:123456789012:userpool/cn-north-1_AbC123def'], []);
    expect(r).toEqual({
      ok: true,
      ref: { poolId: 'cn-north-1_AbC123def', region: 'cn-north-1', partition: 'aws-cn', account: '123456789012' },
    });
  });

  it('knows GovCloud regions', () => {
    const r = parsePoolRef(['us-gov-west-1_AbC123def'], []);
    expect(r.ok && r.ref.partition).toBe('aws-us-gov');
  });

  it('puts an account alias in front of the pool, case-insensitively', () => {
    const r = parsePoolRef(['PROD', 'eu-west-1_AbCdEfGhI'], ALIASES);
    expect(r.ok && r.ref.alias).toEqual(ALIASES[0]);
    expect(r.ok && r.ref.region).toBe('eu-west-1');
  });

  it.each([
    ['not a pool', ['hello']],
    ['no region', ['_AbC123def']],
    ['a made-up region shape', ['useast1_AbC123def']],
    ['punctuation in the id', ['us-east-1_AbC-123']],
    ['an ARN of another service', ['arn:aws:iam::123456789012:role/x']],
    [
      'an ARN whose region disagrees with the id',
      ['arn:aws:cognito-idp:us-west-2:123456789012:userpool/us-east-1_AbC123def'],
    ],
    ['a client id', ['4example1client2id3web']],
    ['an ARN in the China partition for a commercial region', [`arn:aws-cn:${ARN_TAIL}`]],
    ['an ARN in a partition that does not exist', [`arn:aws-evil:${ARN_TAIL}`]],
    [
      'a commercial ARN for a GovCloud pool',
      ['arn:aws:cognito-idp:us-gov-west-1:123456789012:userpool/us-gov-west-1_AbC1'],
    ],
  ])('refuses %s with an example', (_, words) => {
    const r = parsePoolRef(words, []);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message.en).toMatch(/us-east-1_AbC123def/);
  });

  it('says which partition the region of an ARN is in when the ARN names another', () => {
    const r = parsePoolRef([`arn:aws-cn:${ARN_TAIL}`], []);
    expect(!r.ok && r.message.en).toMatch(/us-east-1 is in the aws partition, not aws-cn/);
  });

  it.each([
    ['arn:aws-us-gov:cognito-idp:us-gov-east-1:123456789012:userpool/us-gov-east-1_AbC123def', 'aws-us-gov'],
    ['arn:aws-iso-b:cognito-idp:us-isob-east-1:123456789012:userpool/us-isob-east-1_AbC123def', 'aws-iso-b'],
    ['arn:aws-iso-e:cognito-idp:eu-isoe-west-1:123456789012:userpool/eu-isoe-west-1_AbC123def', 'aws-iso-e'],
    ['arn:aws-iso-f:cognito-idp:us-isof-south-1:123456789012:userpool/us-isof-south-1_AbC123def', 'aws-iso-f'],
  ])('accepts %s, whose partition fits its region', (arn, partition) => {
    const r = parsePoolRef([arn], []);
    expect(r.ok && r.ref.partition).toBe(partition);
  });

  it('names the known aliases when the first word is not one', () => {
    const r = parsePoolRef(['dev', 'us-east-1_AbC123def'], ALIASES);
    expect(!r.ok && r.message.en).toMatch(/"dev" is not an account alias \(known aliases: prod, staging\)/);
    const none = parsePoolRef(['dev', 'us-east-1_AbC123def'], []);
    expect(!none.ok && none.message.en).toMatch(/none is configured/);
  });

  it('refuses an alias whose account differs from the ARN', () => {
    const r = parsePoolRef(
      ['prod', 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123def'],
      ALIASES,
    );
    expect(!r.ok && r.message.en).toMatch(/names account 123456789012/);
  });

  it('refuses nothing and too much', () => {
    expect(parsePoolRef([], []).ok).toBe(false);
    expect(parsePoolRef(['  '], []).ok).toBe(false);
    expect(parsePoolRef(['prod', 'us-east-1_AbC123def', 'extra'], ALIASES).ok).toBe(false);
  });
});

describe('partitions', () => {
  it.each([
    ['cn-northwest-1_AbC123def', 'aws-cn'],
    ['us-iso-east-1_AbC123def', 'aws-iso'],
    ['eusc-de-east-1_AbC123def', 'aws-eusc'],
    ['eu-isoe-west-1_AbC123def', 'aws-iso-e'],
    ['us-isof-south-1_AbC123def', 'aws-iso-f'],
    ['il-central-1_AbC123def', 'aws'],
  ])('%s is in %s', (id, partition) => {
    const r = parsePoolRef([id], []);
    expect(r.ok && r.ref.partition).toBe(partition);
  });
});
