import { parsePoolRef } from '../../src/checks/pool-ref';

const ALIASES = [
  { alias: 'prod', roleArn: 'arn:aws:iam::210987654321:role/MfaCheckReadOnly', externalId: 'x-1' },
  { alias: 'staging', roleArn: 'arn:aws:iam::333344445555:role/MfaCheckReadOnly' },
];

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
  ])('refuses %s with an example', (_, words) => {
    const r = parsePoolRef(words, []);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/us-east-1_AbC123def/);
  });

  it('names the known aliases when the first word is not one', () => {
    const r = parsePoolRef(['dev', 'us-east-1_AbC123def'], ALIASES);
    expect(!r.ok && r.message).toMatch(/"dev" is not an account alias \(known aliases: prod, staging\)/);
    const none = parsePoolRef(['dev', 'us-east-1_AbC123def'], []);
    expect(!none.ok && none.message).toMatch(/none is configured/);
  });

  it('refuses an alias whose account differs from the ARN', () => {
    const r = parsePoolRef(
      ['prod', 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123def'],
      ALIASES,
    );
    expect(!r.ok && r.message).toMatch(/names account 123456789012/);
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
    ['il-central-1_AbC123def', 'aws'],
  ])('%s is in %s', (id, partition) => {
    const r = parsePoolRef([id], []);
    expect(r.ok && r.ref.partition).toBe(partition);
  });
});
