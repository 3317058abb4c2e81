import { ConfigError, loadConfig } from '../../src/config';

const ALIASES = 'prod=arn:aws:iam::210987654321:role/MfaCheckReadOnly';

describe('MFA_WATCH in the configuration', () => {
  it('reads [ALIAS:]POOL=CHANNEL pairs, comma- or space-separated, with the defaults', () => {
    const config = loadConfig({
      MFA_CHECK_ACCOUNTS: ALIASES,
      MFA_WATCH: 'eu-west-1_AbC123def=C0SEC0001, prod:us-east-1_Zz9=C0OPS0001 prod:*=C0OPS0001',
      MFA_WATCH_REGIONS: 'eu-west-1,us-east-1',
    });
    expect(config.watch).toEqual({
      watches: [
        { pool: 'eu-west-1_AbC123def', channel: 'C0SEC0001' },
        { alias: 'prod', pool: 'us-east-1_Zz9', channel: 'C0OPS0001' },
        { alias: 'prod', pool: '*', channel: 'C0OPS0001' },
      ],
      regions: ['eu-west-1', 'us-east-1'],
      intervalMinutes: 60,
    });
    expect(loadConfig({}).watch.watches).toEqual([]);
    expect(loadConfig({ MFA_WATCH_LANG: 'ja' }).watch.lang).toBe('ja');
  });

  it.each([
    [{ MFA_WATCH: 'eu-west-1_AbC123def' }, /should look like \[ALIAS:\]POOL=CHANNEL/],
    [{ MFA_WATCH: 'eu-west-1_AbC123def=#security' }, /is not a channel id/],
    [{ MFA_WATCH: 'staging:eu-west-1_AbC123def=C0SEC0001' }, /"staging" is not an alias of MFA_CHECK_ACCOUNTS/],
    [
      { MFA_WATCH: 'eu-west-1_AbC123def=C0SEC0001', MFA_CHECK_ALLOWED_POOLS: 'us-*' },
      /not allowed by MFA_CHECK_ALLOWED_POOLS/,
    ],
    [
      { MFA_WATCH: 'eu-west-1_AbC123def=C0SEC0001', MFA_CHECK_ALLOWED_CHANNELS: 'C0OTHER01' },
      /not in MFA_CHECK_ALLOWED_CHANNELS/,
    ],
    [{ MFA_WATCH: '*=C0SEC0001' }, /set MFA_WATCH_REGIONS/],
    [{ MFA_WATCH_REGIONS: 'Europe' }, /not a region/],
    [{ MFA_WATCH_INTERVAL_MINUTES: '0' }, /MFA_WATCH_INTERVAL_MINUTES should be a whole number/],
    [{ MFA_WATCH_LANG: 'fr' }, /MFA_WATCH_LANG should be en or ja/],
  ])('refuses %j at start', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it.each([
    [{ MFA_WATCH: 'eu-west-1_AbC123def' }, /^MFA_WATCH の "eu-west-1_AbC123def" は \[ALIAS:\]POOL=CHANNEL の形に/],
    [{ MFA_WATCH: 'eu-west-1_AbC123def=#security' }, /"#security" はチャンネル ID/],
    [
      { MFA_WATCH: 'staging:eu-west-1_AbC123def=C0SEC0001' },
      /"staging" は MFA_CHECK_ACCOUNTS のエイリアスではありません/,
    ],
    [{ MFA_WATCH_REGIONS: 'Europe' }, /"Europe" は eu-west-1 のようなリージョンではありません/],
  ])('tells what is wrong with %j in Japanese too', (env, japanese) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).localized.ja).toMatch(japanese);
  });
});
